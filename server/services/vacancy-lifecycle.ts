/**
 * A vacancy's life: draft → open (publish) → closed (close, or its closing date passing) →
 * open again (reopen), and a copy of any vacancy as a new draft (duplicate). Each change is one
 * transaction with its search outbox row and audit entry. Asking for the state a vacancy is
 * already in changes nothing and answers with the vacancy, so a repeated request does no
 * harm; a change that makes no sense from the current state is refused (409) with the reason.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { vacancies, vacancySkills } from '~/db/schema';
import type { EmployerActor } from '~/server/auth/actor';
import { conflict, invalid } from '~/server/lib/errors';
import { isoDate, todayIso } from '~/server/lib/input';
import { refreshVacancyPool } from '~/server/matching/background';
import {
  closeVacancyRow,
  lockOwnVacancy,
  priorityUntilFor,
  recordVacancyChange,
  scheduleOpenVacancy,
  type VacancyRow,
} from './vacancy-state';
import type { vacancyIdInput } from './vacancies';

type VacancyId = z.infer<typeof vacancyIdInput>;

/** Runs a change in one transaction, then brings this process's matching pool up to date at once. */
async function change(db: Database, vacancyId: string, write: (tx: Database) => Promise<VacancyRow>) {
  const vacancy = await db.transaction(write);
  await refreshVacancyPool(db, [vacancyId]);
  return vacancy;
}

const pastClosingDate = (closesAt: string | null) => closesAt !== null && closesAt < todayIso();

/**
 * Publishes a draft: it opens now, and for the region's priority window only the region's
 * at-risk workers see it. Its closing date (if any) must still be ahead.
 */
export async function publishVacancy(db: Database, actor: EmployerActor, input: VacancyId) {
  return change(db, input.vacancyId, async (tx) => {
    const vacancy = await lockOwnVacancy(tx, actor, input.vacancyId);
    if (vacancy.status === 'open') return vacancy;
    if (vacancy.status !== 'draft') {
      throw conflict(`This vacancy is ${vacancy.status}: reopen it instead of publishing it again.`);
    }
    if (pastClosingDate(vacancy.closesAt)) {
      throw invalid(`The closing date ${vacancy.closesAt} has passed: change it before publishing.`, 'closesAt');
    }
    const now = new Date();
    const [published] = await tx
      .update(vacancies)
      .set({ status: 'open', publishedAt: now, priorityUntil: await priorityUntilFor(tx, vacancy.regionId, now) })
      .where(eq(vacancies.id, vacancy.id))
      .returning();
    await scheduleOpenVacancy(tx, published!);
    await recordVacancyChange(tx, published!, { action: 'vacancy.publish', actorUserId: actor.userId });
    return published!;
  });
}

/** Closes an open vacancy: it leaves search and every worker's matches at once. */
export async function closeVacancy(db: Database, actor: EmployerActor, input: VacancyId) {
  return change(db, input.vacancyId, async (tx) => {
    const vacancy = await lockOwnVacancy(tx, actor, input.vacancyId);
    if (vacancy.status === 'closed') return vacancy;
    if (vacancy.status === 'draft') throw conflict('A draft was never published, so there is nothing to close.');
    if (vacancy.status === 'filled') throw conflict('This vacancy is filled, so it is no longer open.');
    return closeVacancyRow(tx, vacancy, { action: 'vacancy.close', actorUserId: actor.userId });
  });
}

export const reopenInput = z.object({
  vacancyId: z.uuid(),
  /**
   * A new closing date, or null for none; left out, the vacancy keeps its own (which must not
   * have passed: a vacancy closed on its date is reopened with a new one).
   */
  closesAt: isoDate()
    .refine((d) => d >= todayIso(), 'must not be before today')
    .nullish(),
});

/**
 * Reopens a closed or filled vacancy. It keeps its publication date and priority window: the
 * head start of the region's at-risk workers does not start again.
 */
export async function reopenVacancy(db: Database, actor: EmployerActor, input: z.infer<typeof reopenInput>) {
  return change(db, input.vacancyId, async (tx) => {
    const vacancy = await lockOwnVacancy(tx, actor, input.vacancyId);
    const closesAt = input.closesAt === undefined ? vacancy.closesAt : input.closesAt;
    if (vacancy.status === 'open') {
      if (closesAt === vacancy.closesAt) return vacancy;
      throw conflict('This vacancy is already open: edit it to change its closing date.');
    }
    if (vacancy.status === 'draft') throw conflict('A draft has never been open: publish it instead.');
    if (pastClosingDate(closesAt)) {
      throw invalid(`The closing date ${closesAt} has passed: give a new closing date, or none.`, 'closesAt');
    }
    const [reopened] = await tx
      .update(vacancies)
      .set({ status: 'open', closedAt: null, closesAt })
      .where(eq(vacancies.id, vacancy.id))
      .returning();
    await scheduleOpenVacancy(tx, reopened!);
    await recordVacancyChange(tx, reopened!, {
      action: 'vacancy.reopen',
      actorUserId: actor.userId,
      metadata: { from: vacancy.status },
    });
    return reopened!;
  });
}

/**
 * A copy of one of the employer's vacancies as a new draft, skills included: to post a similar
 * vacancy, or the same one again. A closing date that has passed is not copied.
 */
export async function duplicateVacancy(db: Database, actor: EmployerActor, input: VacancyId) {
  return db.transaction(async (tx) => {
    const original = await lockOwnVacancy(tx, actor, input.vacancyId);
    const {
      id: _id,
      createdAt: _createdAt,
      updatedAt: _updatedAt,
      publishedAt: _publishedAt,
      priorityUntil: _priorityUntil,
      closedAt: _closedAt,
      ...fields
    } = original;
    const [copy] = await tx
      .insert(vacancies)
      .values({ ...fields, status: 'draft', closesAt: pastClosingDate(fields.closesAt) ? null : fields.closesAt })
      .returning();
    const skillRows = await tx.select().from(vacancySkills).where(eq(vacancySkills.vacancyId, original.id));
    if (skillRows.length > 0) {
      await tx.insert(vacancySkills).values(skillRows.map((s) => ({ ...s, vacancyId: copy!.id })));
    }
    await recordVacancyChange(tx, copy!, {
      action: 'vacancy.duplicate',
      actorUserId: actor.userId,
      metadata: { from: original.id },
    });
    return copy!;
  });
}
