/**
 * The worker's own data: who looked at their profile (per firm, never per HR person), a copy of
 * everything stored about them, and deleting the account: personal data gone, placements and
 * the region's figures kept, sessions ended, sign-in refused, out of search; a repeat is harmless.
 */
import { TRPCError } from '@trpc/server';
import { and, eq, ne } from 'drizzle-orm';
import { OPEN_STATUSES } from '~/server/services/introduction-steps';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  candidatePseudonyms,
  consents,
  introductions,
  introductionStatusHistory,
  invitations,
  matches,
  memberships,
  notifications,
  organisations,
  outbox,
  placements,
  regions,
  sessions,
  users,
  vacancies,
  vacancyReactions,
  workerDesiredOccupations,
  workerExperiences,
  workerLanguages,
  workerNotes,
  workerProfiles,
  workerSkills,
} from '~/db/schema';
import { DEMO_PASSWORD, demoAccounts } from '~/db/seed/demo-accounts';
import { createCaller } from '~/server/api/root';
import { createTRPCContext } from '~/server/api/trpc';
import { authenticateWithPassword } from '~/server/auth/identity';
import { startSession } from '~/server/auth/sessions';
import { PostgresSearchBackend } from '~/server/search/postgres/backend';
import { drainOutbox } from '~/server/search/sync';
import { ACCOUNT_ERASED, ERASED_NAME } from '~/server/services/account-erasure';
import { recordAudit } from '~/server/services/audit';
import { MY_DATA_EXPORTED } from '~/server/services/my-data-export';
import { CANDIDATE_REVEAL, CANDIDATE_VIEW } from '~/server/services/profile-views';
import { getRegionOverview } from '~/server/services/region-overview';
import { actorByEmail, callerFor, sessionFor } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { changedTables, tableFingerprinter } from '~/tests/helpers/writes';

let database: TestDatabase;
let worker: typeof workerProfiles.$inferSelect;
let other: { profileId: string; email: string; name: string };
let firmA: { id: string; name: string; hrUserId: string };
let firmB: { id: string; name: string; hrUserId: string };
let vacancyOfB: string;

async function firmOf(email: string) {
  const [row] = await database.db
    .select({ id: organisations.id, name: organisations.name, hrUserId: users.id })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(users.email, email));
  return row!;
}

beforeAll(async () => {
  database = await createSeededTestDatabase();
  const { db } = database;
  const [row] = await db
    .select({ profile: workerProfiles })
    .from(workerProfiles)
    .innerJoin(users, eq(users.id, workerProfiles.userId))
    .where(eq(users.email, demoAccounts.worker));
  worker = row!.profile;
  const [otherRow] = await db
    .select({ profileId: workerProfiles.id, email: users.email, name: users.name })
    .from(workerProfiles)
    .innerJoin(users, eq(users.id, workerProfiles.userId))
    .where(and(eq(workerProfiles.regionId, worker.regionId), ne(workerProfiles.id, worker.id)))
    .limit(1);
  other = otherRow!;
  firmA = await firmOf(demoAccounts.employer);
  firmB = await firmOf(demoAccounts.otherEmployer);
  const [vacancy] = await db
    .select({ id: vacancies.id })
    .from(vacancies)
    .where(and(eq(vacancies.organisationId, firmB.id), eq(vacancies.status, 'open')))
    .limit(1);
  vacancyOfB = vacancy!.id;
});
afterAll(() => database?.destroy());

const workerCaller = () => callerFor(database.db, demoAccounts.worker);

const access = (action: string, firm: { id: string; hrUserId: string }, subjectId: string, at: string) =>
  recordAudit(database.db, {
    actorUserId: firm.hrUserId,
    action,
    subjectType: 'worker_profile',
    subjectId,
    regionId: worker.regionId,
    organisationId: firm.id,
    at: new Date(at),
  });

