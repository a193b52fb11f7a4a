/**
 * Introductions from invitation to placement, as both sides live them: the employer invites an
 * anonymised candidate, the worker accepts (the name is revealed to that one employer, with a
 * consent and an audit entry) or declines; the pipeline goes meeting → trial → hired, which
 * records the placement, marks the worker placed and fills the vacancy (gone from search).
 * Illegal steps, bad input and other tenants' rows are refused without a write; decline and
 * withdrawal hide the identity again; the safety net reopens a transition inside its window only.
 */
import { and, asc, eq, inArray, isNull, notExists } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  consents,
  introductions,
  introductionStatusHistory,
  notifications,
  outbox,
  placements,
  users,
  vacancies,
  workerProfiles,
} from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { addDays, addMonths, daysBetween } from '~/server/lib/dates';
import { todayIso } from '~/server/lib/input';
import { PostgresSearchBackend } from '~/server/search/postgres/backend';
import { drainOutbox } from '~/server/search/sync';
import { candidatePseudonymsFor } from '~/server/services/candidate-pseudonyms';
import { actorByEmail, callerFor, postAs } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { changedTables, tableFingerprinter, type TableFingerprints } from '~/tests/helpers/writes';

interface ErrorBody {
  error?: { json: { message: string; data: { httpStatus: number } } };
}

let database: TestDatabase;
let fingerprint: () => Promise<TableFingerprints>;
/** At-risk workers of the second demo firm without any introduction yet: fresh candidates for the demo employer. */
let freshWorkers: { id: string; email: string; guidanceDeadline: string }[];

beforeAll(async () => {
  database = await createSeededTestDatabase();
  fingerprint = await tableFingerprinter(database.db);
  const { db } = database;
  const other = await actorByEmail(db, demoAccounts.otherEmployer, 'employer');
  freshWorkers = await db
    .select({ id: workerProfiles.id, email: users.email, guidanceDeadline: workerProfiles.guidanceDeadline })
    .from(workerProfiles)
    .innerJoin(users, eq(users.id, workerProfiles.userId))
    .where(
      and(
        eq(workerProfiles.currentOrganisationId, other.organisationId),
        eq(workerProfiles.status, 'at_risk'),
        eq(workerProfiles.visibleToEmployers, true),
        notExists(db.select().from(introductions).where(eq(introductions.workerId, workerProfiles.id))),
      ),
    )
    .orderBy(asc(users.email));
});
afterAll(() => database?.destroy());

const employer = () => callerFor(database.db, demoAccounts.employer);
const otherEmployer = () => callerFor(database.db, demoAccounts.otherEmployer);
let next = 0;
const takeWorker = () => freshWorkers[next++]!;

/** A new open vacancy of the demo employer, with the given number of positions. */
async function openVacancy(positions = 1) {
  const caller = await employer();
  const created = await caller.vacancy.create({
    title: `Monteur ${Math.random().toString(36).slice(2, 8)}`,
    description: 'Onderhoud van installaties bij klanten in de regio.',
    hoursMin: 32,
    hoursMax: 40,
    contractType: 'permanent',
    city: 'Eindhoven',
    lat: 51.44,
    lon: 5.47,
    remote: 'on_site',
    salaryMin: 3000,
    salaryMax: 3800,
    startDate: addDays(todayIso(), 30),
    closesAt: addDays(todayIso(), 20),
    openToRetraining: true,
    skills: [],
    status: 'open',
  });
  if (positions !== 1) await database.db.update(vacancies).set({ positions }).where(eq(vacancies.id, created.id));
  return created;
}

/** The demo employer's pseudonym for a worker, as its candidate lists would show it. */
async function pseudonymOf(workerId: string, email = demoAccounts.employer) {
  const actor = await actorByEmail(database.db, email, 'employer');
  return (await candidatePseudonymsFor(database.db, actor, { workerIds: [workerId] })).get(workerId)!;
}

