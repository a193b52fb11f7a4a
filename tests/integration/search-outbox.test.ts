import { eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outbox, vacancies } from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { createSearchBackend } from '~/server/search';
import { drainOutbox } from '~/server/search/sync';
import { createVacancy } from '~/server/services/vacancies';
import { meilisearchBinary, startMeilisearch } from '~/scripts/meilisearch.mjs';
import { callerFor, actorByEmail } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createSeededTestDatabase();
});
afterAll(() => database?.destroy());

// A Meilisearch client pointed at a port where nothing listens: the search backend is down.
const unreachableMeilisearch = { meiliUrl: 'http://127.0.0.1:9', meiliKey: 'none' };

describe('search outbox', () => {
  it('keeps writes working while the search backend is down, and catches up when it returns', async () => {
    const { db } = database;
    const employer = await actorByEmail(db, demoAccounts.employer, 'employer');
    const down = createSearchBackend(db, unreachableMeilisearch);
    const postgres = createSearchBackend(db, {});

    const vacancy = await createVacancy(db, employer, {
      title: 'Servicemonteur koeltechniek',
      description: '',
      hoursMin: 38,
      hoursMax: 40,
      contractType: 'permanent',
      city: 'Eindhoven',
      lat: 51.44,
      lon: 5.47,
      remote: 'on_site',
      status: 'open',
      openToRetraining: false,
      skills: [],
    });
    expect((await db.select().from(vacancies).where(eq(vacancies.id, vacancy.id))).length).toBe(1);

    const failed = await drainOutbox(db, down, { batchSize: 1000 });
    expect(failed.synced).toBe(0);
    expect(failed.failed).toBeGreaterThan(0);
    const [row] = await db.select().from(outbox).where(eq(outbox.aggregateId, vacancy.id));
    expect(row!.processedAt).toBeNull();
    expect(row!.attempts).toBe(1);
    expect(row!.lastError).toBeTruthy();
    expect(row!.availableAt.getTime()).toBeGreaterThan(Date.now()); // backing off, not hammering

    // Time passes; the backend is back.
    await db
      .update(outbox)
      .set({ availableAt: new Date(Date.now() - 1000) })
      .where(isNull(outbox.processedAt));
    const caughtUp = await drainOutbox(db, postgres, { batchSize: 1000 });
    expect(caughtUp.failed).toBe(0);
    expect((await db.select().from(outbox).where(isNull(outbox.processedAt))).length).toBe(0);
    const found = await postgres.searchVacancies({ text: 'servicemonteur koeltechniek' });
    expect(found.hits[0]?.document.id).toBe(vacancy.id);

    // A second drain finds nothing to do.
    expect(await drainOutbox(db, postgres)).toEqual({ synced: 0, failed: 0 });
  });

  it.skipIf(!meilisearchBinary())(
    'catches up on Meilisearch after its server was stopped and started again',
    async () => {
      const { db } = database;
      const employer = await actorByEmail(db, demoAccounts.employer, 'employer');
      // A server of this test's own: it is stopped on purpose, so not the run's shared one.
      const server = await startMeilisearch();
      let restarted: Awaited<ReturnType<typeof startMeilisearch>> | undefined;
      try {
        const backend = createSearchBackend(db, { meiliUrl: server.url, meiliKey: server.masterKey });
        await backend.prepare();
        await db
          .update(outbox)
          .set({ availableAt: new Date(Date.now() - 1000) })
          .where(isNull(outbox.processedAt));
        expect((await drainOutbox(db, backend, { batchSize: 1000 })).failed).toBe(0);

        await server.kill();
        const vacancy = await createVacancy(db, employer, {
          title: 'Storingsmonteur liftinstallaties',
          description: '',
          hoursMin: 36,
          hoursMax: 40,
          contractType: 'permanent',
          city: 'Eindhoven',
          lat: 51.44,
          lon: 5.47,
          remote: 'on_site',
          status: 'open',
          openToRetraining: false,
          skills: [],
        });
        const whileDown = await drainOutbox(db, backend, { batchSize: 1000 });
        expect(whileDown.synced).toBe(0);
        expect(whileDown.failed).toBeGreaterThan(0);
        const [row] = await db.select().from(outbox).where(eq(outbox.aggregateId, vacancy.id));
        expect(row!.processedAt).toBeNull();

        restarted = await startMeilisearch({ port: server.port, dataDir: server.dataDir, masterKey: server.masterKey });
        await db
          .update(outbox)
          .set({ availableAt: new Date(Date.now() - 1000) })
          .where(isNull(outbox.processedAt));
        expect((await drainOutbox(db, backend, { batchSize: 1000 })).failed).toBe(0);
        expect((await db.select().from(outbox).where(isNull(outbox.processedAt))).length).toBe(0);
        const found = await backend.searchVacancies({ text: 'storingsmonteur liftinstallaties' });
        expect(found.hits[0]?.document.id).toBe(vacancy.id);
      } finally {
        await restarted?.kill();
        await server.stop();
      }
    },
  );

  it('removes a worker who revokes consent from the candidate index', async () => {
    const { db } = database;
    const backend = createSearchBackend(db, {});
    const caller = await callerFor(db, demoAccounts.worker);
    await caller.worker.setVisibility({ visibleToEmployers: true, openToOtherRegions: false });
    await drainOutbox(db, backend, { batchSize: 1000 });
    const me = await caller.worker.me();
    const inIndex = async () =>
      (
        await backend.searchWorkers({
          regionId: me.profile.regionId,
          pageSize: 100,
          skillIds: me.skills.map((s) => s.skillId).slice(0, 1),
        })
      ).hits.some((h) => h.document.id === me.profile.id);
    expect(await inIndex()).toBe(true);

    await caller.worker.setVisibility({ visibleToEmployers: false, openToOtherRegions: false });
    await drainOutbox(db, backend);
    expect(await inIndex()).toBe(false);
  });

  it('never puts a name, employer or exact address in a worker document', async () => {
    const { db } = database;
    const backend = createSearchBackend(db, {});
    const result = await backend.searchWorkers({
      regionId: (await actorByEmail(db, demoAccounts.coordinator, 'coordinator')).regionId,
      pageSize: 5,
    });
    expect(result.hits.length).toBeGreaterThan(0);
    for (const { document } of result.hits) {
      expect(Object.keys(document).sort()).toEqual([
        'availableFrom',
        'contractPreferences',
        'headline',
        'homeArea',
        'hoursMax',
        'hoursMin',
        'id',
        'iscoPath',
        'lat',
        'lon',
        'maxCommuteKm',
        'occupationId',
        'occupationLabels',
        'openToOtherRegions',
        'regionId',
        'skillIds',
        'skillLabels',
      ]);
      expect(document.lat * 100).toBeCloseTo(Math.round(document.lat * 100), 6);
      expect(document.homeArea).toMatch(/^\d{4}$/);
    }
  });
});