async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe('who looked at my profile', () => {
  beforeAll(async () => {
    await access(CANDIDATE_VIEW, firmA, worker.id, '2026-10-01T09:00:00Z');
    await access(CANDIDATE_VIEW, firmA, worker.id, '2026-10-03T09:00:00Z');
    await access(CANDIDATE_VIEW, firmA, worker.id, '2026-10-02T09:00:00Z');
    await access(CANDIDATE_VIEW, firmB, worker.id, '2026-10-05T09:00:00Z');
    await access(CANDIDATE_REVEAL, firmB, worker.id, '2026-10-06T09:00:00Z');
    // Someone else's profile: never in this worker's list.
    await access(CANDIDATE_VIEW, firmA, other.profileId, '2026-10-07T09:00:00Z');
  });

  it('lists the views and reveals per employer, the most recent first, without the HR person', async () => {
    const page = await (await workerCaller()).myData.profileViews({ page: 1 });
    expect(page.total).toBe(2);
    expect(page.rows).toEqual([
      {
        employerName: firmB.name,
        views: 1,
        lastViewedAt: new Date('2026-10-05T09:00:00Z'),
        reveals: 1,
        lastRevealedAt: new Date('2026-10-06T09:00:00Z'),
      },
      {
        employerName: firmA.name,
        views: 3,
        lastViewedAt: new Date('2026-10-03T09:00:00Z'),
        reveals: 0,
        lastRevealedAt: null,
      },
    ]);
    expect(JSON.stringify(page)).not.toContain(firmA.hrUserId);
  });

  it('shows another worker only their own', async () => {
    const caller = await callerFor(database.db, other.email);
    const page = await caller.myData.profileViews({ page: 1 });
    expect(page.rows).toEqual([expect.objectContaining({ employerName: firmA.name, views: 1, reveals: 0 })]);
  });

  it('refuses a bad page and other roles', async () => {
    expect((await refusal((await workerCaller()).myData.profileViews({ page: 0 }))).code).toBe('BAD_REQUEST');
    const employer = await callerFor(database.db, demoAccounts.employer);
    expect((await refusal(employer.myData.profileViews({ page: 1 }))).code).toBe('FORBIDDEN');
    expect((await refusal(employer.myData.export())).code).toBe('FORBIDDEN');
    expect((await refusal(employer.myData.erase({ password: DEMO_PASSWORD }))).code).toBe('FORBIDDEN');
    const coordinator = await callerFor(database.db, demoAccounts.coordinator);
    expect((await refusal(coordinator.myData.erase({ password: DEMO_PASSWORD }))).code).toBe('FORBIDDEN');
  });
});

/** Gives the worker one of everything the export and the erasure deal with. */
async function givePipelineHistory() {
  const { db } = database;
  const [introduction] = await db
    .insert(introductions)
    .values({
      workerId: worker.id,
      vacancyId: vacancyOfB,
      organisationId: firmB.id,
      initiatedBy: 'employer',
      status: 'meeting',
      message: 'Kom eens langs',
    })
    .returning();
  await db.insert(introductionStatusHistory).values([
    { introductionId: introduction!.id, fromStatus: null, toStatus: 'proposed', changedByUserId: firmB.hrUserId },
    { introductionId: introduction!.id, fromStatus: 'proposed', toStatus: 'accepted', note: 'graag' },
    { introductionId: introduction!.id, fromStatus: 'accepted', toStatus: 'meeting', stepDate: '2026-10-10' },
  ]);
  await db
    .insert(consents)
    .values({ workerId: worker.id, scope: 'introduction', organisationId: firmB.id, introductionId: introduction!.id });
  await db.insert(placements).values({
    workerId: worker.id,
    regionId: worker.regionId,
    fromOrganisationId: worker.currentOrganisationId,
    toOrganisationId: firmB.id,
    vacancyId: vacancyOfB,
    kind: 'trial',
    startDate: '2026-10-20',
    endDate: '2026-11-20',
  });
  await db.insert(vacancyReactions).values({ workerId: worker.id, vacancyId: vacancyOfB, kind: 'saved' });
  await db
    .insert(notifications)
    .values({ userId: worker.userId, kind: 'introduction.invited', payload: { vacancyTitle: 'Monteur' } });
  await db.insert(candidatePseudonyms).values({ organisationId: firmB.id, workerId: worker.id, code: 'K-ABCDE' });
  const [coordinator] = await db.select({ id: users.id }).from(users).where(eq(users.email, demoAccounts.coordinator));
  await db.insert(workerNotes).values({
    workerId: worker.id,
    regionId: worker.regionId,
    authorUserId: coordinator!.id,
    kind: 'intake',
    noteDate: '2026-10-01',
    body: 'Intake: wil richting installatietechniek.',
  });
  return introduction!;
}