async function invite(worker = takeWorker(), vacancy?: { id: string }) {
  const v = vacancy ?? (await openVacancy());
  const candidateId = await pseudonymOf(worker.id);
  const introduction = await (
    await employer()
  ).introduction.invite({ vacancyId: v.id, candidateId, message: 'Zullen we kennismaken?' });
  return { introduction, worker, vacancyId: v.id, candidateId };
}

async function expectRefused(email: string, path: string, input: unknown, status: number, message: RegExp) {
  const before = await fingerprint();
  const { status: actual, body } = await postAs<ErrorBody>(database.db, email, path, input);
  expect({ status: actual, message: body.error?.json.message }).toEqual({
    status,
    message: expect.stringMatching(message),
  });
  expect(changedTables(before, await fingerprint())).toEqual([]);
}

const historyOf = (id: string) =>
  database.db
    .select()
    .from(introductionStatusHistory)
    .where(eq(introductionStatusHistory.introductionId, id))
    .orderBy(asc(introductionStatusHistory.id));
const workerRow = async (id: string) =>
  (await database.db.select().from(workerProfiles).where(eq(workerProfiles.id, id)))[0]!;

describe('from invitation to hire', () => {
  it('invites, reveals on acceptance, and goes meeting → secondment → hired with a placement and a filled vacancy', async () => {
    const { db } = database;
    const backend = new PostgresSearchBackend(db);
    const { introduction, worker, vacancyId, candidateId } = await invite();
    expect(introduction).toMatchObject({ status: 'proposed', initiatedBy: 'employer' });
    const workerCaller = await callerFor(db, worker.email);
    const invited = (await db.select().from(notifications).where(eq(notifications.kind, 'introductionInvited'))).find(
      (n) => (n.payload as { introductionId?: string }).introductionId === introduction.id,
    );
    expect(invited?.payload).toMatchObject({ introductionId: introduction.id, vacancyId, step: 'proposed' });

    // Before acceptance: pseudonym only.
    const hr = await employer();
    const before = await hr.introduction.get({ introductionId: introduction.id });
    expect(before).toMatchObject({ candidate: { candidateId, identity: null }, nextSteps: ['withdrawn'] });

    const accepted = await workerCaller.introduction.respond({ introductionId: introduction.id, answer: 'accept' });
    expect(accepted.status).toBe('accepted');
    const consent = await db.select().from(consents).where(eq(consents.introductionId, introduction.id));
    expect(consent).toEqual([expect.objectContaining({ scope: 'introduction', revokedAt: null, workerId: worker.id })]);
    const reveal = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'candidate.reveal'), eq(auditLog.subjectId, worker.id)));
    expect(reveal).toEqual([
      expect.objectContaining({ subjectType: 'worker_profile', organisationId: introduction.organisationId }),
    ]);
    expect((await workerRow(worker.id)).status).toBe('in_transition');
    const revealed = await hr.introduction.get({ introductionId: introduction.id });
    expect(revealed.candidate?.identity).toEqual({ name: expect.any(String), email: worker.email });
    // Accepting again changes nothing.
    await workerCaller.introduction.respond({ introductionId: introduction.id, answer: 'accept' });
    expect(await db.select().from(consents).where(eq(consents.introductionId, introduction.id))).toHaveLength(1);

    await hr.introduction.step({
      introductionId: introduction.id,
      step: 'meeting',
      date: addDays(todayIso(), 3),
      note: 'Kennismaking',
    });
    await hr.introduction.step({
      introductionId: introduction.id,
      step: 'trial',
      kind: 'secondment',
      startDate: addDays(todayIso(), 7),
      endDate: addDays(todayIso(), 97),
    });
    await drainOutbox(db, backend, { batchSize: 1000 });
    const hireDate = addDays(todayIso(), 100);
    const hired = await hr.introduction.step({ introductionId: introduction.id, step: 'hired', date: hireDate });
    expect(hired.status).toBe('hired');
    // Hiring twice does no harm.
    await hr.introduction.step({ introductionId: introduction.id, step: 'hired', date: hireDate });

    const rows = await db.select().from(placements).where(eq(placements.introductionId, introduction.id));
    expect(rows.map((p) => p.kind).sort()).toEqual(['hire', 'secondment']);
    const hire = rows.find((p) => p.kind === 'hire')!;
    const other = await actorByEmail(db, demoAccounts.otherEmployer, 'employer');
    expect(hire).toMatchObject({
      startDate: hireDate,
      fromOrganisationId: other.organisationId,
      toOrganisationId: introduction.organisationId,
      guidanceDaysLeft: Math.max(0, daysBetween(hireDate, worker.guidanceDeadline)),
    });
    expect((await workerRow(worker.id)).status).toBe('placed');
    const [vacancy] = await db.select().from(vacancies).where(eq(vacancies.id, vacancyId));
    expect(vacancy!.status).toBe('filled');
    const pending = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.aggregateId, vacancyId), isNull(outbox.processedAt)));
    expect(pending.map((o) => o.operation)).toContain('delete');
    await drainOutbox(db, backend, { batchSize: 1000 });
    const search = await (
      await callerFor(db, demoAccounts.worker)
    ).search.vacancies({ text: vacancy!.title, pageSize: 100 });
    expect(search.hits.map((h) => h.document.id)).not.toContain(vacancyId);

    const history = await historyOf(introduction.id);
    expect(history.map((h) => h.toStatus)).toEqual(['proposed', 'accepted', 'meeting', 'trial', 'hired']);
    expect(history.every((h) => h.changedByUserId)).toBe(true);
    // The worker sees it too, with the placement.
    const mine = await workerCaller.introduction.get({ introductionId: introduction.id });
    expect(mine.placements.find((p) => p.kind === 'hire')).toMatchObject({ canReopen: true, reopenedAt: null });
  });

  it('keeps a vacancy with two positions open after one hire, and withdraws the hired worker’s other introductions', async () => {
    const { db } = database;
    const vacancy = await openVacancy(2);
    const { introduction, worker } = await invite(undefined, vacancy);
    const elsewhere = await invite(worker);
    const workerCaller = await callerFor(db, worker.email);
    await workerCaller.introduction.respond({ introductionId: introduction.id, answer: 'accept' });
    await workerCaller.introduction.respond({ introductionId: elsewhere.introduction.id, answer: 'accept' });
    const hr = await employer();
    await hr.introduction.step({ introductionId: introduction.id, step: 'offer', date: todayIso() });
    await hr.introduction.step({ introductionId: introduction.id, step: 'hired', date: todayIso() });
    const [row] = await db.select().from(vacancies).where(eq(vacancies.id, vacancy.id));
    expect(row!.status).toBe('open');
    const [other] = await db.select().from(introductions).where(eq(introductions.id, elsewhere.introduction.id));
    expect(other!.status).toBe('withdrawn');
    const [last] = (await historyOf(other!.id)).slice(-1);
    expect(last).toMatchObject({ toStatus: 'withdrawn', changedByUserId: null, note: expect.stringMatching(/hired/) });
  });
});

