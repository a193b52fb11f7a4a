import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { Database } from '~/db/client';
import * as t from '~/db/schema';
import { addDays, daysBetween, type IsoDate } from '~/server/lib/dates';
import { demoAccounts } from './demo-accounts';
import { insertInChunks } from './batch';
import { SeededRandom } from './random';

/** Share of the workers still at risk who found a job before the demo's day (besides the seeded pipeline). */
const HIRED_SHARE = 0.3;
/** Share of those hires by a firm of another region (the dashboard's "stayed in the region"). */
const OTHER_REGION_SHARE = 0.1;

/**
 * Past outcomes for the coordinator's dashboard: hires spread over the months since each
 * worker's risk start, from their own firm to another (now and then one in the neighbouring
 * region), so the placement rate, the monthly trend, the equity monitor and the flows show
 * something on a fresh start. The workers of the two demo firms are left alone (their pipeline
 * is demo-introductions.ts); a worker the seed already marked placed gets the hire that made them so.
 * Its own seeded random stream: the rest of the demo does not change with it.
 */
export async function seedDemoOutcomes(
  db: Database,
  { today, seed, mainRegionId }: { today: IsoDate; seed: number; mainRegionId: string },
) {
  const rnd = new SeededRandom(seed ^ 0x0c0e5);
  const demoFirms = await db
    .select({ organisationId: t.memberships.organisationId })
    .from(t.memberships)
    .innerJoin(t.users, eq(t.users.id, t.memberships.userId))
    .where(inArray(t.users.email, [demoAccounts.employer, demoAccounts.otherEmployer]));
  const workers = await db
    .select()
    .from(t.workerProfiles)
    .where(
      and(
        eq(t.workerProfiles.regionId, mainRegionId),
        inArray(t.workerProfiles.status, ['at_risk', 'placed']),
        notInArray(
          t.workerProfiles.currentOrganisationId,
          demoFirms.map((f) => f.organisationId!),
        ),
      ),
    )
    .orderBy(t.workerProfiles.riskStartDate, t.workerProfiles.id);
  const firms = await db
    .select({ id: t.organisations.id, regionId: t.organisations.regionId })
    .from(t.organisations)
    .where(eq(t.organisations.approvalStatus, 'approved'))
    .orderBy(t.organisations.name);
  const inRegion = firms.filter((f) => f.regionId === mainRegionId);
  const elsewhere = firms.filter((f) => f.regionId !== mainRegionId);
  const hires: (typeof t.placements.$inferInsert)[] = [];
  const placed: string[] = [];
  for (const worker of workers) {
    const since = daysBetween(worker.riskStartDate, today);
    const hired = worker.status === 'placed' ? since > 14 : since > 45 && rnd.chance(HIRED_SHARE);
    if (!hired) continue;
    const startDate = addDays(worker.riskStartDate, rnd.int(14, Math.min(600, since - 1)));
    const pool = elsewhere.length && rnd.chance(OTHER_REGION_SHARE) ? elsewhere : inRegion;
    const to = rnd.pick(pool.filter((f) => f.id !== worker.currentOrganisationId));
    hires.push({
      workerId: worker.id,
      regionId: worker.regionId,
      fromOrganisationId: worker.currentOrganisationId,
      toOrganisationId: to.id,
      kind: 'hire',
      startDate,
      guidanceDaysLeft: Math.max(0, daysBetween(startDate, worker.guidanceDeadline)),
    });
    placed.push(worker.id);
  }
  await insertInChunks(db, t.placements, hires);
  if (placed.length) {
    await db.update(t.workerProfiles).set({ status: 'placed' }).where(inArray(t.workerProfiles.id, placed));
  }
  return hires.length;
}