describe('download my data', () => {
  let introductionId: string;
  beforeAll(async () => {
    introductionId = (await givePipelineHistory()).id;
  });

  it('holds every section, and the download is in the audit log', async () => {
    const data = await (await workerCaller()).myData.export();
    expect(data.account).toMatchObject({ email: demoAccounts.worker, locale: 'nl', notificationEmail: 'immediate' });
    expect(data.profile.id).toBe(worker.id);
    expect(data.profile.homePostcode).toBe(worker.homePostcode);
    // The equity fields: the job's contract and hours from the employer, the worker's own gender (optional).
    expect(data.profile).toMatchObject({
      currentContractType: worker.currentContractType,
      currentWeeklyHours: worker.currentWeeklyHours,
      gender: worker.gender,
    });
    expect(data.profile.currentWeeklyHours).toBeGreaterThan(0);
    expect(data.invitations[0]).toMatchObject({
      currentContractType: worker.currentContractType,
      currentWeeklyHours: worker.currentWeeklyHours,
    });
    for (const section of [
      data.skills,
      data.desiredOccupations,
      data.experiences,
      data.languages,
      data.consents,
      data.invitations,
      data.introductions,
      data.placements,
      data.vacancyReactions,
      data.notifications,
      data.coordinatorNotes,
      data.auditEntries,
    ]) {
      expect(section.length).toBeGreaterThan(0);
    }
    // The demo seed gives this worker introductions of its own; this one is the test's.
    const given = data.introductions.find((i) => i.message === 'Kom eens langs');
    expect(given!.history.map((h) => h.toStatus)).toEqual(['proposed', 'accepted', 'meeting']);
    expect(data.auditEntries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: CANDIDATE_VIEW, employer: firmA.name, by: 'employer' }),
      ]),
    );
    // The region's notes about the worker are theirs to read too, without who wrote them.
    expect(data.coordinatorNotes).toContainEqual({
      kind: 'intake',
      noteDate: '2026-10-01',
      text: 'Intake: wil richting installatietechniek.',
    });
    const text = JSON.stringify(data);
    expect(text).not.toContain(other.email);
    expect(text).not.toContain(other.profileId);
    expect(text).not.toContain(firmA.hrUserId); // who at the firm looked stays the firm's
    expect(text).not.toContain(firmB.hrUserId);
    expect(text).not.toContain('tokenHash');
    expect(text).not.toContain('passwordHash');
    const logged = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, MY_DATA_EXPORTED), eq(auditLog.subjectId, worker.id)));
    expect(logged).toHaveLength(1);
    expect(introductionId).toBeTruthy();
  });
});

