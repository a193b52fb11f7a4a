import { z } from 'zod';
import { pageParam } from '~/app/_lib/page-param';
import { DEFAULT_PERIOD, dashboardPeriods, type DashboardPeriod } from '~/server/services/region-dashboard';

/** The period from the URL: anything but one of the offered periods is the default. */
export const periodParam = z.coerce
  .number()
  .refine((n): n is DashboardPeriod => (dashboardPeriods as readonly number[]).includes(n))
  .catch(DEFAULT_PERIOD) as unknown as z.ZodType<DashboardPeriod>;

export const dashboardParams = z.object({
  months: periodParam,
  page: pageParam,
  level: z.enum(['sector', 'organisation']).catch('sector'),
});

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** How many rows a dashboard table shows per page; the CSV has them all. */
export const TABLE_PAGE = 15;

export const pageOf = <T>(rows: readonly T[], page: number) => rows.slice((page - 1) * TABLE_PAGE, page * TABLE_PAGE);
