/**
 * A closing date closes a vacancy by itself: a job in the PostgreSQL queue, due when the day
 * after the closing date begins in the Netherlands, closes it then (and only if the date is
 * still the one it was queued for), and a daily sweep closes whatever such a job missed. The
 * jobs are rows, so they survive restarts. Time is simulated: the handlers get the clock, and
 * jobs that would be due by then are made due.
 */
import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, jobs, matches, outbox, vacancies } from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { addDays } from '~/server/lib/dates';
import { dutchToday, startOfDutchDay } from '~/server/lib/dutch-day';
import { todayIso } from '~/server/lib/input';
import { runDueJobs } from '~/server/jobs/queue';
import { rematchVacancy } from '~/server/matching/engine';
import { getMatchContext } from '~/server/matching/runtime';
import { vacancyJobHandlers } from '~/server/services/vacancy-jobs';
import { closingMoment, scheduleClosingSweep } from '~/server/services/vacancy-schedule';
import { callerFor } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createSeededTestDatabase();
});
afterAll(() => database?.destroy());
beforeEach(async () => {
  await database.db.delete(jobs);
});

const employer = () => callerFor(database.db, demoAccounts.employer);

/** Whatever would be due at `moment` is due now; the vacancy jobs run with `moment` as their clock. */
async function runJobsAt(moment: Date) {
  const { db } = database;
  await db
    .update(jobs)
    .set({ runAt: new Date(Date.now() - 1000) })
    .where(and(lte(jobs.runAt, moment), isNull(jobs.doneAt)));
  return runDueJobs(
    db,
    vacancyJobHandlers(() => moment),
  );
}

const oneMinuteAfter = (date: string) => new Date(closingMoment(date).getTime() + 60_000);
const oneMinuteBefore = (date: string) => new Date(closingMoment(date).getTime() - 60_000);

async function openVacancy(closesAt: string) {
  return (await employer()).vacancy.create({
    title: 'Procesoperator',
    hoursMin: 36,
    hoursMax: 40,
    contractType: 'fixed_term',
    city: 'Eindhoven',
    lat: 51.44,
    lon: 5.47,
    closesAt,
    status: 'open',
  });
}

const statusOf = async (id: string) =>
  (await database.db.select({ status: vacancies.status }).from(vacancies).where(eq(vacancies.id, id)))[0]!.status;

describe('closing on the closing date', () => {
  it('queues the closing, as a row, for the start of the next Dutch day', async () => {
    const closesAt = addDays(todayIso(), 3);
    const vacancy = await openVacancy(closesAt);
    const [job] = await database.db.select().from(jobs).where(eq(jobs.kind, 'vacancy.close-on-date'));
    expect(job).toMatchObject({
      payload: { vacancyId: vacancy.id, closesAt },
      dedupeKey: `vacancy:${vacancy.id}:closes:${closesAt}`,
      doneAt: null,
    });
    expect(job!.runAt).toEqual(startOfDutchDay(addDays(closesAt, 1)));
  });

  it('keeps the vacancy open through its closing date and closes it when the next day begins', async () => {
    const { db } = database;
    const closesAt = addDays(todayIso(), 3);
    const vacancy = await openVacancy(closesAt);
    await rematchVacancy(db, await getMatchContext(db), vacancy.id);

    await runJobsAt(oneMinuteBefore(closesAt));
    expect(await statusOf(vacancy.id)).toBe('open');

    expect((await runJobsAt(oneMinuteAfter(closesAt))).done).toBeGreaterThan(0);
    expect(await statusOf(vacancy.id)).toBe('closed');
    expect(await db.select().from(matches).where(eq(matches.vacancyId, vacancy.id))).toHaveLength(0);
    expect([...(await getMatchContext(db)).vacancyPool.items()].map((v) => v.id)).not.toContain(vacancy.id);
    const removal = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.aggregateId, vacancy.id), eq(outbox.operation, 'delete')));
    expect(removal).toHaveLength(1);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, vacancy.id), eq(auditLog.action, 'vacancy.close')));
    expect(audit).toMatchObject({ actorUserId: null, metadata: { reason: 'closing date passed' } });
  });

  it('does not close a vacancy on a closing date that was changed, but on the new one', async () => {
    const first = addDays(todayIso(), 3);
    const second = addDays(todayIso(), 10);
    const vacancy = await openVacancy(first);
    await (
      await employer()
    ).vacancy.update({
      vacancyId: vacancy.id,
      title: vacancy.title,
      hoursMin: 36,
      hoursMax: 40,
      contractType: 'fixed_term',
      city: 'Eindhoven',
      lat: 51.44,
      lon: 5.47,
      closesAt: second,
    });
    await runJobsAt(oneMinuteAfter(first));
    expect(await statusOf(vacancy.id)).toBe('open');
    await runJobsAt(oneMinuteAfter(second));
    expect(await statusOf(vacancy.id)).toBe('closed');
  });

  it('leaves a vacancy that was closed and reopened without a date open', async () => {
    const closesAt = addDays(todayIso(), 2);
    const vacancy = await openVacancy(closesAt);
    const caller = await employer();
    await caller.vacancy.close({ vacancyId: vacancy.id });
    await caller.vacancy.reopen({ vacancyId: vacancy.id, closesAt: null });
    await runJobsAt(oneMinuteAfter(closesAt));
    expect(await statusOf(vacancy.id)).toBe('open');
  });
});