describe('delete my account', () => {
  it('refuses a wrong password with a clear message and writes nothing', async () => {
    const fingerprint = await tableFingerprinter(database.db);
    const before = await fingerprint();
    const error = await refusal((await workerCaller()).myData.erase({ password: 'not my password' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toBe('This is not your password.');
    const empty = await refusal((await workerCaller()).myData.erase({ password: '' }));
    expect(empty.code).toBe('BAD_REQUEST');
    expect(changedTables(before, await fingerprint())).toEqual([]);
  });

  it('removes every personal field, keeps placements and the region figures, ends sessions and sign-in', async () => {
    const { db } = database;
    const backend = new PostgresSearchBackend(db);
    const caller = await workerCaller();
    await caller.worker.setVisibility({ visibleToEmployers: true, openToOtherRegions: true });
    await drainOutbox(db, backend, { batchSize: 1000 });
    const skillIds = (await caller.worker.me()).skills.map((s) => s.skillId).slice(0, 1);
    const inSearch = async () =>
      (await backend.searchWorkers({ regionId: worker.regionId, pageSize: 100, skillIds })).hits.some(
        (h) => h.document.id === worker.id,
      );
    expect(await inSearch()).toBe(true);
    const coordinator = await actorByEmail(db, demoAccounts.coordinator, 'coordinator');
    const overviewBefore = await getRegionOverview(db, coordinator);
    const runningBefore = (await db.select().from(introductions).where(eq(introductions.workerId, worker.id))).filter(
      // A trial is a placement already: the erasure leaves it running.
      (i) => (OPEN_STATUSES as readonly string[]).includes(i.status) && i.status !== 'trial',
    ).length;
    const placementsBefore = await db.select().from(placements).where(eq(placements.workerId, worker.id));
    await startSession(db, worker.userId);
    const staleSession = await sessionFor(db, demoAccounts.worker);

    expect(await caller.myData.erase({ password: DEMO_PASSWORD })).toEqual({ erased: true, changed: true });

    const [user] = await db.select().from(users).where(eq(users.id, worker.userId));
    expect(user).toMatchObject({ name: ERASED_NAME, passwordHash: null, emailVerified: null, image: null });
    expect(user!.email).toMatch(/^erased-[0-9a-f-]{36}@invalid$/);
    expect(user!.erasedAt).toBeInstanceOf(Date);
    expect(user!.disabledAt).toBeInstanceOf(Date);
    expect(await db.select().from(sessions).where(eq(sessions.userId, worker.userId))).toEqual([]);

    const [region] = await db.select().from(regions).where(eq(regions.id, worker.regionId));
    const [profile] = await db.select().from(workerProfiles).where(eq(workerProfiles.id, worker.id));
    expect(profile).toMatchObject({
      headline: '',
      homePostcode: '',
      homeCity: '',
      homeLat: region!.centreLat,
      homeLon: region!.centreLon,
      visibleToEmployers: false,
      openToOtherRegions: false,
      salaryFloor: null,
      availableFrom: null,
      // What the region's figures and the placements rest on stays.
      status: worker.status,
      regionId: worker.regionId,
      redundancyId: worker.redundancyId,
      riskStartDate: worker.riskStartDate,
      guidanceDeadline: worker.guidanceDeadline,
      birthYear: worker.birthYear,
      gender: worker.gender,
      educationLevel: worker.educationLevel,
    });
    const openConsents = (await db.select().from(consents).where(eq(consents.workerId, worker.id))).filter(
      (c) => c.revokedAt === null,
    );
    expect(openConsents).toEqual([]);
    for (const table of [
      workerSkills,
      workerDesiredOccupations,
      workerExperiences,
      workerLanguages,
      candidatePseudonyms,
      vacancyReactions,
      matches,
    ]) {
      expect(await db.select().from(table).where(eq(table.workerId, worker.id))).toEqual([]);
    }
    expect(await db.select().from(notifications).where(eq(notifications.userId, worker.userId))).toEqual([]);

    const [introduction] = await db
      .select()
      .from(introductions)
      .where(and(eq(introductions.workerId, worker.id), eq(introductions.vacancyId, vacancyOfB)));
    expect(introduction).toMatchObject({ status: 'withdrawn', message: null });
    // Every other open introduction of the worker (the demo seed's) is withdrawn too.
    const stillOpen = (await db.select().from(introductions).where(eq(introductions.workerId, worker.id))).filter(
      (i) => !['withdrawn', 'declined', 'rejected', 'hired', 'trial'].includes(i.status),
    );
    expect(stillOpen).toEqual([]);
    const steps = await db
      .select()
      .from(introductionStatusHistory)
      .where(eq(introductionStatusHistory.introductionId, introduction!.id));
    expect(steps.at(-1)).toMatchObject({ fromStatus: 'meeting', toStatus: 'withdrawn' });
    expect(steps.at(-1)!.note).toBeTruthy();

    const ownInvitations = await db.select().from(invitations).where(eq(invitations.acceptedUserId, worker.userId));
    expect(ownInvitations.length).toBeGreaterThan(0);
    for (const invitation of ownInvitations) {
      expect(invitation.email).toMatch(/@invalid$/);
      expect(invitation.name).toBe(ERASED_NAME);
    }
    expect(await db.select().from(invitations).where(eq(invitations.email, demoAccounts.worker))).toEqual([]);

    expect(await db.select().from(placements).where(eq(placements.workerId, worker.id))).toEqual(placementsBefore);
    // Only the introductions the erasure withdrew stop running; every other figure stays.
    expect(await getRegionOverview(db, coordinator)).toEqual({
      ...overviewBefore,
      runningIntroductions: overviewBefore.runningIntroductions - runningBefore,
    });

    const [erasure] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, ACCOUNT_ERASED), eq(auditLog.subjectId, worker.userId)));
    expect(erasure).toMatchObject({ subjectType: 'user', metadata: {} });

    const outboxRows = await db.select().from(outbox).where(eq(outbox.aggregateId, worker.id));
    expect(outboxRows.at(-1)).toMatchObject({ operation: 'delete' });
    await drainOutbox(db, backend, { batchSize: 1000 });
    expect(await inSearch()).toBe(false);

    // Sign-in is refused, by the old address or any other way; a session no longer loads.
    expect(await authenticateWithPassword(db, demoAccounts.worker, DEMO_PASSWORD)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await authenticateWithPassword(db, user!.email, DEMO_PASSWORD)).toMatchObject({ ok: false });
    await expect(sessionFor(db, demoAccounts.worker)).rejects.toThrow();

    // A second request (a double click, a retry from the old session) does no harm.
    const fingerprint = await tableFingerprinter(db);
    const before = await fingerprint();
    const stale = createCaller(createTRPCContext({ db, session: staleSession }));
    expect(await stale.myData.erase({ password: DEMO_PASSWORD })).toEqual({ erased: true, changed: false });
    expect(changedTables(before, await fingerprint())).toEqual([]);
    const [again] = await db.select().from(users).where(eq(users.id, worker.userId));
    expect(again).toEqual(user);
  });
});
