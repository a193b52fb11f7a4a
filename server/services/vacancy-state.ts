/**
 * What every change of a vacancy's state shares, inside the caller's transaction: finding the
 * employer's own vacancy, the search outbox row and audit entry that go with each change, and
 * the steps of publishing and closing (closing also comes from the closing-date jobs).
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { matches, regions, vacancies } from '~/db/schema';
import type { EmployerActor } from '~/server/auth/actor';
import { notFound } from '~/server/lib/errors';
import { priorityWindowEnd } from '~/server/lib/priority-window';
import { recordAudit } from './audit';
import { enqueueSearchSync } from './outbox';
import { scheduleClosing, schedulePriorityWindowEnd } from './vacancy-schedule';

export type VacancyRow = typeof vacancies.$inferSelect;

/**
 * The employer's own vacancy, locked until the transaction ends, so two changes of one vacancy
 * happen one after the other. Another firm's vacancy is "not found", exactly like a missing one.
 */
export async function lockOwnVacancy(db: Database, actor: EmployerActor, vacancyId: string): Promise<VacancyRow> {
  const [vacancy] = await db
    .select()
    .from(vacancies)
    .where(and(eq(vacancies.id, vacancyId), eq(vacancies.organisationId, actor.organisationId)))
    .for('update');
  if (!vacancy) throw notFound('Vacancy');
  return vacancy;
}

export interface VacancyChange {
  /** The audit action, e.g. 'vacancy.publish'. */
  action: string;
  /** Who made it; null for the app itself (a closing date that passed). */
  actorUserId: string | null;
  metadata?: Record<string, unknown>;
}

/** The search outbox row (search and matching pick the change up from it) and the audit entry of a change. */
export async function recordVacancyChange(
  db: Database,
  vacancy: Pick<VacancyRow, 'id' | 'organisationId' | 'regionId' | 'status'>,
  change: VacancyChange,
): Promise<void> {
  // 'delete' when it leaves search; the sync reads the row either way, so both are safe to repeat.
  await enqueueSearchSync(db, 'vacancy', vacancy.id, vacancy.status === 'open' ? 'upsert' : 'delete');
  await recordAudit(db, {
    actorUserId: change.actorUserId,
    action: change.action,
    subjectType: 'vacancy',
    subjectId: vacancy.id,
    organisationId: vacancy.organisationId,
    regionId: vacancy.regionId,
    metadata: change.metadata ?? {},
  });
}

/** When a vacancy of the region published `at` leaves its priority window. */
export async function priorityUntilFor(db: Database, regionId: string, at: Date): Promise<Date | null> {
  const [region] = await db.select({ days: regions.priorityWindowDays }).from(regions).where(eq(regions.id, regionId));
  return priorityWindowEnd(at, region?.days ?? 0);
}

/** The jobs of an open vacancy's dates: its closing date and the end of its priority window. */
export async function scheduleOpenVacancy(
  db: Database,
  vacancy: Pick<VacancyRow, 'id' | 'closesAt' | 'priorityUntil'>,
): Promise<void> {
  await scheduleClosing(db, vacancy);
  await schedulePriorityWindowEnd(db, vacancy);
}

/**
 * Closes an open vacancy: it leaves search (queued) and every worker's stored matches (now, in
 * this transaction). The caller then takes it out of the in-memory matching pool
 * (refreshVacancyPool) once the transaction committed.
 */
export async function closeVacancyRow(db: Database, vacancy: VacancyRow, change: VacancyChange): Promise<VacancyRow> {
  const [closed] = await db
    .update(vacancies)
    .set({ status: 'closed', closedAt: new Date() })
    .where(eq(vacancies.id, vacancy.id))
    .returning();
  await db.delete(matches).where(eq(matches.vacancyId, vacancy.id));
  await recordVacancyChange(db, closed!, change);
  return closed!;
}