describe('refusals', () => {
  it('refuses every illegal step with a clear message and writes nothing', async () => {
    const { introduction, worker } = await invite();
    const id = introduction.id;
    // The employer cannot take steps before the worker accepted, nor accept for them.
    await expectRefused(
      demoAccounts.employer,
      'introduction.step',
      { introductionId: id, step: 'meeting', date: todayIso() },
      400,
      /proposed cannot move to meeting/,
    );
    await expectRefused(
      demoAccounts.employer,
      'introduction.answerInterest',
      { introductionId: id, answer: 'accept' },
      400,
      /Only the worker/,
    );
    await expectRefused(
      demoAccounts.employer,
      'introduction.step',
      { introductionId: id, step: 'rejected' },
      400,
      /cannot move to rejected/,
    );
    await (
      await callerFor(database.db, worker.email)
    ).introduction.respond({ introductionId: id, answer: 'decline', reason: 'Te ver' });
    // Ended: nothing follows.
    await expectRefused(
      worker.email,
      'introduction.respond',
      { introductionId: id, answer: 'accept' },
      400,
      /has ended \(declined\)/,
    );
    await expectRefused(
      demoAccounts.employer,
      'introduction.step',
      { introductionId: id, step: 'hired', date: todayIso() },
      400,
      /has ended/,
    );
    await expectRefused(demoAccounts.employer, 'introduction.withdraw', { introductionId: id }, 400, /has ended/);
    // Skipping back or too far.
    const running = await invite();
    await (
      await callerFor(database.db, running.worker.email)
    ).introduction.respond({ introductionId: running.introduction.id, answer: 'accept' });
    await expectRefused(
      demoAccounts.employer,
      'introduction.step',
      { introductionId: running.introduction.id, step: 'hired', date: todayIso() },
      400,
      /accepted cannot move to hired/,
    );
    await expectRefused(
      demoAccounts.employer,
      'introduction.step',
      {
        introductionId: running.introduction.id,
        step: 'trial',
        kind: 'trial',
        startDate: todayIso(),
        endDate: addDays(todayIso(), -1),
      },
      400,
      /end date must not be before the start date/,
    );
  });

  it('answers another firm, another worker and another region as if the introduction did not exist', async () => {
    const { introduction, worker, vacancyId } = await invite();
    await expectRefused(
      demoAccounts.otherEmployer,
      'introduction.withdraw',
      { introductionId: introduction.id },
      404,
      /Introduction not found/,
    );
    await expectRefused(
      demoAccounts.worker,
      'introduction.respond',
      { introductionId: introduction.id, answer: 'accept' },
      404,
      /Introduction not found/,
    );
    await expect((await otherEmployer()).introduction.get({ introductionId: introduction.id })).rejects.toThrow(
      /not found/,
    );
    // Another firm cannot use the demo employer's pseudonym, nor invite for the demo employer's vacancy.
    const code = await pseudonymOf(worker.id);
    await expectRefused(
      demoAccounts.otherEmployer,
      'introduction.invite',
      { vacancyId, candidateId: code, message: 'Hallo' },
      404,
      /not found/,
    );
    await expectRefused(
      demoAccounts.employer,
      'introduction.invite',
      { vacancyId, candidateId: 'K-00000', message: 'Hallo' },
      404,
      /Candidate not found/,
    );
    await expectRefused(
      demoAccounts.employer,
      'introduction.invite',
      { vacancyId, candidateId: code, message: '' },
      400,
      /short message/,
    );
  });

  it('never shows another employer the name, and hides it again after a withdrawal', async () => {
    const { db } = database;
    const { introduction, worker } = await invite();
    await (
      await callerFor(db, worker.email)
    ).introduction.respond({ introductionId: introduction.id, answer: 'accept' });
    const hr = await employer();
    const list = await hr.introduction.listMine({ page: 1, status: 'accepted' });
    const row = list.rows.find((r) => r.id === introduction.id);
    expect(row?.candidate?.identity).toEqual({ name: expect.any(String), email: worker.email });
    const others = await (await otherEmployer()).introduction.listMine({ page: 1 });
    expect(JSON.stringify(others)).not.toContain(worker.email);

    await (
      await callerFor(db, worker.email)
    ).introduction.withdraw({ introductionId: introduction.id, note: 'Toch niet' });
    expect((await hr.introduction.get({ introductionId: introduction.id })).candidate?.identity).toBeNull();
    const [consent] = await db.select().from(consents).where(eq(consents.introductionId, introduction.id));
    expect(consent!.revokedAt).not.toBeNull();
    // The reveal stays in the audit log.
    const reveals = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'candidate.reveal'), eq(auditLog.subjectId, worker.id)));
    expect(reveals).toHaveLength(1);
  });
});

