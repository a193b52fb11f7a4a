/**
 * The app's search as its users meet it, on every available backend (PostgreSQL always,
 * Meilisearch too when MEILI_URL is set or its binary is installed; tests/search-server.ts):
 * typos and synonyms in a worker's vacancy search and in an employer's candidate search,
 * consent revoked, anonymised worker documents in the index, and the same capped totals.
 */
import { and, eq, sql } from 'drizzle-orm';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users, vacancies, workerProfiles } from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { createSearchBackend, type SearchBackend } from '~/server/search';
import { rowsOf } from '~/server/search/postgres/rows';
import { drainOutbox } from '~/server/search/sync';
import { SEARCH_TOTAL_LIMIT, type VacancyDocument } from '~/server/search/types';
import { actorByEmail, callerFor } from '~/tests/helpers/callers';
import { callerWithSearch } from '~/tests/helpers/candidate-fixture';
import { createSeededTestDatabase, createTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { searchBackends } from '~/tests/helpers/search-backends';

const backends = searchBackends('search on every backend');

/** Drops one letter inside a word: "magazijnmedewerker" → "magazijnmedewerkr". */
const withTypo = (word: string) => word.slice(0, -2) + word.slice(-1);

describe.each(backends)('the app’s search on $name', ({ config }) => {
  let database: TestDatabase;
  let backend: SearchBackend;

  beforeAll(async () => {
    database = await createSeededTestDatabase();
    backend = createSearchBackend(database.db, config);
    await backend.prepare();
    expect((await drainOutbox(database.db, backend, { batchSize: 1000 })).failed).toBe(0);
  });
  afterAll(() => database?.destroy());

  const worker = () => callerWithSearch(database.db, demoAccounts.worker, backend);
  const employer = () => callerWithSearch(database.db, demoAccounts.employer, backend);

  it('finds a vacancy by its title with a letter missing, in a worker’s vacancy search', async () => {
    const all = await (await worker()).search.vacancies({ pageSize: 100 });
    // A long title word of a vacancy the worker can find (a typo needs a word of 8 letters or more for two).
    const target = all.hits.map((h) => h.document).find((d) => /^[a-z]{9,}$/i.test(d.title.split(' ')[0] ?? ''))!;
    expect(target).toBeDefined();
    const word = target.title.split(' ')[0]!.toLowerCase();
    const exact = await (await worker()).search.vacancies({ text: word, pageSize: 100 });
    const typo = await (await worker()).search.vacancies({ text: withTypo(word), pageSize: 100 });
    expect(exact.hits.map((h) => h.document.id)).toContain(target.id);
    expect(typo.hits.map((h) => h.document.id)).toContain(target.id);
    expect(typo.hits[0]!.document.title.toLowerCase()).toContain(word);
  });

  it('finds a vacancy through an alternative label of one of its skills, in a worker’s vacancy search', async () => {
    const { db } = database;
    // An alternative label that no open vacancy of the region carries in its own text.
    const [candidate] = rowsOf<{ alt: string; vacancy_id: string }>(
      await db.execute(sql`
        select alt, v.id as vacancy_id
        from skills s
        cross join lateral unnest(s.alt_labels_nl) alt
        join vacancy_skills vs on vs.skill_id = s.id
        join vacancies v on v.id = vs.vacancy_id and v.status = 'open'
        join users u on u.email = ${demoAccounts.worker}
        join worker_profiles wp on wp.user_id = u.id and wp.region_id = v.region_id
        where alt ~ '^[a-z]{7,}$'
          and lower(s.preferred_label_nl) not like '%' || alt || '%'
          and not exists (select 1 from vacancies o where o.status = 'open'
            and lower(o.title || ' ' || o.description) like '%' || alt || '%')
          and (v.priority_until is null or v.priority_until < now())
          and v.organisation_id is distinct from wp.current_organisation_id
        order by alt, v.id
        limit 1`),
    );
    expect(candidate, 'the demo taxonomy has alternative labels').toBeDefined();
    const found = await (await worker()).search.vacancies({ text: candidate!.alt, pageSize: 100 });
    expect(found.hits.map((h) => h.document.id)).toContain(candidate!.vacancy_id);
  });

  it('finds candidates by free text with a typo, in an employer’s candidate list of a vacancy', async () => {
    const { db } = database;
    const caller = await employer();
    const { organisationId } = await actorByEmail(db, demoAccounts.employer, 'employer');
    const [own] = await db
      .select({ id: vacancies.id })
      .from(vacancies)
      .where(and(eq(vacancies.organisationId, organisationId), eq(vacancies.status, 'open')))
      .limit(1);
    const everyone = await caller.market.candidates({ vacancyId: own!.id, locale: 'nl', pageSize: 50 });
    expect(everyone.rows.length).toBeGreaterThan(0);
    // A headline word of the first candidate, as the employer would type it, with a letter missing.
    const [profile] = await db
      .select({ headline: workerProfiles.headline })
      .from(workerProfiles)
      .where(sql`${workerProfiles.headline} ~* '[a-z]{9,}'`)
      .limit(1);
    const word = profile!.headline!.match(/[a-z]{9,}/i)![0].toLowerCase();
    const exact = await caller.market.candidates({ vacancyId: own!.id, locale: 'nl', text: word, pageSize: 50 });
    const typo = await caller.market.candidates({
      vacancyId: own!.id,
      locale: 'nl',
      text: withTypo(word),
      pageSize: 50,
    });
    // Everyone the right spelling finds (a near spelling may find a few more).
    expect(exact.total).toBeGreaterThan(0);
    expect(typo.rows.map((r) => r.candidateId)).toEqual(expect.arrayContaining(exact.rows.map((r) => r.candidateId)));
    // The same through the free candidate search.
    const searched = await caller.search.candidates({ text: withTypo(word), pageSize: 100 });
    const spelled = await caller.search.candidates({ text: word, pageSize: 100 });
    expect(spelled.total).toBeGreaterThan(0);
    expect(searched.hits.map((h) => h.candidateId)).toEqual(
      expect.arrayContaining(spelled.hits.map((h) => h.candidateId)),
    );
  });

  it('drops a worker who revoked consent from the index, and keeps no personal data in it', async () => {
    const { db } = database;
    const me = await callerFor(db, demoAccounts.worker);
    await me.worker.setVisibility({ visibleToEmployers: true, openToOtherRegions: false });
    expect((await drainOutbox(db, backend)).failed).toBe(0);
    const profile = (await me.worker.me()).profile;
    const indexed = async () =>
      (
        await backend.searchWorkers({ regionId: profile.regionId, pageSize: 100, text: profile.headline ?? undefined })
      ).hits.map((h) => h.document.id);
    expect(await indexed()).toContain(profile.id);

    await me.worker.setVisibility({ visibleToEmployers: false, openToOtherRegions: false });
    expect((await drainOutbox(db, backend)).failed).toBe(0);
    expect(await indexed()).not.toContain(profile.id);

    // Everything the worker index holds, read from the index itself.
    const stored = await indexedWorkerDocuments(database, backend, config);
    expect(stored.length).toBeGreaterThan(10);
    const people = await db
      .select({ name: users.name, email: users.email, postcode: workerProfiles.homePostcode })
      .from(workerProfiles)
      .innerJoin(users, eq(users.id, workerProfiles.userId));
    const json = JSON.stringify(stored);
    for (const person of people) {
      expect(json).not.toContain(person.email);
      if (person.name) expect(json).not.toContain(person.name);
      if (person.postcode && person.postcode.length > 4) expect(json).not.toContain(person.postcode);
    }
    for (const document of stored)
      expect(Object.keys(document).filter((k) => /name|email|postcode|birth|organisation/i.test(k))).toEqual([]);
  });
});

/** The worker documents as the backend stores them: the table row's document, or Meilisearch's own copy. */
async function indexedWorkerDocuments(
  database: TestDatabase,
  backend: SearchBackend,
  config: { meiliUrl?: string; meiliKey?: string; indexPrefix?: string },
): Promise<Record<string, unknown>[]> {
  if (backend.name === 'postgres')
    return rowsOf<{ document: Record<string, unknown> }>(
      await database.db.execute(sql`select document from search_workers`),
    ).map((r) => r.document);
  const client = new Meilisearch({ host: config.meiliUrl!, apiKey: config.meiliKey });
  const page = await client.index(`${config.indexPrefix ?? ''}workers`).getDocuments({ limit: 10_000 });
  return page.results as Record<string, unknown>[];
}

/** A vacancy document of a made-up region, for counting. */
function countedVacancy(i: number, regionId: string): VacancyDocument {
  const hex = i.toString(16).padStart(12, '0');
  return {
    id: `00000000-0000-4000-8000-${hex}`,
    regionId,
    organisationId: '00000000-0000-4000-8000-000000000001',
    organisationName: 'Telbedrijf',
    title: i % 2 === 0 ? 'Monteur' : 'Planner',
    description: '',
    occupationId: null,
    occupationLabels: [],
    iscoPath: [],
    skillIds: [],
    skillLabels: [],
    hoursMin: 32,
    hoursMax: 40,
    contractType: 'permanent',
    remote: 'on_site',
    city: 'Eindhoven',
    lat: 51.44,
    lon: 5.47,
    salaryMin: null,
    salaryMax: null,
    startDate: null,
    openToRetraining: false,
    publishedAt: 1_700_000_000_000 + i,
    priorityUntil: null,
  };
}

describe.each(backends)('totals on $name', ({ config }) => {
  let database: TestDatabase;
  let backend: SearchBackend;
  const regionId = '00000000-0000-4000-8000-00000000beef';
  const count = SEARCH_TOTAL_LIMIT + 500;

  beforeAll(async () => {
    database = await createTestDatabase();
    backend = createSearchBackend(database.db, config);
    await backend.prepare();
    const documents = Array.from({ length: count }, (_, i) => countedVacancy(i, regionId));
    for (let i = 0; i < documents.length; i += 5000) await backend.upsertVacancies(documents.slice(i, i + 5000));
  });
  afterAll(() => database?.destroy());

  it(`counts exactly up to ${SEARCH_TOTAL_LIMIT.toLocaleString('en')}, says "more" past it, and pages end there`, async () => {
    const everything = await backend.searchVacancies({ regionIds: [regionId], pageSize: 30, sort: 'newest' });
    expect(everything).toMatchObject({ total: SEARCH_TOTAL_LIMIT, totalCapped: true });
    const planners = await backend.searchVacancies({ regionIds: [regionId], text: 'planner', pageSize: 30 });
    expect(planners).toMatchObject({ total: count / 2, totalCapped: false });
    // The last page within the limit is cut at the limit; the page after it is empty.
    const lastPage = Math.ceil(SEARCH_TOTAL_LIMIT / 30);
    const last = await backend.searchVacancies({ regionIds: [regionId], pageSize: 30, page: lastPage, sort: 'newest' });
    expect(last.hits).toHaveLength(SEARCH_TOTAL_LIMIT - (lastPage - 1) * 30);
    const beyond = await backend.searchVacancies({
      regionIds: [regionId],
      pageSize: 30,
      page: lastPage + 1,
      sort: 'newest',
    });
    expect(beyond.hits).toHaveLength(0);
    expect(beyond.totalCapped).toBe(true);
  });
});
