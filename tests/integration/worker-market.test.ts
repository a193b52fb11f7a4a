/**
 * The worker's side of the market: save and hide ("not for me", with a coded reason) and
 * their undo, all repeatable; hidden vacancies leave the worker's matches and search results;
 * expressing and withdrawing interest (an introduction the worker starts, told to the
 * employer's HR); the coordinator's count of hide reasons for their own region only.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  introductions,
  introductionStatusHistory,
  memberships,
  notifications,
  outbox,
  users,
  vacancies,
  vacancyReactions,
} from '~/db/schema';
import { createSearchBackend, type SearchBackend } from '~/server/search';
import { drainOutbox } from '~/server/search/sync';
import { postAs } from '~/tests/helpers/callers';
import { callerWithSearch, createCandidateFixture, type CandidateFixture } from '~/tests/helpers/candidate-fixture';
import { createTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { changedTables, tableFingerprinter, type TableFingerprints } from '~/tests/helpers/writes';

let database: TestDatabase;
let backend: SearchBackend;
let fixture: CandidateFixture;
let fingerprint: () => Promise<TableFingerprints>;
let otherVacancyId: string;
let ownEmployerVacancyId: string;
const coordinators = { home: 'coordinator@market.test', other: 'coordinator.other@market.test' };

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  fixture = await createCandidateFixture(db);
  const vacancy = (organisationId: string, title: string) => ({
    organisationId,
    regionId: fixture.region.id,
    title,
    hoursMin: 32,
    hoursMax: 40,
    contractType: 'permanent' as const,
    city: 'Eindhoven',
    lat: 51.44,
    lon: 5.47,
    status: 'open' as const,
    publishedAt: new Date('2026-11-02T08:00:00Z'),
  });
  const [other, own] = await db
    .insert(vacancies)
    .values([
      vacancy(fixture.employerB.organisation.id, 'Lasser constructie'),
      vacancy(fixture.releasing.id, 'Lasser bij de eigen werkgever'),
    ])
    .returning();
  otherVacancyId = other!.id;
  ownEmployerVacancyId = own!.id;
  const coordinatorUsers = await db
    .insert(users)
    .values([
      { name: 'Coördinator Kempen', email: coordinators.home },
      { name: 'Coördinator Noord', email: coordinators.other },
    ])
    .returning();
  await db.insert(memberships).values([
    { userId: coordinatorUsers[0]!.id, role: 'coordinator', regionId: fixture.region.id },
    { userId: coordinatorUsers[1]!.id, role: 'coordinator', regionId: fixture.otherRegion.id },
  ]);
  backend = createSearchBackend(db, {});
  await backend.prepare();
  await db.insert(outbox).values([
    { aggregate: 'vacancy', aggregateId: other!.id, operation: 'upsert' },
    { aggregate: 'vacancy', aggregateId: own!.id, operation: 'upsert' },
  ]);
  expect((await drainOutbox(db, backend)).failed).toBe(0);
  fingerprint = await tableFingerprinter(db);
});
afterAll(() => database?.destroy());

const worker = (key = 'north2') => callerWithSearch(database.db, fixture.worker(key).email, backend);
const reactionsOf = (key: string) =>
  database.db
    .select()
    .from(vacancyReactions)
    .where(eq(vacancyReactions.workerId, fixture.worker(key).profileId));

async function expectRefused(email: string, path: string, input: unknown, status: number) {
  const before = await fingerprint();
  const answer = await postAs<{ error?: { json: { message: string } } }>(database.db, email, path, input);
  expect(answer.status, `${path} ${JSON.stringify(input)}`).toBe(status);
  expect(answer.body.error?.json.message).toBeTruthy();
  expect(changedTables(before, await fingerprint())).toEqual([]);
}

describe('save and hide', () => {
  it('saves, lists and unsaves a vacancy; each step can be repeated', async () => {
    const caller = await worker('north2');
    await caller.market.save({ vacancyId: otherVacancyId });
    await caller.market.save({ vacancyId: otherVacancyId });
    expect(await reactionsOf('north2')).toMatchObject([{ vacancyId: otherVacancyId, kind: 'saved' }]);
    const saved = await caller.market.listSaved({ page: 1 });
    expect(saved).toMatchObject({ total: 1, rows: [{ vacancyId: otherVacancyId, title: 'Lasser constructie' }] });
    expect(await caller.market.unsave({ vacancyId: otherVacancyId })).toEqual({
      vacancyId: otherVacancyId,
      removed: true,
    });
    expect(await caller.market.unsave({ vacancyId: otherVacancyId })).toEqual({
      vacancyId: otherVacancyId,
      removed: false,
    });
    expect((await caller.market.listSaved({ page: 1 })).total).toBe(0);
  });

  it('hides a vacancy with a reason: gone from matches and search, listed as hidden, back after unhiding', async () => {
    const caller = await worker('south13');
    const inMatches = async () => (await caller.matching.forMe({ limit: 50, locale: 'nl' })).map((m) => m.vacancy.id);
    const inSearch = async () => (await caller.search.vacancies({ pageSize: 100 })).hits.map((h) => h.document.id);
    expect(await inMatches()).toContain(fixture.vacancy.id);
    expect(await inSearch()).toContain(fixture.vacancy.id);
    const totalBefore = (await caller.search.vacancies({})).total;

    await caller.market.save({ vacancyId: fixture.vacancy.id });
    await caller.market.hide({ vacancyId: fixture.vacancy.id, reason: 'hours' });
    await caller.market.hide({ vacancyId: fixture.vacancy.id, reason: 'too_far' });
    // Hiding replaces saving; hiding again keeps the latest reason.
    expect(await reactionsOf('south13')).toMatchObject([{ kind: 'hidden', hideReason: 'too_far' }]);
    expect(await inMatches()).not.toContain(fixture.vacancy.id);
    expect(await inSearch()).not.toContain(fixture.vacancy.id);
    expect((await caller.search.vacancies({})).total).toBe(totalBefore - 1);
    expect(await caller.market.listHidden({ page: 1 })).toMatchObject({
      total: 1,
      rows: [{ vacancyId: fixture.vacancy.id, reason: 'too_far' }],
    });
    // Another worker still finds it.
    expect(
      (await (await worker('south18')).search.vacancies({ pageSize: 100 })).hits.map((h) => h.document.id),
    ).toContain(fixture.vacancy.id);

    await caller.market.unhide({ vacancyId: fixture.vacancy.id });
    await caller.market.unhide({ vacancyId: fixture.vacancy.id });
    expect(await inMatches()).toContain(fixture.vacancy.id);
    expect(await inSearch()).toContain(fixture.vacancy.id);
  });

  it("leaves the worker's own employer's vacancies out of their search, as out of their matches", async () => {
    const found = (await (await worker()).search.vacancies({ pageSize: 100 })).hits.map((h) => h.document.id);
    expect(found).toContain(otherVacancyId);
    expect(found).not.toContain(ownEmployerVacancyId);
  });

  it('marks saved and interesting vacancies in the search results', async () => {
    const caller = await worker('north7');
    await caller.market.save({ vacancyId: otherVacancyId });
    const found = await caller.search.vacancies({ pageSize: 100 });
    expect('savedVacancyIds' in found && found.savedVacancyIds).toEqual([otherVacancyId]);
    await caller.market.unsave({ vacancyId: otherVacancyId });
  });

  it('refuses bad input and a vacancy of another region or not open, writing nothing', async () => {
    const email = fixture.worker('north2').email;
    await expectRefused(email, 'market.hide', { vacancyId: otherVacancyId, reason: 'bored' }, 400);
    await expectRefused(email, 'market.save', { vacancyId: 'not-an-id' }, 400);
    await expectRefused(email, 'market.save', { vacancyId: '00000000-0000-4000-8000-000000000000' }, 404);
    // A worker of the neighbouring region who did not open up to other regions.
    await expectRefused(fixture.worker('otherRegionOnly').email, 'market.save', { vacancyId: otherVacancyId }, 404);
    await database.db.update(vacancies).set({ status: 'closed' }).where(eq(vacancies.id, otherVacancyId));
    try {
      await expectRefused(email, 'market.hide', { vacancyId: otherVacancyId }, 404);
    } finally {
      await database.db.update(vacancies).set({ status: 'open' }).where(eq(vacancies.id, otherVacancyId));
    }
  });
});

describe('interest', () => {
  const interestOf = (key: string, vacancyId: string) =>
    database.db
      .select()
      .from(introductions)
      .where(and(eq(introductions.workerId, fixture.worker(key).profileId), eq(introductions.vacancyId, vacancyId)));

  it('expresses interest once, tells the HR of the firm, and withdraws it while unanswered', async () => {
    const caller = await worker('south18');
    const first = await caller.market.expressInterest({ vacancyId: otherVacancyId });
    const second = await caller.market.expressInterest({ vacancyId: otherVacancyId });
    expect(second.id).toBe(first.id);
    expect(first).toMatchObject({ initiatedBy: 'worker', status: 'proposed' });
    const history = () =>
      database.db
        .select()
        .from(introductionStatusHistory)
        .where(eq(introductionStatusHistory.introductionId, first.id));
    expect((await history()).map((h) => h.toStatus)).toEqual(['proposed']);
    const told = await database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, fixture.employerB.userId), eq(notifications.kind, 'interestExpressed')));
    expect(told).toHaveLength(1);
    // The notification carries what its sentence needs: the vacancy and the employer's pseudonym.
    expect(told[0]!.payload).toMatchObject({ vacancyId: otherVacancyId, title: expect.any(String) });
    expect((told[0]!.payload as { candidate: string }).candidate).toMatch(/^K-/);

    expect(await caller.market.withdrawInterest({ vacancyId: otherVacancyId })).toEqual({
      vacancyId: otherVacancyId,
      withdrawn: true,
    });
    expect(await caller.market.withdrawInterest({ vacancyId: otherVacancyId })).toEqual({
      vacancyId: otherVacancyId,
      withdrawn: false,
    });
    expect((await interestOf('south18', otherVacancyId))[0]!.status).toBe('withdrawn');
    expect((await history()).map((h) => h.toStatus)).toEqual(['proposed', 'withdrawn']);

    // Interested again: the same introduction is proposed anew, and the employer hears of it again.
    const again = await caller.market.expressInterest({ vacancyId: otherVacancyId });
    expect(again).toMatchObject({ id: first.id, status: 'proposed' });
    expect((await history()).map((h) => h.toStatus)).toEqual(['proposed', 'withdrawn', 'proposed']);
    const toldAgain = await database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, fixture.employerB.userId), eq(notifications.kind, 'interestExpressed')));
    expect(toldAgain).toHaveLength(2);
    await caller.market.withdrawInterest({ vacancyId: otherVacancyId });
  });

  it('refuses withdrawing once the employer answered', async () => {
    const caller = await worker('north7');
    const introduction = await caller.market.expressInterest({ vacancyId: otherVacancyId });
    await database.db.update(introductions).set({ status: 'accepted' }).where(eq(introductions.id, introduction.id));
    await expectRefused(fixture.worker('north7').email, 'market.withdrawInterest', { vacancyId: otherVacancyId }, 409);
  });

  it("refuses the worker's own employer's vacancy, a placed worker and bad input, writing nothing", async () => {
    await expectRefused(
      fixture.worker('north2').email,
      'market.expressInterest',
      { vacancyId: ownEmployerVacancyId },
      400,
    );
    await expectRefused(fixture.worker('placed').email, 'market.expressInterest', { vacancyId: otherVacancyId }, 400);
    await expectRefused(fixture.worker('north2').email, 'market.expressInterest', { vacancyId: 42 }, 400);
    expect(await interestOf('north2', ownEmployerVacancyId)).toEqual([]);
  });
});

describe("the coordinator's count of hide reasons", () => {
  it('counts the reasons of its own region only', async () => {
    await (await worker('north2')).market.hide({ vacancyId: otherVacancyId, reason: 'pay' });
    await (await worker('north35')).market.hide({ vacancyId: otherVacancyId });
    const home = await (await callerWithSearch(database.db, coordinators.home, backend)).market.hideReasonCounts({});
    expect(home.counts).toMatchObject({ pay: 1, none: 1 });
    expect(home.total).toBe(2);
    const other = await (await callerWithSearch(database.db, coordinators.other, backend)).market.hideReasonCounts({});
    expect(other.total).toBe(0);
  });
});
