/**
 * When notification mail goes out: jobs in the job table (server/jobs/queue.ts), so a restart
 * loses nothing. A new notification queues a sweep for the end of its minute (one job per
 * minute with news, however many notifications); an hourly sweep that queues its successor
 * catches whatever that missed (a user who switched to immediate mail). The daily digest runs
 * once a day at DIGEST_HOUR in the Netherlands and queues one job per user. The handlers are in
 * delivery.ts.
 */
import type { Database } from '~/db/client';
import { addDays, type IsoDate } from '~/server/lib/dates';
import { dutchToday, startOfDutchDay } from '~/server/lib/dutch-day';
import { enqueueJob } from '~/server/jobs/queue';

/** Mails the unmailed notifications of users who want them at once. */
export const MAIL_SWEEP = 'notifications.mail-sweep';
/** Once a day: queues a digest for each user who wants one. */
export const DIGEST_DAY = 'notifications.digest-day';
/** One user's digest of one day. */
export const DIGEST_USER = 'notifications.digest';

/** The hour (Europe/Amsterdam) the daily digest goes out: the end of the working day. */
export const DIGEST_HOUR = 17;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Queues the sweep of the current minute, due when the minute ends. Called by notify() in the
 * transaction of the event, so the sweep exists exactly when the notification does.
 */
export async function scheduleMailSweep(db: Database, now: Date = new Date()) {
  const slotEnd = Math.floor(now.getTime() / MINUTE) * MINUTE + MINUTE;
  await enqueueJob(db, {
    kind: MAIL_SWEEP,
    runAt: new Date(slotEnd),
    dedupeKey: `notifications:mail-sweep:${new Date(slotEnd).toISOString()}`,
  });
}

/** Queues the hourly safety sweep of the next hour (once: the hour is in the key). Each queues the next. */
export async function scheduleHourlyMailSweep(db: Database, now: Date = new Date()) {
  const nextHour = Math.floor(now.getTime() / HOUR) * HOUR + HOUR;
  await enqueueJob(db, {
    kind: MAIL_SWEEP,
    payload: { hourly: true },
    runAt: new Date(nextHour),
    dedupeKey: `notifications:mail-sweep:hourly:${new Date(nextHour).toISOString()}`,
  });
}

/**
 * DIGEST_HOUR on a Dutch day. Counted from the day's start: on the two days a year the clocks
 * change before that hour, the digest goes out an hour early or late, which is harmless.
 */
export const digestMoment = (date: IsoDate): Date => new Date(startOfDutchDay(date).getTime() + DIGEST_HOUR * HOUR);

/** Queues the next digest day: today's if its hour is still to come, otherwise tomorrow's. */
export async function scheduleDigestDay(db: Database, now: Date = new Date()) {
  const today = dutchToday(now);
  const date = digestMoment(today) > now ? today : addDays(today, 1);
  await enqueueJob(db, {
    kind: DIGEST_DAY,
    payload: { date },
    runAt: digestMoment(date),
    dedupeKey: `notifications:digest-day:${date}`,
  });
}
