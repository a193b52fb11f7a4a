import { count, eq } from 'drizzle-orm';
import { hashPassword } from '~/server/auth/password';
import { toIsoDate } from '~/server/lib/dates';
import { refreshPlannerStatistics } from '~/server/jobs/planner-statistics';
import { rematchRegion } from '~/server/matching/engine';
import { loadMatchContext } from '~/server/matching/load';
import type { Database } from '~/db/client';
import { regions, vacancies } from '~/db/schema';
import { scheduleOpenVacancy } from '~/server/services/vacancy-state';
import { DEMO_PASSWORD } from './demo-accounts';
import { seedDemoRegion, type DemoSeedSummary } from './demo';

/**
 * Seeds the demo region unless the database already holds a region, then computes every
 * region's stored matches, so a fresh demo shows matches without a manual step. Returns null
 * when it did nothing.
 */
export async function seedDemoIfEmpty(
  db: Database,
  today = toIsoDate(new Date()),
): Promise<(DemoSeedSummary & { storedMatches: number }) | null> {
  const [row] = await db.select({ n: count() }).from(regions);
  if ((row?.n ?? 0) > 0) return null;
  const summary = await seedDemoRegion(db, { passwordHash: await hashPassword(DEMO_PASSWORD), today });
  // The jobs publishing queues, so the demo's open vacancies close on their dates and reach every
  // worker the region shares them with once their priority window is over, like any other.
  await db.transaction(async (tx) => {
    const open = await tx
      .select({ id: vacancies.id, closesAt: vacancies.closesAt, priorityUntil: vacancies.priorityUntil })
      .from(vacancies)
      .where(eq(vacancies.status, 'open'));
    for (const vacancy of open) await scheduleOpenVacancy(tx, vacancy);
  });
  let storedMatches = 0;
  for (const region of await db.select({ id: regions.id }).from(regions)) {
    // The demo's first matches are no news (its notifications are seeded): stored without notifying.
    const context = await loadMatchContext(db, region.id);
    storedMatches += (await rematchRegion(db, context, region.id, undefined, { notify: false })).stored;
  }
  // The planner's first statistics now, not at the next hourly run (PGlite never makes them itself).
  await refreshPlannerStatistics(db);
  return { ...summary, storedMatches };
}