describe('the daily sweep', () => {
  it('is queued once per Dutch day, for its start', async () => {
    const { db } = database;
    const now = new Date();
    await scheduleClosingSweep(db, now);
    await scheduleClosingSweep(db, now); // a restart queues it again: still one job
    const sweeps = await db.select().from(jobs).where(eq(jobs.kind, 'vacancy.close-overdue'));
    expect(sweeps).toHaveLength(1);
    expect(sweeps[0]!.runAt).toEqual(startOfDutchDay(addDays(dutchToday(now), 1)));
  });

  it('closes an overdue vacancy whose own job was lost, and queues the next sweep', async () => {
    const { db } = database;
    const closesAt = addDays(todayIso(), 1);
    const vacancy = await openVacancy(closesAt);
    const untouched = await openVacancy(addDays(todayIso(), 20));
    await db.delete(jobs).where(sql`${jobs.payload}->>'vacancyId' = ${vacancy.id}`); // lost
    const dayAfter = addDays(closesAt, 1);
    await scheduleClosingSweep(db, new Date(startOfDutchDay(dayAfter).getTime() - 3600_000));

    await runJobsAt(new Date(startOfDutchDay(dayAfter).getTime() + 60_000));
    expect(await statusOf(vacancy.id)).toBe('closed');
    expect(await statusOf(untouched.id)).toBe('open');
    const next = await db
      .select()
      .from(jobs)
      .where(and(eq(jobs.kind, 'vacancy.close-overdue'), isNull(jobs.doneAt)));
    expect(next.map((j) => j.runAt)).toEqual([startOfDutchDay(addDays(dayAfter, 1))]);
  });
});

describe('the end of a priority window', () => {
  it('matches the vacancy again through the outbox when its window ends', async () => {
    const { db } = database;
    const vacancy = await openVacancy(addDays(todayIso(), 20));
    const [job] = await db.select().from(jobs).where(eq(jobs.kind, 'vacancy.priority-window-ended'));
    expect(job!.runAt).toEqual(vacancy.priorityUntil);
    const pending = async () =>
      db
        .select()
        .from(outbox)
        .where(and(eq(outbox.aggregateId, vacancy.id), isNull(outbox.processedAt)));
    await db.update(outbox).set({ processedAt: new Date() }).where(eq(outbox.aggregateId, vacancy.id));
    await runJobsAt(new Date(vacancy.priorityUntil!.getTime() + 1000));
    expect(await pending()).toHaveLength(1);
  });
});
