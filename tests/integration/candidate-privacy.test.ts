/**
 * What an employer receives about anonymised candidates (issue 9, point 8), on every configured
 * search backend (PostgreSQL always, Meilisearch too when MEILI_URL is set): consent revoked
 * counts before the index catches up, answers carry nothing that identifies or locates a
 * worker, and where a worker lives shows only as a distance band.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox, workerProfiles } from '~/db/schema';
import { createSearchBackend, type SearchBackend } from '~/server/search';
import { loadWorkerDocuments } from '~/server/search/documents';
import { drainOutbox } from '~/server/search/sync';
import { resolveCandidatePseudonym } from '~/server/services/candidate-pseudonyms';
import { setWorkerVisibility } from '~/server/services/worker-profile';
import { sessionFor, trpcHttp } from '~/tests/helpers/callers';
import {
  callerWithSearch,
  createCandidateFixture,
  employerActor,
  visibleWorkers,
  type CandidateFixture,
  type FixtureWorker,
} from '~/tests/helpers/candidate-fixture';
import { createTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { searchBackends } from '~/tests/helpers/search-backends';

const backends = searchBackends('candidate privacy');

/** Keys that would name, locate or link a worker; none may appear anywhere in an employer's answer. */
const forbiddenKeys = [
  'id',
  'workerId',
  'profileId',
  'userId',
  'regionId',
  'organisationId',
  'currentOrganisationId',
  'organisationName',
  'homeArea',
  'homePostcode',
  'postcode',
  'homeCity',
  'city',
  'lat',
  'lon',
  'homeLat',
  'homeLon',
  'distanceKm',
  'name',
  'email',
  'birthYear',
];

function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, into);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  return into;
}

/**
 * Asserts that a serialized answer holds none of the workers' identifying values. Profile and
 * user ids are looked for first; then every UUID (taxonomy ids) and pseudonym is masked, since
 * a random id may by chance contain four digits that equal a postcode or a birth year.
 */
function expectNoPersonalData(json: string, fixture: CandidateFixture) {
  expect([...keysOf(JSON.parse(json))].filter((k) => forbiddenKeys.includes(k))).toEqual([]);
  const masked = json
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<uuid>')
    .replace(/K-[0-9A-Z]{5}/g, '<pseudonym>');
  const forbiddenValues = (w: FixtureWorker) => [
    w.name,
    'Zwartveld',
    w.email,
    w.postcode,
    w.city,
    String(w.birthYear),
    String(w.lat),
    String(w.lon),
    w.lat.toFixed(2),
    w.lon.toFixed(2),
    w.lat.toFixed(3),
  ];
  for (const worker of fixture.workers) {
    expect(json).not.toContain(worker.profileId);
    expect(json).not.toContain(worker.userId);
    for (const value of forbiddenValues(worker)) expect(masked, `${worker.key}: ${value}`).not.toContain(value);
  }
  for (const value of [fixture.releasing.id, fixture.releasing.name, fixture.releasing.city, fixture.region.id])
    expect(json).not.toContain(value);
}

