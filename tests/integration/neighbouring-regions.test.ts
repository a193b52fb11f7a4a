/**
 * "Open to other regions" means the regions bordering the worker's own (region_neighbours),
 * in every place that decides who sees whom: candidate view, candidate search (every configured
 * search backend) and matching in both directions. And remote preferences are a hard filter
 * in matching: a worker who will only work remotely is not matched to on-site work, and the
 * change reaches the stored matches through the outbox.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  matches,
  memberships,
  organisations,
  outbox,
  regionNeighbours,
  regions,
  skills,
  users,
  vacancies,
  vacancySkills,
  workerProfiles,
  workerSkills,
} from '~/db/schema';
import type { remotePolicyValues } from '~/db/schema/enums';
import type { EmployerActor } from '~/server/auth/actor';
import { rematchChanged } from '~/server/matching/background';
import { createSearchBackend, type SearchBackend } from '~/server/search';
import { drainOutbox, syncVacancies, syncWorkers } from '~/server/search/sync';
import { visibleCandidates } from '~/server/services/candidate-view';
import { resolveCandidatePseudonym } from '~/server/services/candidate-pseudonyms';
import { callerFor } from '~/tests/helpers/callers';
import { callerWithSearch } from '~/tests/helpers/candidate-fixture';
import { createTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { atRiskWorkerRow } from '~/tests/helpers/rows';
import { searchBackends } from '~/tests/helpers/search-backends';

const backends = searchBackends('neighbouring regions');

type RegionKey = 'home' | 'neighbour' | 'far';
type Remote = (typeof remotePolicyValues)[number];

let database: TestDatabase;
const regionIds = {} as Record<RegionKey, string>;
const employers = {} as Record<RegionKey, { email: string; actor: EmployerActor }>;
const vacancyIds = {} as Record<'home' | 'homeRemote' | 'neighbour' | 'far', string>;
const workers = {} as Record<string, { email: string; profileId: string }>;

/** Everyone lives and works around Eindhoven: distance never decides here, regions and remote policy do. */
const EINDHOVEN = { lat: 51.4416, lon: 5.4697 };

async function addEmployer(db: TestDatabase['db'], region: RegionKey, kvk: string) {
  const [organisation] = await db
    .insert(organisations)
    .values({
      regionId: regionIds[region],
      name: `Werkgever ${region}`,
      kvkNumber: kvk,
      sector: 'high_tech_manufacturing',
      employeeCount: 80,
      sizeBand: '50-249',
      street: 'Hoofdstraat 1',
      postalCode: '5611 AB',
      city: 'Eindhoven',
      ...EINDHOVEN,
      approvalStatus: 'approved',
    })
    .returning();
  const email = `hr.${region}@regions.test`;
  const [user] = await db
    .insert(users)
    .values({ name: `HR ${region}`, email })
    .returning();
  await db
    .insert(memberships)
    .values({ userId: user!.id, role: 'employer', organisationId: organisation!.id, regionId: regionIds[region] });
  employers[region] = {
    email,
    actor: { role: 'employer', userId: user!.id, organisationId: organisation!.id, regionId: regionIds[region] },
  };
  return organisation!;
}

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  const [home, neighbour, far] = await db
    .insert(regions)
    .values([
      { name: 'Thuisregio', slug: 'thuisregio', centreLat: 51.44, centreLon: 5.47 },
      { name: 'Buurregio', slug: 'buurregio', centreLat: 51.7, centreLon: 5.3 },
      { name: 'Verre regio', slug: 'verre-regio', centreLat: 53.2, centreLon: 6.56 },
    ])
    .returning();
  Object.assign(regionIds, { home: home!.id, neighbour: neighbour!.id, far: far!.id });
  // One row for the pair: a border counts both ways.
  await db.insert(regionNeighbours).values({ regionId: home!.id, neighbourId: neighbour!.id });

  const [welding] = await db
    .insert(skills)
    .values({ uri: 'urn:test:skill:welding', preferredLabelNl: 'Lassen', preferredLabelEn: 'Welding' })
    .returning();
  const homeFirm = await addEmployer(db, 'home', '92000001');
  const neighbourFirm = await addEmployer(db, 'neighbour', '92000002');
  const farFirm = await addEmployer(db, 'far', '92000003');
  const [releasing] = await db
    .insert(organisations)
    .values({
      regionId: home!.id,
      name: 'Vertrekkende werkgever',
      kvkNumber: '92000009',
      sector: 'high_tech_manufacturing',
      employeeCount: 300,
      sizeBand: '250+',
      street: 'Fabrieksweg 2',
      postalCode: '5611 AB',
      city: 'Eindhoven',
      ...EINDHOVEN,
      approvalStatus: 'approved',
    })
    .returning();

  const vacancy = async (key: keyof typeof vacancyIds, firm: typeof homeFirm, remote: Remote) => {
    const [row] = await db
      .insert(vacancies)
      .values({
        organisationId: firm.id,
        regionId: firm.regionId,
        title: `Lasser (${key})`,
        hoursMin: 36,
        hoursMax: 40,
        contractType: 'permanent',
        city: 'Eindhoven',
        ...EINDHOVEN,
        remote,
        status: 'open',
        publishedAt: new Date('2026-11-01T08:00:00Z'),
      })
      .returning();
    await db.insert(vacancySkills).values({ vacancyId: row!.id, skillId: welding!.id, minLevel: 2 });
    vacancyIds[key] = row!.id;
  };
  await vacancy('home', homeFirm, 'on_site');
  await vacancy('homeRemote', homeFirm, 'remote');
  await vacancy('neighbour', neighbourFirm, 'on_site');
  await vacancy('far', farFirm, 'on_site');

  const worker = async (key: string, region: RegionKey, openToOtherRegions: boolean) => {
    const email = `${key.toLowerCase()}@regions.test`;
    const [user] = await db
      .insert(users)
      .values({ name: `Werknemer ${key}`, email })
      .returning();
    await db.insert(memberships).values({ userId: user!.id, role: 'worker', regionId: regionIds[region] });
    const [profile] = await db
      .insert(workerProfiles)
      .values({
        ...atRiskWorkerRow(user!.id, regionIds[region]),
        currentOrganisationId: releasing!.id,
        headline: 'Lasser',
        homeLat: EINDHOVEN.lat + 0.02,
        homeLon: EINDHOVEN.lon,
        maxCommuteKm: 50,
        visibleToEmployers: true,
        openToOtherRegions,
      })
      .returning();
    await db.insert(workerSkills).values({ workerId: profile!.id, skillId: welding!.id, level: 3 });
    workers[key] = { email, profileId: profile!.id };
  };
  await worker('home', 'home', true);
  await worker('neighbourOpen', 'neighbour', true);
  await worker('neighbourClosed', 'neighbour', false);
  await worker('farOpen', 'far', true);
  await worker('remoteOnly', 'home', false);

  await db.insert(outbox).values([
    ...Object.values(vacancyIds).map((id) => ({
      aggregate: 'vacancy' as const,
      aggregateId: id,
      operation: 'upsert' as const,
    })),
    ...Object.values(workers).map((w) => ({
      aggregate: 'worker_profile' as const,
      aggregateId: w.profileId,
      operation: 'upsert' as const,
    })),
  ]);
});
afterAll(() => database?.destroy());

