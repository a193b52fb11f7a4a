/**
 * A worker expresses interest in a vacancy: an introduction the worker starts ('proposed',
 * initiatedBy 'worker'), which the employer sees as an anonymised candidate marked
 * "interested", and withdraws it while the employer has not answered yet. Interest is never
 * a reveal: the worker's identity reaches the employer only when an introduction is accepted
 * (introduction-identity.ts).
 */
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '~/db/client';
import { introductions } from '~/db/schema';
import type { WorkerActor } from '~/server/auth/actor';
import { conflict, invalid } from '~/server/lib/errors';
import { hasPriority } from '~/server/lib/priority-window';
import { recordAudit } from './audit';
import { moveIntroduction, proposeIntroduction } from './introduction-moves';
import { mayStep } from './introduction-steps';
import { marketVacancy, marketWorker, vacancyReactionInput } from './vacancy-reactions';

export const vacancyInterestInput = vacancyReactionInput;

/** The vacancies among `vacancyIds` the worker has expressed interest in and not withdrawn. */
export async function interestedVacancyIds(db: Database, workerId: string, vacancyIds: readonly string[]) {
  if (vacancyIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ vacancyId: introductions.vacancyId })
    .from(introductions)
    .where(
      and(
        eq(introductions.workerId, workerId),
        inArray(introductions.vacancyId, [...vacancyIds]),
        eq(introductions.initiatedBy, 'worker'),
        ne(introductions.status, 'withdrawn'),
      ),
    );
  return new Set(rows.map((r) => r.vacancyId));
}

/** Idempotent: a second call returns the interest already expressed; a withdrawn interest is proposed again. */
export async function expressInterest(db: Database, actor: WorkerActor, input: z.infer<typeof vacancyInterestInput>) {
  const worker = await marketWorker(db, actor);
  if (!hasPriority(worker.status)) {
    throw invalid('Only a worker at risk or in transition can express interest in a vacancy.');
  }
  const vacancy = await marketVacancy(db, worker, input.vacancyId);
  if (vacancy.organisationId === worker.currentOrganisationId) {
    throw invalid('This vacancy is at your own employer: Overstap is for moving to another firm.', 'vacancyId');
  }
  return db.transaction(async (tx) => {
    const existing = await lockIntroductionFor(tx, worker.id, vacancy.id);
    // Interest in a vacancy the worker was already invited to, or has already expressed, changes nothing.
    if (existing && !mayStep(existing, 'proposed', 'worker')) return existing;
    const introduction = existing
      ? await moveIntroduction(tx, existing, { to: 'proposed', side: 'worker', userId: actor.userId })
      : await proposeIntroduction(
          tx,
          { workerId: worker.id, vacancyId: vacancy.id, organisationId: vacancy.organisationId },
          'worker',
          { userId: actor.userId, message: null },
        );
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'vacancy.interest',
      subjectType: 'introduction',
      subjectId: introduction.id,
      organisationId: vacancy.organisationId,
      regionId: worker.regionId,
      metadata: { vacancyId: vacancy.id },
    });
    return introduction;
  });
}

/** Withdraws the worker's interest while the employer has not answered ('proposed'); again is harmless. */
export async function withdrawInterest(db: Database, actor: WorkerActor, input: z.infer<typeof vacancyInterestInput>) {
  const worker = await marketWorker(db, actor);
  return db.transaction(async (tx) => {
    const existing = await lockIntroductionFor(tx, worker.id, input.vacancyId);
    if (!existing || existing.initiatedBy !== 'worker' || existing.status === 'withdrawn') {
      return { vacancyId: input.vacancyId, withdrawn: false };
    }
    if (existing.status !== 'proposed') {
      throw conflict('The employer has already answered your interest: withdraw the introduction instead.');
    }
    await moveIntroduction(tx, existing, { to: 'withdrawn', side: 'worker', userId: actor.userId });
    return { vacancyId: input.vacancyId, withdrawn: true };
  });
}

/** The one introduction of a worker and a vacancy (either side may have started it), locked until the transaction ends. */
async function lockIntroductionFor(db: Database, workerId: string, vacancyId: string) {
  const [row] = await db
    .select()
    .from(introductions)
    .where(and(eq(introductions.workerId, workerId), eq(introductions.vacancyId, vacancyId)))
    .for('update');
  return row;
}
