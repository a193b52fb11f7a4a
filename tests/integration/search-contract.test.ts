/**
 * The search contract, run against every configured backend: PostgreSQL full-text search
 * always, Meilisearch too when MEILI_URL is set. Same cases, same expected results.
 */
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox, vacancies } from '~/db/schema';
import type { SearchBackend } from '~/server/search';
import { drainOutbox } from '~/server/search/sync';
import type { TestDatabase } from '~/tests/helpers/database';
import { searchFixtureOn, type createSearchFixture } from '~/tests/helpers/search-fixture';
import { searchBackends } from '~/tests/helpers/search-backends';

const backends = searchBackends('search contract');

describe.each(backends)('search contract on $name', ({ config }) => {
  let database: TestDatabase;
  let backend: SearchBackend;
  let fixture: Awaited<ReturnType<typeof createSearchFixture>>;

  beforeAll(async () => {
    ({ database, fixture, backend } = await searchFixtureOn(config));
    const drained = await drainOutbox(database.db, backend);
    expect(drained.failed).toBe(0);
  });
  afterAll(() => database?.destroy());

  const titles = async (query: Parameters<SearchBackend['searchVacancies']>[0]) =>
    (await backend.searchVacancies(query)).hits.map((h) => h.document.title);

  it('indexes open vacancies only', async () => {
    const all = await titles({ pageSize: 50 });
    expect(all.sort()).toEqual(['Constructiebankwerker', 'Elektricien woningbouw', 'Lasser', 'Magazijnmedewerker']);
  });

  it('tolerates a one-letter typo: "elektricen" finds "Elektricien"', async () => {
    expect((await titles({ text: 'elektricen' }))[0]).toBe('Elektricien woningbouw');
  });

  it('finds a skill through an alternative label from the taxonomy', async () => {
    expect(await titles({ text: 'bekabeling' })).toEqual(['Elektricien woningbouw']);
    expect(await titles({ text: 'halfautomatisch lassen' })).toContain('Constructiebankwerker');
  });

  it('stems Dutch: "lassen" finds the vacancy titled "Lasser"', async () => {
    expect(await titles({ text: 'lassen' })).toContain('Lasser');
  });

  it('ignores accents and case', async () => {
    expect((await titles({ text: 'ELEKTRICIËN' }))[0]).toBe('Elektricien woningbouw');
  });

  it('filters by region, skill, contract type, hours overlap and start date', async () => {
    expect(await titles({ regionIds: [fixture.otherRegion.id] })).toEqual(['Magazijnmedewerker']);
    expect(await titles({ skillIds: [fixture.skills.forklift.id] })).toEqual(['Magazijnmedewerker']);
    expect(await titles({ contractTypes: ['fixed_term'] })).toEqual(['Constructiebankwerker']);
    expect((await titles({ hours: { min: 36 }, regionIds: [fixture.region.id] })).sort()).toEqual([
      'Elektricien woningbouw',
      'Lasser',
    ]);
    expect((await titles({ startBefore: '2026-12-01', regionIds: [fixture.region.id] })).sort()).toEqual([
      'Constructiebankwerker',
      'Lasser',
    ]);
  });

  it('finds vacancies within a radius and sorts them by distance', async () => {
    const near = { lat: 51.4416, lon: 5.4697, radiusKm: 8 }; // Best is 9.6 km away, Helmond 13.4 km
    expect(await titles({ near })).toEqual(['Elektricien woningbouw']);
    const wider = await backend.searchVacancies({ near: { ...near, radiusKm: 20 }, sort: 'distance' });
    expect(wider.hits.map((h) => h.document.title)).toEqual([
      'Elektricien woningbouw',
      'Lasser',
      'Constructiebankwerker',
    ]);
    expect(wider.hits[0]!.distanceKm).toBeLessThan(0.5);
    expect(wider.hits[2]!.distanceKm).toBeGreaterThan(12);
    expect(wider.hits[2]!.distanceKm).toBeLessThan(15);
  });

  it('counts facets and pages through results', async () => {
    const result = await backend.searchVacancies({
      regionIds: [fixture.region.id],
      facets: ['contractType'],
      pageSize: 2,
      sort: 'newest',
    });
    expect(result.total).toBe(3);
    expect(result.hits).toHaveLength(2);
    expect(result.hits[0]!.document.title).toBe('Constructiebankwerker');
    expect(result.facets.contractType).toEqual({ permanent: 2, fixed_term: 1 });
    const page2 = await backend.searchVacancies({
      regionIds: [fixture.region.id],
      pageSize: 2,
      page: 2,
      sort: 'newest',
    });
    expect(page2.hits).toHaveLength(1);
    expect(page2.total).toBe(3);
    // Past the last page: no hits, but still the total and facets, so the UI can page back.
    const beyond = await backend.searchVacancies({
      regionIds: [fixture.region.id],
      facets: ['contractType'],
      pageSize: 2,
      page: 5,
    });
    expect(beyond.hits).toHaveLength(0);
    expect(beyond.total).toBe(3);
    expect(beyond.facets.contractType).toEqual({ permanent: 2, fixed_term: 1 });
  });

  /** Changes fixture vacancies in the database and lets the outbox sync bring them to the index. */
  async function changeAndSync(ids: string[], set: Partial<typeof vacancies.$inferInsert>) {
    const { db } = database;
    await db.update(vacancies).set(set).where(inArray(vacancies.id, ids));
    await db
      .insert(outbox)
      .values(ids.map((id) => ({ aggregate: 'vacancy' as const, aggregateId: id, operation: 'upsert' as const })));
    expect((await drainOutbox(db, backend)).failed).toBe(0);
  }

  it('hides a vacancy in its priority window from workers it is not for, and shows it once the window is over', async () => {
    const { electrician, warehouse } = fixture.vacancies;
    const now = Date.now();
    // Published yesterday with a window of four days, as publishing sets it (server/lib/priority-window.ts).
    await changeAndSync([electrician.id, warehouse.id], {
      publishedAt: new Date(now - 86_400_000),
      priorityUntil: new Date(now + 3 * 86_400_000),
    });
    try {
      const everywhere = { pageSize: 50 };
      // An at-risk worker of the electrician's region: that one, not the other region's.
      const atRisk = await titles({ ...everywhere, priorityWindow: { now, visibleInRegionId: fixture.region.id } });
      expect(atRisk).toContain('Elektricien woningbouw');
      expect(atRisk).not.toContain('Magazijnmedewerker');
      // A worker who is not at risk: neither.
      const others = await titles({ ...everywhere, priorityWindow: { now, visibleInRegionId: null } });
      expect(others.sort()).toEqual(['Constructiebankwerker', 'Lasser']);
      // Four days later both windows are over.
      const later = await titles({
        ...everywhere,
        priorityWindow: { now: now + 4 * 86_400_000, visibleInRegionId: null },
      });
      expect(later.sort()).toEqual(['Constructiebankwerker', 'Elektricien woningbouw', 'Lasser', 'Magazijnmedewerker']);
    } finally {
      await changeAndSync([electrician.id, warehouse.id], {
        publishedAt: electrician.publishedAt,
        priorityUntil: null,
      });
    }
  });

  it('drops a closed vacancy from the index at the outbox sync, and takes it back when it reopens', async () => {
    const { welderNoSkills } = fixture.vacancies;
    await changeAndSync([welderNoSkills.id], { status: 'closed', closedAt: new Date() });
    expect(await titles({ pageSize: 50 })).not.toContain('Lasser');
    await changeAndSync([welderNoSkills.id], { status: 'open', closedAt: null });
    expect(await titles({ pageSize: 50 })).toContain('Lasser');
  });
});