const keyOfProfile = (profileId: string) => Object.entries(workers).find(([, w]) => w.profileId === profileId)![0];
const keyOfVacancy = (vacancyId: string) => Object.entries(vacancyIds).find(([, id]) => id === vacancyId)![0];

/** The fixture's workers behind an employer's pseudonymous candidates. */
async function workersBehind(region: RegionKey, candidateIds: string[]) {
  const keys = [];
  for (const candidateId of candidateIds) {
    const { workerId } = await resolveCandidatePseudonym(database.db, employers[region].actor, { candidateId });
    keys.push(keyOfProfile(workerId));
  }
  return keys.sort();
}

describe('candidate view', () => {
  it("shows an employer its own region's workers and the neighbouring region's who opted in, never a far region's", async () => {
    const seen = async (region: RegionKey) =>
      [
        ...(
          await visibleCandidates(database.db, employers[region].actor, {
            workerIds: Object.values(workers).map((w) => w.profileId),
            from: EINDHOVEN,
          })
        ).keys(),
      ]
        .map(keyOfProfile)
        .sort();
    expect(await seen('home')).toEqual(['home', 'neighbourOpen', 'remoteOnly']);
    // The border counts both ways, though the table lists it once.
    expect(await seen('neighbour')).toEqual(['home', 'neighbourClosed', 'neighbourOpen']);
    expect(await seen('far')).toEqual(['farOpen']);
  });
});