describe('a worker’s interest', () => {
  it('is answered by the employer; accepting it reveals the worker, a second request returns the same introduction', async () => {
    const { db } = database;
    const worker = takeWorker();
    const vacancy = await openVacancy();
    const caller = await callerFor(db, worker.email);
    const interest = await caller.market.expressInterest({ vacancyId: vacancy.id });
    expect(interest).toMatchObject({ status: 'proposed', initiatedBy: 'worker' });
    expect((await caller.market.expressInterest({ vacancyId: vacancy.id })).id).toBe(interest.id);
    await expectRefused(
      worker.email,
      'introduction.respond',
      { introductionId: interest.id, answer: 'accept' },
      400,
      /Only the employer/,
    );
    const answered = await (
      await employer()
    ).introduction.answerInterest({ introductionId: interest.id, answer: 'accept' });
    expect(answered.status).toBe('accepted');
    expect(await db.select().from(consents).where(eq(consents.introductionId, interest.id))).toHaveLength(1);
    // The worker's own firm's vacancy is refused.
    const own = await db
      .select({ id: vacancies.id })
      .from(vacancies)
      .where(
        and(
          eq(vacancies.organisationId, (await actorByEmail(db, demoAccounts.otherEmployer, 'employer')).organisationId),
          eq(vacancies.status, 'open'),
        ),
      )
      .limit(1);
    await expectRefused(worker.email, 'market.expressInterest', { vacancyId: own[0]!.id }, 400, /own employer/);
  });
});

