/**
 * Notifications: notify() once per key; each user lists, counts and marks only their own;
 * the choice of notification mail; the mail itself (at once: one mail per notification even
 * when two sweeps run at the same time; daily: one digest; off: none) as .eml files in the
 * user's language; strong matches and candidates announced once per pair however often the
 * engine rematches, to employers by pseudonym only; and the firm's approval.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { TRPCError } from '@trpc/server';
import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobs, notifications, users, vacancies, workerProfiles } from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { runDueJobs } from '~/server/jobs/queue';
import { dutchToday } from '~/server/lib/dutch-day';
import { rematchWorker } from '~/server/matching/engine';
import { loadMatchContext } from '~/server/matching/load';
import { createMailer } from '~/server/mail/mailer';
import { mailJobHandlers } from '~/server/mail/queue';
import {
  mailDigest,
  mailImmediateNotifications,
  notificationJobHandlers,
  queueDigests,
} from '~/server/notifications/delivery';
import { DIGEST_USER, MAIL_SWEEP } from '~/server/notifications/mail-schedule';
import { notify } from '~/server/notifications/notify';
import { notifyStrongMatches, STRONG_MATCH } from '~/server/notifications/strong-matches';
import { CANDIDATE_CODE_PATTERN } from '~/server/services/candidate-pseudonyms';
import { callerFor, sessionUserByEmail } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { changedTables, tableFingerprinter, type TableFingerprints } from '~/tests/helpers/writes';

let database: TestDatabase;
let fingerprint: () => Promise<TableFingerprints>;
let mailDir: string;

beforeAll(async () => {
  database = await createSeededTestDatabase();
  fingerprint = await tableFingerprinter(database.db);
  mailDir = await mkdtemp(path.join(os.tmpdir(), 'overstap-notification-mail-'));
});
afterAll(async () => {
  await database?.destroy();
  await rm(mailDir, { recursive: true, force: true });
});

const origin = 'https://overstap.example';
const onPostgres = () => database.label.startsWith('postgres');
const userId = async (email: string) => (await sessionUserByEmail(database.db, email)).id;
const codeOf = (error: unknown) => (error instanceof TRPCError ? error.code : String(error));

/** Runs every due job (the notification jobs and the mail they queue) until none is left. */
async function drainJobs() {
  const mailer = createMailer({ from: 'Overstap <noreply@overstap.example>', mailDir });
  const handlers = { ...notificationJobHandlers(), ...mailJobHandlers(() => mailer) };
  for (;;) {
    // Every queued job is due now, whatever time it was queued for.
    await database.db.execute(sql`update jobs set run_at = now() where done_at is null and failed_at is null`);
    const { done, retried, failed } = await runDueJobs(database.db, handlers, { batchSize: 100 });
    if (done + retried + failed === 0) return;
  }
}

/** The mails written so far to `to`, parsed. */
async function mailsTo(to: string): Promise<ParsedMail[]> {
  const files = (await readdir(mailDir)).filter((f) => f.endsWith('.eml')).sort();
  const parsed = await Promise.all(files.map(async (f) => simpleParser(await readFile(path.join(mailDir, f)))));
  return parsed.filter((m) => (m.to && 'text' in m.to ? m.to.text : '').includes(to));
}

async function notificationOf(id: string) {
  const [row] = await database.db.select().from(notifications).where(eq(notifications.id, id));
  return row!;
}

async function newNotification(email: string, title: string) {
  const uid = await userId(email);
  const dedupeKey = `test:${title}`;
  await notify(database.db, {
    userIds: [uid],
    kind: 'strongMatch',
    payload: { vacancyId: null, title, organisation: 'Testbedrijf' },
    dedupeKey,
  });
  const [row] = await database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, uid), eq(notifications.dedupeKey, dedupeKey)));
  return row!;
}

describe('notify', () => {
  it('records a notification once per user and key, and queues the mail sweep with it', async () => {
    const { db } = database;
    const uid = await userId(demoAccounts.worker);
    const event = {
      userIds: [uid, uid],
      kind: 'transitionReopened' as const,
      payload: {},
      dedupeKey: 'transitionReopened:test',
    };
    expect(await notify(db, event)).toBe(1);
    expect(await notify(db, event)).toBe(0);
    const [rows] = await db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, uid), eq(notifications.dedupeKey, 'transitionReopened:test')));
    expect(rows!.n).toBe(1);
    const [sweeps] = await db.select({ n: count() }).from(jobs).where(eq(jobs.kind, MAIL_SWEEP));
    expect(sweeps!.n).toBeGreaterThan(0);
  });
});