describe.each(backends)('anonymised candidates on $name', ({ config }) => {
  let database: TestDatabase;
  let backend: SearchBackend;
  let fixture: CandidateFixture;

  beforeAll(async () => {
    database = await createTestDatabase();
    fixture = await createCandidateFixture(database.db);
    backend = createSearchBackend(database.db, config);
    await backend.prepare();
    expect((await drainOutbox(database.db, backend)).failed).toBe(0);
  });
  afterAll(() => database?.destroy());

  const employerA = () => callerWithSearch(database.db, fixture.employerA.email, backend);
  /** Which fixture worker each candidate is, through employer A's own pseudonyms. */
  const workersOf = async (candidates: { candidateId: string }[]) =>
    Promise.all(
      candidates.map(async (c) => {
        const { workerId } = await resolveCandidatePseudonym(database.db, employerActor(fixture, 'employerA'), c);
        return fixture.workers.find((w) => w.profileId === workerId)!.key;
      }),
    );

  it("shows a distance band from the employer's address in search and from the vacancy in matching", async () => {
    const searched = await (await employerA()).search.candidates({ pageSize: 100 });
    const keys = await workersOf(searched.hits);
    expect([...keys].sort()).toEqual(Object.keys(visibleWorkers).sort());
    expect(searched.total).toBe(keys.length);
    for (const [i, key] of keys.entries())
      expect(searched.hits[i]!.distanceBand, key).toBe(visibleWorkers[key as keyof typeof visibleWorkers].fromAddress);

    const { rows: matched } = await (
      await employerA()
    ).market.candidates({ vacancyId: fixture.vacancy.id, pageSize: 50 });
    const matchedKeys = await workersOf(matched);
    expect([...matchedKeys].sort()).toEqual(Object.keys(visibleWorkers).sort());
    for (const [i, key] of matchedKeys.entries())
      expect(matched[i]!.distanceBand, key).toBe(visibleWorkers[key as keyof typeof visibleWorkers].fromVacancy);
  });

  it('sends no id, name, e-mail, postcode, town, coordinates, birth year or employer of a worker', async () => {
    const caller = await employerA();
    const listed = await caller.market.candidates({ vacancyId: fixture.vacancy.id, text: 'lasser', pageSize: 50 });
    const answers: unknown[] = [
      listed,
      await caller.search.candidates({ pageSize: 100 }),
      await caller.search.candidates({ text: 'lasser', near: { vacancyId: fixture.vacancy.id, radiusKm: 500 } }),
      await caller.market.candidates({ vacancyId: fixture.vacancy.id, pageSize: 50, locale: 'en' }),
    ];
    for (const row of listed.rows.slice(0, 3))
      answers.push(await caller.market.candidate({ vacancyId: fixture.vacancy.id, candidateId: row.candidateId }));
    for (const answer of answers) {
      expect(JSON.stringify(answer)).toContain('K-');
      expectNoPersonalData(JSON.stringify(answer), fixture);
    }
  });

  it('searches only around the employer’s own places, and not too narrowly', async () => {
    const caller = await employerA();
    // Around its own vacancy: the bands are measured from there.
    const aroundVacancy = await caller.search.candidates({ near: { vacancyId: fixture.vacancy.id, radiusKm: 500 } });
    const keys = await workersOf(aroundVacancy.hits);
    for (const [i, key] of keys.entries())
      expect(aroundVacancy.hits[i]!.distanceBand, key).toBe(
        visibleWorkers[key as keyof typeof visibleWorkers].fromVacancy,
      );
    // Not around a vacancy that is not its own (answered like a missing one), nor within a street.
    await expect(
      caller.search.candidates({ near: { vacancyId: '00000000-0000-4000-8000-000000000000', radiusKm: 50 } }),
    ).rejects.toThrow(/Vacancy not found/);
    await expect(caller.search.candidates({ near: { radiusKm: 1 } })).rejects.toThrow(/at least 5 km/);
    await expect(
      caller.search.candidates({ near: { lat: 51.4, lon: 5.4, radiusKm: 10 } } as never),
    ).resolves.toMatchObject({ total: expect.any(Number) }); // unknown keys are ignored: the centre stays the firm's own
  });

  it('hides a worker who revoked consent, left the transition or narrowed it to their region, before the index syncs', async () => {
    const { db } = database;
    const caller = await employerA();
    const before = await caller.search.candidates({ pageSize: 100 });
    const pages = async () => {
      const seen: string[] = [];
      for (let page = 1; page <= 4; page++) {
        const result = await caller.search.candidates({ pageSize: 2, page });
        expect(result.hits.length).toBeLessThanOrEqual(2);
        seen.push(...(await workersOf(result.hits)));
      }
      return seen;
    };
    expect((await pages()).sort()).toEqual(Object.keys(visibleWorkers).sort());

    const revoking = fixture.worker('north2');
    await setWorkerVisibility(
      db,
      { role: 'worker', userId: revoking.userId, regionId: revoking.regionId },
      { visibleToEmployers: false, openToOtherRegions: false },
    );
    const narrowing = fixture.worker('otherRegion60');
    await setWorkerVisibility(
      db,
      { role: 'worker', userId: narrowing.userId, regionId: narrowing.regionId },
      { visibleToEmployers: true, openToOtherRegions: false },
    );
    const placed = fixture.worker('south13');
    await db.update(workerProfiles).set({ status: 'placed' }).where(eq(workerProfiles.id, placed.profileId));

    // The outbox has not run: the index still finds all three.
    expect((await db.select().from(outbox).where(isNull(outbox.processedAt))).length).toBeGreaterThan(0);
    const inIndex = (
      await backend.searchWorkers({
        regionId: fixture.region.id,
        neighbourRegionIds: [fixture.otherRegion.id],
        pageSize: 100,
      })
    ).hits.map((h) => h.document.id);
    for (const w of [revoking, narrowing, placed]) expect(inIndex).toContain(w.profileId);

    const after = await caller.search.candidates({ pageSize: 100 });
    const still = Object.keys(visibleWorkers).filter((k) => !['north2', 'otherRegion60', 'south13'].includes(k));
    expect((await workersOf(after.hits)).sort()).toEqual(still.sort());
    expect(after.total).toBe(before.total - 3);
    // Paging skips and repeats no one while the index lags.
    expect((await pages()).sort()).toEqual(still.sort());
    const matched = await caller.market.candidates({ vacancyId: fixture.vacancy.id, pageSize: 50 });
    expect((await workersOf(matched.rows)).sort()).toEqual(still.sort());

    // Once the outbox has run, the index agrees and the total is exact.
    await drainOutbox(db, backend);
    const synced = await caller.search.candidates({ pageSize: 100 });
    expect(synced.total).toBe(still.length);
    expect(
      await db
        .select()
        .from(outbox)
        .where(and(isNull(outbox.processedAt), eq(outbox.aggregateId, revoking.profileId))),
    ).toEqual([]);
  });
});

