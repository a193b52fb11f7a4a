/**
 * What every figure of the coordinator's dashboard shares: the period a coordinator chooses,
 * the SQL for "the region's workers still being guided", and reading aggregate rows the same
 * way on node-postgres (counts as strings) and PGlite (counts as numbers).
 */
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { addMonths, type IsoDate } from '~/server/lib/dates';
import { rowsOf } from '~/server/search/postgres/rows';
import { ACTIVE_WORKER_STATUSES } from './region-overview';

/** The periods the selector offers, in months back from today. */
export const dashboardPeriods = [3, 6, 12, 24] as const;
export type DashboardPeriod = (typeof dashboardPeriods)[number];
export const DEFAULT_PERIOD: DashboardPeriod = 12;

export const dashboardPeriodInput = z.object({
  months: z.union([z.literal(3), z.literal(6), z.literal(12), z.literal(24)]).default(DEFAULT_PERIOD),
});
export type DashboardPeriodInput = z.input<typeof dashboardPeriodInput>;

/** The first day of the period: the first of the month, `months - 1` months before today's month. */
export function periodStart(today: IsoDate, months: number): IsoDate {
  return addMonths(`${today.slice(0, 7)}-01`, -(months - 1));
}

/** `worker_profiles` alias `w` is one of the region's workers still being guided. */
export const activeWorkerOf = (regionId: string): SQL =>
  sql`w.region_id = ${regionId} and w.status in (${sql.join(
    ACTIVE_WORKER_STATUSES.map((s) => sql`${s}::worker_status`),
    sql`, `,
  )})`;

/** The rows of an aggregate query; numeric columns go through `Number` where they are read. */
export const aggregateRows = rowsOf;

/** A ratio rounded to two decimals; null when there is nothing to divide by. */
export const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 100) / 100);
