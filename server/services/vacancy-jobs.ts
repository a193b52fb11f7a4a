/**
 * The background jobs of vacancies (queued by vacancy-schedule.ts): closing a vacancy when its
 * closing date is over, a daily sweep that closes whatever such a job missed, and a rematch
 * when a priority window ends. Each judges the vacancy as it is when the job runs, so a job
 * queued for a date that has since changed does nothing.
 */
import { and, eq, lt } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { vacancies } from '~/db/schema';
import { dutchToday } from '~/server/lib/dutch-day';
import type { JobHandler } from '~/server/jobs/queue';
import { refreshVacancyPool } from '~/server/matching/background';
import { enqueueSearchSync } from './outbox';
import { CLOSE_ON_DATE, CLOSE_OVERDUE, PRIORITY_WINDOW_ENDED, scheduleClosingSweep } from './vacancy-schedule';
import { closeVacancyRow } from './vacancy-state';

const closedByDate = { action: 'vacancy.close', actorUserId: null, metadata: { reason: 'closing date passed' } };

/** Closes the vacancy if it is open and its closing date is still `closesAt` and over (in the Netherlands) at `now`. */
async function closeIfDue(db: Database, vacancyId: string, closesAt: string, now: Date): Promise<boolean> {
  const closed = await db.transaction(async (tx) => {
    const [vacancy] = await tx.select().from(vacancies).where(eq(vacancies.id, vacancyId)).for('update');
    const due = vacancy?.status === 'open' && vacancy.closesAt === closesAt && closesAt < dutchToday(now);
    if (!due) return false;
    await closeVacancyRow(tx, vacancy, closedByDate);
    return true;
  });
  if (closed) await refreshVacancyPool(db, [vacancyId]);
  return closed;
}

/** Closes every open vacancy whose closing date is over at `now`; returns their ids. */
export async function closeOverdueVacancies(db: Database, now: Date): Promise<string[]> {
  const closed = await db.transaction(async (tx) => {
    const overdue = await tx
      .select()
      .from(vacancies)
      .where(and(eq(vacancies.status, 'open'), lt(vacancies.closesAt, dutchToday(now))))
      .for('update', { skipLocked: true });
    for (const vacancy of overdue) await closeVacancyRow(tx, vacancy, closedByDate);
    return overdue.map((v) => v.id);
  });
  if (closed.length > 0) await refreshVacancyPool(db, closed);
  return closed;
}

/**
 * The handlers by job kind, registered in server/jobs/runtime.ts. `clock` is the current time
 * (tests pass a later day instead of waiting for it).
 */
export function vacancyJobHandlers(clock: () => Date = () => new Date()): Record<string, JobHandler> {
  return {
    [CLOSE_ON_DATE]: async (db, job) => {
      const { vacancyId, closesAt } = job.payload as { vacancyId: string; closesAt: string };
      await closeIfDue(db, vacancyId, closesAt, clock());
    },
    [CLOSE_OVERDUE]: async (db) => {
      const now = clock();
      // Tomorrow's sweep first: a sweep that fails still has a successor.
      await scheduleClosingSweep(db, now);
      await closeOverdueVacancies(db, now);
    },
    [PRIORITY_WINDOW_ENDED]: async (db, job) => {
      const { vacancyId } = job.payload as { vacancyId: string };
      // Through the outbox, like any change: its sync matches the vacancy again, now with every
      // worker it is shared with, and stores and notifies their new matches.
      const [vacancy] = await db
        .select({ status: vacancies.status })
        .from(vacancies)
        .where(eq(vacancies.id, vacancyId));
      if (vacancy?.status === 'open') await enqueueSearchSync(db, 'vacancy', vacancyId);
    },
  };
}