describe.each(backends)('candidate search on $name', ({ config }) => {
  let backend: SearchBackend;
  beforeAll(async () => {
    backend = createSearchBackend(database.db, config);
    await backend.prepare();
    // Straight into this backend's index (the outbox is drained once, for the built-in backend, below).
    await syncVacancies(database.db, backend, Object.values(vacancyIds));
    await syncWorkers(
      database.db,
      backend,
      Object.values(workers).map((w) => w.profileId),
    );
  });

  it('finds the same workers as the candidate view, through the index filter itself', async () => {
    const found = async (region: RegionKey) => {
      const caller = await callerWithSearch(database.db, employers[region].email, backend);
      const result = await caller.search.candidates({ pageSize: 50 });
      expect(result.total).toBe(result.hits.length);
      return workersBehind(
        region,
        result.hits.map((h) => h.candidateId),
      );
    };
    expect(await found('home')).toEqual(['home', 'neighbourOpen', 'remoteOnly']);
    expect(await found('neighbour')).toEqual(['home', 'neighbourClosed', 'neighbourOpen']);
    expect(await found('far')).toEqual(['farOpen']);

    // The index itself leaves out the far region's worker, and the neighbour's who did not opt in.
    const inIndex = async (region: RegionKey, neighbourRegionIds: string[]) =>
      (await backend.searchWorkers({ regionId: regionIds[region], neighbourRegionIds, pageSize: 50 })).hits
        .map((h) => keyOfProfile(h.document.id))
        .sort();
    expect(await inIndex('home', [regionIds.neighbour])).toEqual(['home', 'neighbourOpen', 'remoteOnly']);
    expect(await inIndex('home', [])).toEqual(['home', 'remoteOnly']);
  });

  it("lets a worker open to other regions search the neighbouring region's vacancies, not the far one's", async () => {
    const titles = async (worker: string) => {
      const caller = await callerWithSearch(database.db, workers[worker]!.email, backend);
      return (await caller.search.vacancies({ pageSize: 50 })).hits.map((h) => keyOfVacancy(h.document.id)).sort();
    };
    expect(await titles('neighbourOpen')).toEqual(['home', 'homeRemote', 'neighbour']);
    expect(await titles('neighbourClosed')).toEqual(['neighbour']);
    expect(await titles('farOpen')).toEqual(['far']);
  });
});

describe('matching across regions', () => {
  it("matches a worker open to other regions with the neighbouring region's vacancies only", async () => {
    const matched = async (worker: string) => {
      const caller = await callerFor(database.db, workers[worker]!.email);
      return (await caller.matching.forMe({ limit: 20, locale: 'nl' })).map((m) => keyOfVacancy(m.vacancy.id)).sort();
    };
    expect(await matched('home')).toEqual(['home', 'homeRemote', 'neighbour']);
    expect(await matched('neighbourOpen')).toEqual(['home', 'homeRemote', 'neighbour']);
    expect(await matched('neighbourClosed')).toEqual(['neighbour']);
    expect(await matched('farOpen')).toEqual(['far']);
  });

  it("proposes an employer's vacancy to its region's workers and the neighbours' who opted in", async () => {
    const candidates = async (region: RegionKey, vacancy: keyof typeof vacancyIds) => {
      const caller = await callerFor(database.db, employers[region].email);
      const found = await caller.market.candidates({ vacancyId: vacancyIds[vacancy], pageSize: 50 });
      return workersBehind(
        region,
        found.rows.map((c) => c.candidateId),
      );
    };
    expect(await candidates('home', 'home')).toEqual(['home', 'neighbourOpen', 'remoteOnly']);
    expect(await candidates('neighbour', 'neighbour')).toEqual(['home', 'neighbourClosed', 'neighbourOpen']);
    expect(await candidates('far', 'far')).toEqual(['farOpen']);
  });
});

describe('remote preferences in matching', () => {
  it('matches a worker who accepts only remote work with remote vacancies only, in both directions', async () => {
    const { db } = database;
    const caller = await callerFor(db, workers.remoteOnly!.email);
    const forMe = async () =>
      (await caller.matching.forMe({ limit: 20, locale: 'nl' })).map((m) => keyOfVacancy(m.vacancy.id)).sort();
    // Until now the profile accepted every way of working (the default).
    expect(await forMe()).toEqual(['home', 'homeRemote']);

    await caller.worker.setPreferences({
      hoursMin: 32,
      hoursMax: 40,
      contractPreferences: ['permanent'],
      homePostcode: '5611',
      maxCommuteKm: 50,
      remotePreferences: ['remote'],
      availableFrom: null,
      salaryFloor: null,
    });
    expect(await forMe()).toEqual(['homeRemote']);

    // Through the outbox, as the app's sync loop does: the index, the matching pool and the stored matches follow.
    await drainOutbox(db, createSearchBackend(db, {}), { afterSync: (changed) => rematchChanged(db, changed) });
    const stored = await db.select().from(matches).where(eq(matches.workerId, workers.remoteOnly!.profileId));
    expect(stored.map((m) => keyOfVacancy(m.vacancyId))).toEqual(['homeRemote']);
    const employer = await callerFor(db, employers.home.email);
    const onSite = await employer.market.candidates({ vacancyId: vacancyIds.home, pageSize: 50 });
    expect(
      await workersBehind(
        'home',
        onSite.rows.map((c) => c.candidateId),
      ),
    ).not.toContain('remoteOnly');
    const remote = await employer.market.candidates({ vacancyId: vacancyIds.homeRemote, pageSize: 50 });
    expect(
      await workersBehind(
        'home',
        remote.rows.map((c) => c.candidateId),
      ),
    ).toContain('remoteOnly');
  });
});