describe('the list, the count and reading', () => {
  it('lists the caller’s own notifications newest first, with where each leads, and counts the unread', async () => {
    const worker = await callerFor(database.db, demoAccounts.worker);
    const list = await worker.notification.listMine({ page: 1 });
    const uid = await userId(demoAccounts.worker);
    const [own] = await database.db.select({ n: count() }).from(notifications).where(eq(notifications.userId, uid));
    expect(list.total).toBe(own!.n);
    expect(list.rows.length).toBeGreaterThan(2);
    const times = list.rows.map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(list.rows.some((r) => r.readAt !== null)).toBe(true);
    expect(list.rows.find((r) => r.kind === 'strongMatch')?.href).toBe('/worker/matches');
    const { unread } = await worker.notification.unreadCount();
    expect(unread).toBe(list.rows.filter((r) => r.readAt === null).length);
    expect(list.unread).toBe(unread);
  });

  it('pages the list in the procedure', async () => {
    const worker = await callerFor(database.db, demoAccounts.worker);
    const far = await worker.notification.listMine({ page: 50 });
    expect(far.rows).toEqual([]);
    expect(far.total).toBeGreaterThan(0);
    await expect(worker.notification.listMine({ page: 0 })).rejects.toSatisfy((e) => codeOf(e) === 'BAD_REQUEST');
  });

  it('marks one read (again: nothing changes), and another user’s answers as missing, without a write', async () => {
    const worker = await callerFor(database.db, demoAccounts.worker);
    const employer = await callerFor(database.db, demoAccounts.employer);
    const [first] = (await worker.notification.listMine({ page: 1 })).rows.filter((r) => r.readAt === null);
    const before = (await worker.notification.unreadCount()).unread;
    const read = await worker.notification.markRead({ notificationId: first!.id });
    expect(read.readAt).toBeInstanceOf(Date);
    expect((await worker.notification.unreadCount()).unread).toBe(before - 1);
    const again = await worker.notification.markRead({ notificationId: first!.id });
    expect(again.readAt).toEqual(read.readAt);

    const [theirs] = (await employer.notification.listMine({ page: 1 })).rows.filter((r) => r.readAt === null);
    const tables = await fingerprint();
    await expect(worker.notification.markRead({ notificationId: theirs!.id })).rejects.toSatisfy(
      (e) => codeOf(e) === 'NOT_FOUND',
    );
    await expect(
      worker.notification.markRead({ notificationId: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toSatisfy((e) => codeOf(e) === 'NOT_FOUND');
    await expect(worker.notification.markRead({ notificationId: 'not-an-id' })).rejects.toSatisfy(
      (e) => codeOf(e) === 'BAD_REQUEST',
    );
    expect(changedTables(tables, await fingerprint())).toEqual([]);
    expect((await notificationOf(theirs!.id)).readAt).toBeNull();
  });

  it('marks all of the caller’s own read, and only those', async () => {
    const worker = await callerFor(database.db, demoAccounts.worker);
    const employer = await callerFor(database.db, demoAccounts.employer);
    const employerUnread = (await employer.notification.unreadCount()).unread;
    expect(employerUnread).toBeGreaterThan(0);
    const before = (await worker.notification.unreadCount()).unread;
    expect((await worker.notification.markAllRead()).marked).toBe(before);
    expect((await worker.notification.unreadCount()).unread).toBe(0);
    expect((await worker.notification.markAllRead()).marked).toBe(0);
    expect((await employer.notification.unreadCount()).unread).toBe(employerUnread);
  });
});

describe('the choice of notification mail', () => {
  it('reads and sets the caller’s own choice, refusing one that does not exist without a write', async () => {
    const coordinator = await callerFor(database.db, demoAccounts.coordinator);
    expect(await coordinator.notification.preferences()).toEqual({ notificationEmail: 'immediate' });
    expect(await coordinator.notification.setPreferences({ notificationEmail: 'daily' })).toEqual({
      notificationEmail: 'daily',
    });
    expect(await coordinator.notification.preferences()).toEqual({ notificationEmail: 'daily' });
    const tables = await fingerprint();
    const refused = await coordinator.notification
      .setPreferences({ notificationEmail: 'weekly' as 'daily' })
      .catch((e: unknown) => e);
    expect(codeOf(refused)).toBe('BAD_REQUEST');
    expect((refused as Error).message).toContain('must be immediate, daily or off');
    expect(changedTables(tables, await fingerprint())).toEqual([]);
    await coordinator.notification.setPreferences({ notificationEmail: 'immediate' });
    // Someone else's choice is untouched.
    const admin = await callerFor(database.db, demoAccounts.admin);
    expect(await admin.notification.preferences()).toEqual({ notificationEmail: 'immediate' });
  });
});

describe('notification mail', () => {
  it('mails at once exactly once, even when two sweeps run at the same time, in the user’s language', async () => {
    const { db } = database;
    // The worker reads English; two notifications, so two mails.
    await db
      .update(users)
      .set({ locale: 'en', notificationEmail: 'immediate' })
      .where(eq(users.email, demoAccounts.worker));
    const a = await newNotification(demoAccounts.worker, 'Lasser bij Testbedrijf A');
    await newNotification(demoAccounts.worker, 'Lasser bij Testbedrijf B');
    const sweep = () => mailImmediateNotifications(db, new Date(), origin);
    // Two instances at once on PostgreSQL; PGlite has one connection, so one after the other there.
    const counts = onPostgres() ? await Promise.all([sweep(), sweep()]) : [await sweep(), await sweep()];
    expect(counts.reduce((n, c) => n + c, 0)).toBeGreaterThanOrEqual(2);
    expect((await notificationOf(a.id)).emailedAt).toBeInstanceOf(Date);
    expect(await sweep()).toBe(0);
    // And the job that runs the sweep (queued by notify) finds nothing left either.
    await drainJobs();
    const mails = await mailsTo(demoAccounts.worker);
    for (const title of ['Lasser bij Testbedrijf A', 'Lasser bij Testbedrijf B']) {
      const forIt = mails.filter((m) => m.subject?.includes(title));
      expect(forIt).toHaveLength(1);
      expect(forIt[0]!.subject).toBe(`Overstap: New strong match: ${title} at Testbedrijf`);
      expect(forIt[0]!.headers.get('content-language')).toBe('en');
      expect(forIt[0]!.text).toContain(`${origin}/notifications`);
    }
  });

  it('sends a daily digest once per day with everything unmailed, and nothing to a user who chose none', async () => {
    const { db } = database;
    await db.update(users).set({ notificationEmail: 'daily' }).where(eq(users.email, demoAccounts.employer));
    await db.update(users).set({ notificationEmail: 'off' }).where(eq(users.email, demoAccounts.otherEmployer));
    const first = await newNotification(demoAccounts.employer, 'Digest een');
    const second = await newNotification(demoAccounts.employer, 'Digest twee');
    const silent = await newNotification(demoAccounts.otherEmployer, 'Nooit gemaild');

    // The sweep for immediate mail leaves both alone.
    await mailImmediateNotifications(db, new Date(), origin);
    expect((await notificationOf(first.id)).emailedAt).toBeNull();

    const date = dutchToday();
    expect(await queueDigests(db, date)).toBeGreaterThanOrEqual(1);
    expect(await queueDigests(db, date)).toBe(0); // once per user and day
    const employerId = await userId(demoAccounts.employer);
    const [queued] = await db
      .select({ n: count() })
      .from(jobs)
      .where(and(eq(jobs.kind, DIGEST_USER), eq(jobs.dedupeKey, `notifications:digest:${employerId}:${date}`)));
    expect(queued!.n).toBe(1);
    // The job runs twice (a retry after a crash): the second finds nothing to mail.
    expect(await mailDigest(db, employerId, date, new Date(), origin)).toBeGreaterThanOrEqual(2);
    expect(await mailDigest(db, employerId, date, new Date(), origin)).toBe(0);
    await drainJobs();

    const digests = (await mailsTo(demoAccounts.employer)).filter((m) => m.text?.includes('Digest een'));
    expect(digests).toHaveLength(1);
    expect(digests[0]!.text).toContain('Digest twee');
    expect(digests[0]!.subject).toMatch(/nieuwe meldingen in Overstap$/);
    expect(digests[0]!.headers.get('content-language')).toBe('nl');
    expect((await notificationOf(second.id)).emailedAt).toBeInstanceOf(Date);

    expect(await mailsTo(demoAccounts.otherEmployer)).toEqual([]);
    expect((await notificationOf(silent.id)).emailedAt).toBeNull();
  });
});

describe('strong matches and candidates', () => {
  async function strongPair() {
    const { db } = database;
    const worker = await sessionUserByEmail(db, demoAccounts.worker);
    const [profile] = await db.select().from(workerProfiles).where(eq(workerProfiles.userId, worker.id));
    await db.update(workerProfiles).set({ visibleToEmployers: true }).where(eq(workerProfiles.id, profile!.id));
    // An open vacancy at the second demo employer, which is not the worker's own firm.
    const other = await sessionUserByEmail(db, demoAccounts.otherEmployer);
    const [vacancy] = await db
      .select({ id: vacancies.id, title: vacancies.title, organisationId: vacancies.organisationId })
      .from(vacancies)
      .where(and(eq(vacancies.status, 'open'), eq(vacancies.organisationId, other.organisationId!)))
      .limit(1);
    return { worker, profile: profile!, vacancy: vacancy! };
  }

  it('tells the worker and the vacancy’s HR once per pair, the HR by pseudonym only', async () => {
    const { db } = database;
    const { worker, profile, vacancy } = await strongPair();
    const pair = { workerId: profile.id, vacancyId: vacancy.id, score: STRONG_MATCH + 0.05 };
    const first = await db.transaction((tx) => notifyStrongMatches(tx, [pair]));
    expect(first.workers).toBe(1);
    expect(first.employers).toBeGreaterThanOrEqual(1);
    // A second rematch that sees the pair as new again (it dropped and came back): no news.
    expect(await db.transaction((tx) => notifyStrongMatches(tx, [pair]))).toEqual({ workers: 0, employers: 0 });

    const toEmployer = await db
      .select()
      .from(notifications)
      .where(eq(notifications.dedupeKey, `strongCandidate:${profile.id}:${vacancy.id}`));
    expect(toEmployer.length).toBe(first.employers);
    for (const n of toEmployer) {
      expect(n.payload.candidate).toMatch(CANDIDATE_CODE_PATTERN);
      expect(JSON.stringify(n.payload)).not.toContain(worker.name);
      expect(JSON.stringify(n.payload)).not.toContain(profile.id);
    }
    const employerCaller = await callerFor(
      db,
      (await db.select({ email: users.email }).from(users).where(eq(users.id, toEmployer[0]!.userId)))[0]!.email,
    );
    const listed = (await employerCaller.notification.listMine({ page: 1 })).rows.find(
      (r) => r.id === toEmployer[0]!.id,
    );
    expect(listed?.href).toBe(`/employer/vacancies/${vacancy.id}/candidates`);
  });

  it('leaves out weak pairs, closed vacancies, and (to employers) workers who are not findable', async () => {
    const { db } = database;
    const { profile } = await strongPair();
    const [closed] = await db
      .select({ id: vacancies.id })
      .from(vacancies)
      .where(eq(vacancies.status, 'closed'))
      .limit(1);
    const [other] = await db
      .select({ id: vacancies.id })
      .from(vacancies)
      .where(
        and(eq(vacancies.status, 'open'), eq(vacancies.organisationId, (await strongPair()).vacancy.organisationId)),
      )
      .offset(1)
      .limit(1);
    await db.update(workerProfiles).set({ visibleToEmployers: false }).where(eq(workerProfiles.id, profile.id));
    const result = await db.transaction((tx) =>
      notifyStrongMatches(tx, [
        { workerId: profile.id, vacancyId: closed!.id, score: 0.95 },
        { workerId: profile.id, vacancyId: other!.id, score: STRONG_MATCH - 0.01 },
      ]),
    );
    expect(result).toEqual({ workers: 0, employers: 0 });
    const hidden = await db.transaction((tx) =>
      notifyStrongMatches(tx, [{ workerId: profile.id, vacancyId: other!.id, score: 0.9 }]),
    );
    expect(hidden).toEqual({ workers: 1, employers: 0 });
    await db.update(workerProfiles).set({ visibleToEmployers: true }).where(eq(workerProfiles.id, profile.id));
  });

  it('announces each strong pair once across rematches, even when the pair dropped out in between', async () => {
    const { db } = database;
    const { profile } = await strongPair();
    const context = await loadMatchContext(db, profile.regionId);
    const pairs = () =>
      db
        .select({ n: count() })
        .from(notifications)
        .where(inArray(notifications.kind, ['strongMatch', 'strongCandidate']));
    await rematchWorker(db, context, profile.id);
    const [afterFirst] = await pairs();
    // The stored matches are lost (the pairs will look new): the dedupe keys still hold.
    await db.execute(sql`delete from matches where worker_id = ${profile.id}`);
    const second = await rematchWorker(db, context, profile.id);
    expect(second.newStrong).toBe(0);
    const [afterSecond] = await pairs();
    expect(afterSecond!.n).toBe(afterFirst!.n);
  });
});

describe('a firm’s approval', () => {
  it('notifies the firm’s HR users of the decision in the app, and leaves its mail to the decision mail', async () => {
    const { db } = database;
    const coordinator = await callerFor(db, demoAccounts.coordinator);
    const hrId = await userId(demoAccounts.pendingEmployer);
    const firm = { id: (await sessionUserByEmail(db, demoAccounts.pendingEmployer)).organisationId! };
    await coordinator.organisation.decideApproval({ organisationId: firm!.id, decision: 'approved', reason: null });
    // Deciding the same again changes nothing.
    await coordinator.organisation.decideApproval({ organisationId: firm!.id, decision: 'approved', reason: null });
    const rows = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, hrId), eq(notifications.kind, 'organisationApproved')));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.payload).toEqual({ decision: 'approved', reason: null });
    const pending = await callerFor(db, demoAccounts.pendingEmployer);
    expect((await pending.notification.unreadCount()).unread).toBe(1);

    await mailImmediateNotifications(db, new Date(), origin);
    const [unmailed] = await db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.id, rows[0]!.id), isNull(notifications.emailedAt)));
    expect(unmailed!.n).toBe(1);
  });
});
