/**
 * The background jobs a vacancy's dates call for, queued in the transaction of the change that
 * sets those dates. Jobs are rows (server/jobs/queue.ts), so they survive restarts; their
 * handlers are in vacancy-jobs.ts.
 */
import type { Database } from '~/db/client';
import { addDays, type IsoDate } from '~/server/lib/dates';
import { dutchToday, startOfDutchDay } from '~/server/lib/dutch-day';
import { enqueueJob } from '~/server/jobs/queue';

/** Closes one vacancy once its closing date is over. */
export const CLOSE_ON_DATE = 'vacancy.close-on-date';
/** Once a day: closes every open vacancy whose closing date is over, in case a job above was lost. */
export const CLOSE_OVERDUE = 'vacancy.close-overdue';
/** When a priority window ends: the vacancy is matched again, now with every worker the region shares it with. */
export const PRIORITY_WINDOW_ENDED = 'vacancy.priority-window-ended';

/** A closing date is the last day: the vacancy closes when the next day begins in the Netherlands. */
export const closingMoment = (closesAt: IsoDate): Date => startOfDutchDay(addDays(closesAt, 1));

/**
 * Queues the closing of a vacancy on its date. The key holds the date: a vacancy whose date
 * changed gets a job for the new date, and the job for the old one finds the date changed and
 * leaves the vacancy open.
 */
export async function scheduleClosing(db: Database, vacancy: { id: string; closesAt: IsoDate | null }) {
  if (!vacancy.closesAt) return;
  await enqueueJob(db, {
    kind: CLOSE_ON_DATE,
    payload: { vacancyId: vacancy.id, closesAt: vacancy.closesAt },
    runAt: closingMoment(vacancy.closesAt),
    dedupeKey: `vacancy:${vacancy.id}:closes:${vacancy.closesAt}`,
  });
}

/** Queues the end of a vacancy's priority window (published once, so one job per vacancy). */
export async function schedulePriorityWindowEnd(db: Database, vacancy: { id: string; priorityUntil: Date | null }) {
  if (!vacancy.priorityUntil) return;
  await enqueueJob(db, {
    kind: PRIORITY_WINDOW_ENDED,
    payload: { vacancyId: vacancy.id },
    runAt: vacancy.priorityUntil,
    dedupeKey: `vacancy:${vacancy.id}:priority-window-ends`,
  });
}

/** Queues the sweep of the next Dutch day (once: the day is in the key). Each sweep queues the next. */
export async function scheduleClosingSweep(db: Database, now: Date = new Date()) {
  const tomorrow = addDays(dutchToday(now), 1);
  await enqueueJob(db, {
    kind: CLOSE_OVERDUE,
    runAt: startOfDutchDay(tomorrow),
    dedupeKey: `vacancies:close-overdue:${tomorrow}`,
  });
}
