/**
 * Notification mail: each notification of a user who wants mail at once gets a mail of its own;
 * a user who wants a daily digest gets one mail a day with what came in since the last one;
 * a user who wants none gets none (the notifications stay in the app).
 *
 * Exactly once: a sweep claims unmailed rows by setting `emailed_at` (skipping rows another
 * instance holds, `for update skip locked`) and queues their mail in the same transaction, so
 * two instances sweeping at once never claim one row twice, and a crash before the commit
 * leaves the rows for the next sweep. The mail job's dedupe key (the notification, or the user
 * and day) makes a second queueing a no-op even so. Sending itself is the mail job's, with retries.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import type { JobHandler } from '~/server/jobs/queue';
import { publicOrigin } from '~/server/lib/request-origin';
import { queueMail } from '~/server/mail/queue';
import { rowsOf } from '~/server/search/postgres/rows';
import type { Role } from '~/server/auth/roles';
import { digestMail, immediateMail, type MailRecipient } from './mail';
import { DIGEST_DAY, DIGEST_USER, MAIL_SWEEP, scheduleDigestDay, scheduleHourlyMailSweep } from './mail-schedule';

/** Older than this, a notification is no longer news by mail (a user who just turned mail on gets no backlog). */
const MAIL_WINDOW_DAYS = 3;
/** Rows claimed per transaction. */
const CLAIM_BATCH = 100;
/** Kinds that have a mail of their own already: the firm's approval decision (server/services/organisation-mail.ts). */
const MAILED_ELSEWHERE = ['organisationApproved'];

interface ClaimedRow {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  user_id: string;
  email: string;
  name: string;
  locale: string;
  role: Role | null;
  created_at: Date | string;
}

const recipientOf = (row: ClaimedRow): MailRecipient => ({
  email: row.email,
  name: row.name,
  locale: row.locale,
  // Every account has a membership; a stray one without reads its links as a worker's.
  role: row.role ?? 'worker',
});

/**
 * Claims unmailed notifications matching `which` (a condition on `n` and `u`), marking them
 * mailed now, and returns them with their recipient. Run inside the transaction that queues their mail.
 */
async function claim(db: Database, now: Date, which: ReturnType<typeof sql>, limit: number | null) {
  const since = new Date(now.getTime() - MAIL_WINDOW_DAYS * 86_400_000);
  return rowsOf<ClaimedRow>(
    await db.execute(sql`
      update notifications n set emailed_at = ${now.toISOString()}::timestamptz
      from users u
      where u.id = n.user_id and n.emailed_at is null and n.id in (
        select n.id from notifications n join users u on u.id = n.user_id
        where n.emailed_at is null and n.read_at is null and n.created_at > ${since.toISOString()}::timestamptz
          and n.kind <> all(${sql`array[${sql.join(
            MAILED_ELSEWHERE.map((k) => sql`${k}`),
            sql`, `,
          )}]::text[]`})
          and u.disabled_at is null and u.erased_at is null
          and ${which}
        order by n.created_at, n.id
        ${limit === null ? sql`` : sql`limit ${limit}`}
        for update of n skip locked)
      returning n.id, n.kind, n.payload, n.user_id, n.created_at, u.email, u.name, u.locale,
        (select m.role from memberships m where m.user_id = u.id) as role`),
  );
}

/**
 * Mails every unmailed notification of the users who want mail at once, one mail each.
 * Returns how many it mailed. Safe to run on several instances at once.
 */
export async function mailImmediateNotifications(
  db: Database,
  now: Date = new Date(),
  origin = publicOrigin(null),
): Promise<number> {
  let mailed = 0;
  for (;;) {
    const claimed = await db.transaction(async (tx) => {
      const rows = await claim(tx, now, sql`u.notification_email = 'immediate'`, CLAIM_BATCH);
      for (const row of rows) {
        await queueMail(tx, immediateMail(recipientOf(row), row, origin), `notification:${row.id}`);
      }
      return rows.length;
    });
    mailed += claimed;
    if (claimed < CLAIM_BATCH) return mailed;
  }
}

/**
 * Queues the digest of `date` for every user who wants a daily digest and has unmailed
 * notifications: one job per user (a failing mail holds up no one else), once per user and day.
 */
export async function queueDigests(db: Database, date: string, now: Date = new Date()): Promise<number> {
  const since = new Date(now.getTime() - MAIL_WINDOW_DAYS * 86_400_000);
  const queued = rowsOf<{ id: number }>(
    await db.execute(sql`
      insert into jobs (kind, payload, run_at, dedupe_key, max_attempts)
      select ${DIGEST_USER}, jsonb_build_object('userId', u.id, 'date', ${date}::text), ${now.toISOString()}::timestamptz,
        'notifications:digest:' || u.id || ':' || ${date}::text, 5
      from users u
      where u.notification_email = 'daily' and u.disabled_at is null and u.erased_at is null
        and exists (select 1 from notifications n where n.user_id = u.id and n.emailed_at is null
          and n.read_at is null and n.created_at > ${since.toISOString()}::timestamptz)
      on conflict do nothing
      returning id`),
  );
  return queued.length;
}

/** One user's digest of `date`: everything unmailed in one mail (none when there is nothing). Returns how many it listed. */
export async function mailDigest(
  db: Database,
  userId: string,
  date: string,
  now: Date = new Date(),
  origin = publicOrigin(null),
): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await claim(tx, now, sql`u.id = ${userId} and u.notification_email = 'daily'`, null);
    if (rows.length === 0) return 0;
    // In the order they happened (`returning` has none of its own).
    rows.sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime());
    await queueMail(tx, digestMail(recipientOf(rows[0]!), rows, origin), `digest:${userId}:${date}`);
    return rows.length;
  });
}

/** The handlers by job kind, registered in server/jobs/runtime.ts; `clock` lets tests pick the time. */
export function notificationJobHandlers(clock: () => Date = () => new Date()): Record<string, JobHandler> {
  return {
    [MAIL_SWEEP]: async (db, job) => {
      const now = clock();
      // The hourly sweep queues its successor first: a sweep that fails still has one.
      if (job.payload.hourly) await scheduleHourlyMailSweep(db, now);
      await mailImmediateNotifications(db, now);
    },
    [DIGEST_DAY]: async (db, job) => {
      const now = clock();
      await scheduleDigestDay(db, now);
      await queueDigests(db, String(job.payload.date), now);
    },
    [DIGEST_USER]: async (db, job) => {
      const { userId, date } = job.payload as { userId: string; date: string };
      await mailDigest(db, userId, date, clock());
    },
  };
}

/** Queues the first recurring jobs (or finds them queued): called when the app's job worker starts. */
export async function scheduleNotificationJobs(db: Database, now: Date = new Date()) {
  await scheduleHourlyMailSweep(db, now);
  await scheduleDigestDay(db, now);
}
