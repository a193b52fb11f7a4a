/**
 * Fresh planner statistics and a vacuumed database. PGlite has no autovacuum daemon, so it never
 * analyzes or vacuums a table by itself: without statistics PostgreSQL's planner takes every
 * table for a few rows and picks nested loops that turn a 90 ms dashboard aggregate into 20 s;
 * without VACUUM dead rows pile up and no page is marked all-visible, so index-only scans (the
 * autocomplete's word index) visit the table for every entry. On a server autovacuum does this
 * already; an extra pass an hour there skips the pages that did not change, which is cheap.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { enqueueJob, type JobHandler } from './queue';

const HOUR = 3_600_000;
export const ANALYZE_DATABASE = 'database:analyze';

export async function refreshPlannerStatistics(db: Database): Promise<void> {
  await db.execute(sql`vacuum (analyze)`);
}

/** Queues the next hour's VACUUM (ANALYZE) (once: the hour is in the key). Each run queues the next. */
export async function scheduleHourlyAnalyze(db: Database, now: Date = new Date()) {
  const nextHour = Math.floor(now.getTime() / HOUR) * HOUR + HOUR;
  await enqueueJob(db, {
    kind: ANALYZE_DATABASE,
    runAt: new Date(nextHour),
    dedupeKey: `database:analyze:${new Date(nextHour).toISOString()}`,
  });
}

export function plannerStatisticsJobHandlers(clock: () => Date = () => new Date()): Record<string, JobHandler> {
  return {
    [ANALYZE_DATABASE]: async (db) => {
      await scheduleHourlyAnalyze(db, clock());
      await refreshPlannerStatistics(db);
    },
  };
}