describe('the safety net', () => {
  async function hiredWorker() {
    const { introduction, worker } = await invite();
    await (
      await callerFor(database.db, worker.email)
    ).introduction.respond({ introductionId: introduction.id, answer: 'accept' });
    const hr = await employer();
    await hr.introduction.step({ introductionId: introduction.id, step: 'offer', date: todayIso() });
    await hr.introduction.step({ introductionId: introduction.id, step: 'hired', date: todayIso() });
    const [hire] = await database.db
      .select()
      .from(placements)
      .where(and(eq(placements.introductionId, introduction.id), eq(placements.kind, 'hire')));
    return { worker, hire: hire! };
  }

  it('reopens inside the window, the deadline continuing from where it stood; a repeat changes nothing', async () => {
    const { worker, hire } = await hiredWorker();
    const caller = await callerFor(database.db, worker.email);
    const reopened = await caller.introduction.reopenTransition({ placementId: hire.id, endDate: todayIso() });
    expect(reopened.reopenedAt).not.toBeNull();
    const row = await workerRow(worker.id);
    expect(row.status).toBe('in_transition');
    expect(row.guidanceDeadline).toBe(addDays(todayIso(), hire.guidanceDaysLeft!));
    await caller.introduction.reopenTransition({ placementId: hire.id, endDate: todayIso() });
    expect((await workerRow(worker.id)).guidanceDeadline).toBe(row.guidanceDeadline);
  });

  it('lets the region’s coordinator reopen (notifying the worker), refuses outside the window and other tenants', async () => {
    const { db } = database;
    const { worker, hire } = await hiredWorker();
    await expectRefused(
      demoAccounts.otherRegionCoordinator,
      'introduction.reopenTransition',
      { placementId: hire.id, endDate: todayIso() },
      404,
      /Placement not found/,
    );
    await expectRefused(
      demoAccounts.worker,
      'introduction.reopenTransition',
      { placementId: hire.id, endDate: todayIso() },
      404,
      /Placement not found/,
    );
    // Thirteen months ago: outside the region's twelve-month window.
    const longAgo = addMonths(todayIso(), -13);
    await db.update(placements).set({ startDate: longAgo }).where(eq(placements.id, hire.id));
    await expectRefused(
      demoAccounts.coordinator,
      'introduction.reopenTransition',
      { placementId: hire.id, endDate: todayIso() },
      409,
      /safety net of this placement ended/,
    );
    await db
      .update(placements)
      .set({ startDate: addMonths(todayIso(), -11) })
      .where(eq(placements.id, hire.id));
    await (
      await callerFor(db, demoAccounts.coordinator)
    ).introduction.reopenTransition({ placementId: hire.id, endDate: todayIso() });
    expect((await workerRow(worker.id)).status).toBe('in_transition');
    const told = await db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.kind, 'transitionReopened'),
          inArray(notifications.dedupeKey, [`transitionReopened:${hire.id}`]),
        ),
      );
    expect(told).toHaveLength(1);
  });
});