describe('search procedures', () => {
  it("search vacancies within the caller's own region", async () => {
    const { db } = database;
    await drainOutbox(db, createSearchBackend(db, {}), { batchSize: 1000 });
    const coordinator = await actorByEmail(db, demoAccounts.otherRegionCoordinator, 'coordinator');
    const result = await (await callerFor(db, demoAccounts.otherRegionCoordinator)).search.vacancies({ pageSize: 100 });
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits.every((h) => h.document.regionId === coordinator.regionId)).toBe(true);
  });

  it('lets only employers search candidates, and logs each search', async () => {
    const { db } = database;
    const workerCaller = await callerFor(db, demoAccounts.worker);
    await expect(workerCaller.search.candidates({})).rejects.toThrow(/employer/);
    const employerCaller = await callerFor(db, demoAccounts.employer);
    const result = await employerCaller.search.candidates({ pageSize: 5 });
    expect(result.hits.length).toBeGreaterThan(0);
    const log = await db.select().from(auditLog).where(eq(auditLog.action, 'candidates.search'));
    expect(log.length).toBe(1);
  });

  it('rejects an impossible hours range with a clear message', async () => {
    const caller = await callerFor(database.db, demoAccounts.worker);
    await expect(caller.search.vacancies({ hours: { min: 40, max: 20 } })).rejects.toThrow(/min must not exceed max/);
  });
});
