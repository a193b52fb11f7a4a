/**
 * The dashboard's heavier figures come from a per-region snapshot: computed on the first visit,
 * served as they are for a quarter of an hour, then served while one background job recomputes
 * them, and computed again on the spot when older than a day. A coordinator's own training offer
 * shows at once; each region has its own snapshot.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { jobs, regionDashboardSnapshots, trainingOffers } from '~/db/schema';
import type { CoordinatorActor } from '~/server/auth/actor';
import { runDueJobs } from '~/server/jobs/queue';
import {
  dashboardSection,
  dashboardSnapshotJobHandlers,
  NIGHTLY_DASHBOARD,
  REFRESH_DASHBOARD,
} from '~/server/services/dashboard-snapshots';
import { createTrainingOffer } from '~/server/services/training-offers';
import { actorByEmail } from '~/tests/helpers/callers';
import { createTestDatabase, type TestDatabase } from '~/tests/helpers/database';

let database: TestDatabase;
let coordinator: CoordinatorActor;
let other: CoordinatorActor;
const minutes = (n: number) => n * 60_000;
const t0 = new Date('2026-11-22T08:00:00Z');
const at = (offset: number) => new Date(t0.getTime() + offset);

beforeAll(async () => {
  database = await createTestDatabase('seeded');
  coordinator = await actorByEmail(database.db, demoAccounts.coordinator, 'coordinator');
  other = await actorByEmail(database.db, demoAccounts.otherRegionCoordinator, 'coordinator');
});
afterAll(() => database?.destroy());

/** A training offer added behind the coordinator's back (as another instance or a script would). */
async function addOfferDirectly(title: string) {
  const [offer] = await database.db
    .insert(trainingOffers)
    .values({
      regionId: coordinator.regionId,
      provider: 'Snapshot College',
      titleNl: title,
      titleEn: title,
      durationWeeks: 4,
      mode: 'classroom',
      costEuros: 900,
      city: 'Eindhoven',
    })
    .returning({ id: trainingOffers.id });
  return offer!.id;
}

const titles = (figures: { trainings: { titleNl: string }[] }) => figures.trainings.map((t) => t.titleNl);
const refreshJobs = () => database.db.select().from(jobs).where(eq(jobs.kind, REFRESH_DASHBOARD));

describe('dashboard snapshots', () => {
  it('computes on the first visit, then serves the stored figures for a quarter of an hour', async () => {
    const { db } = database;
    const first = await dashboardSection(db, coordinator, 'skillGaps', t0);
    expect(first.asOf).toBe(t0.toISOString());
    expect(first.trainings.length).toBeGreaterThan(0);
    await addOfferDirectly('Heftruck basis (snapshot)');
    const later = await dashboardSection(db, coordinator, 'skillGaps', at(minutes(10)));
    expect(later.asOf).toBe(t0.toISOString());
    expect(titles(later)).not.toContain('Heftruck basis (snapshot)');
    expect(await refreshJobs()).toHaveLength(0);
  });

  it('after a quarter of an hour serves the stored figures and queues one refresh, which brings the change', async () => {
    const { db } = database;
    for (const offset of [minutes(20), minutes(21), minutes(25)]) {
      const stale = await dashboardSection(db, coordinator, 'skillGaps', at(offset));
      expect(stale.asOf).toBe(t0.toISOString());
    }
    expect(await refreshJobs()).toHaveLength(1);
    const refreshedAt = at(minutes(26));
    expect(
      await runDueJobs(
        db,
        dashboardSnapshotJobHandlers(() => refreshedAt),
      ),
    ).toMatchObject({ done: 1 });
    const fresh = await dashboardSection(db, coordinator, 'skillGaps', at(minutes(27)));
    expect(fresh.asOf).toBe(refreshedAt.toISOString());
    expect(titles(fresh)).toContain('Heftruck basis (snapshot)');
  });

  it('computes again on the spot when the stored figures are more than a day old', async () => {
    const { db } = database;
    await addOfferDirectly('Reachtruck (snapshot)');
    const nextDay = at(minutes(26) + 25 * 3_600_000);
    const figures = await dashboardSection(db, coordinator, 'skillGaps', nextDay);
    expect(figures.asOf).toBe(nextDay.toISOString());
    expect(titles(figures)).toContain('Reachtruck (snapshot)');
  });

  it("shows the coordinator's own new training offer at once", async () => {
    const { db } = database;
    const now = new Date();
    await dashboardSection(db, coordinator, 'skillGaps', now);
    const [skill] = await db.query.skills.findMany({ limit: 1 });
    await createTrainingOffer(db, coordinator, {
      provider: 'Snapshot College',
      title: 'Orderpicken (snapshot)',
      durationWeeks: 2,
      mode: 'classroom',
      costEuros: 400,
      paidBy: 'employer',
      city: 'Eindhoven',
      skillIds: [skill!.id],
    });
    const figures = await dashboardSection(db, coordinator, 'skillGaps', new Date(now.getTime() + 1000));
    expect(titles(figures)).toContain('Orderpicken (snapshot)');
  });

  it("keeps each region's figures apart", async () => {
    const { db } = database;
    const own = await dashboardSection(db, coordinator, 'skillGaps');
    const theirs = await dashboardSection(db, other, 'skillGaps');
    expect(titles(theirs)).not.toContain('Orderpicken (snapshot)');
    expect(titles(own)).toContain('Orderpicken (snapshot)');
    const stored = await db
      .select()
      .from(regionDashboardSnapshots)
      .where(eq(regionDashboardSnapshots.section, 'skillGaps'));
    expect(new Set(stored.map((r) => r.regionId))).toEqual(new Set([coordinator.regionId, other.regionId]));
  });

  it('recomputes every night what was looked at in the last week, and plans the next night', async () => {
    const { db } = database;
    await db.delete(jobs);
    const night = new Date('2026-12-03T04:00:00Z'); // 05:00 in the Netherlands
    const handlers = dashboardSnapshotJobHandlers(() => night);
    await handlers[NIGHTLY_DASHBOARD]!(db, { id: 0, kind: NIGHTLY_DASHBOARD, payload: {}, attempts: 1 });
    const queued = await db.select().from(jobs);
    const refreshes = queued.filter((j) => j.kind === REFRESH_DASHBOARD).map((j) => j.payload);
    expect(refreshes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ regionId: coordinator.regionId, section: 'skillGaps' }),
        expect.objectContaining({ regionId: other.regionId, section: 'skillGaps' }),
      ]),
    );
    expect(refreshes).toHaveLength(2);
    const next = queued.filter((j) => j.kind === NIGHTLY_DASHBOARD);
    expect(next.map((j) => j.runAt.toISOString())).toEqual(['2026-12-04T04:00:00.000Z']);
  });
});