describe('the answer on the wire', () => {
  let database: TestDatabase;
  let fixture: CandidateFixture;

  beforeAll(async () => {
    database = await createTestDatabase();
    fixture = await createCandidateFixture(database.db);
    await drainOutbox(database.db, createSearchBackend(database.db, {}));
  });
  afterAll(() => database?.destroy());

  it('holds no personal data in the JSON the employer’s browser receives', async () => {
    const session = await sessionFor(database.db, fixture.employerA.email);
    const calls = [
      ['search.candidates', { pageSize: 100 }],
      ['market.candidates', { vacancyId: fixture.vacancy.id, locale: 'nl', pageSize: 50 }],
    ] as const;
    for (const [path, input] of calls) {
      const response = await trpcHttp(database.db, path, { session, method: 'GET', input });
      expect(response.status).toBe(200);
      const body = await response.text();
      expect(body.match(/K-[0-9A-Z]{5}/g)?.length).toBe(Object.keys(visibleWorkers).length);
      expectNoPersonalData(body, fixture);
    }
  });
});

describe('the search index', () => {
  let database: TestDatabase;
  let fixture: CandidateFixture;

  beforeAll(async () => {
    database = await createTestDatabase();
    fixture = await createCandidateFixture(database.db);
    await drainOutbox(database.db, createSearchBackend(database.db, {}));
  });
  afterAll(() => database?.destroy());

  /** Values that name a worker or say where exactly they live or work; the index may hold none. */
  const identifying = (w: FixtureWorker) => [w.name, 'Zwartveld', w.email, `${w.postcode} XK`, w.city, w.userId];
  const identifyingKeys = [
    'name',
    'email',
    'userId',
    'birthYear',
    'gender',
    'homePostcode',
    'homeCity',
    'homeLat',
    'homeLon',
    'currentOrganisationId',
    'organisationId',
    'organisationName',
    'employerName',
    'salaryFloor',
  ];

  it('builds anonymised worker documents: no name, e-mail, postcode, town, birth year or employer', async () => {
    const documents = await loadWorkerDocuments(
      database.db,
      fixture.workers.map((w) => w.profileId),
    );
    expect(documents.length).toBeGreaterThan(0);
    expect([...keysOf(documents)].filter((k) => identifyingKeys.includes(k))).toEqual([]);
    const json = JSON.stringify(documents);
    for (const w of fixture.workers) {
      for (const value of identifying(w)) expect(json, `${w.key}: ${value}`).not.toContain(value);
      // Coordinates only rounded to about a kilometre.
      expect(json).not.toContain(String(w.lat));
    }
    for (const document of documents) expect(document.homeArea).toMatch(/^\d{4}$/);
    for (const value of [fixture.releasing.id, fixture.releasing.name]) expect(json).not.toContain(value);
  });

  it('stores nothing more in the PostgreSQL index table than those documents hold', async () => {
    const stored = (await database.db.execute(sql`select * from search_workers`)) as unknown as {
      rows: Record<string, unknown>[];
    };
    expect(stored.rows.length).toBeGreaterThan(0);
    const json = JSON.stringify(stored.rows);
    for (const w of fixture.workers) for (const value of identifying(w)) expect(json, w.key).not.toContain(value);
    expect(json).not.toContain(fixture.releasing.name);
    expect(json).not.toMatch(/"birth_?year"/i);
  });
});
