/**
 * One step of an introduction, inside the caller's transaction: checked against the step table
 * (introduction-steps.ts), the new status, its history row, what the step does to the worker's
 * identity (shared on acceptance, hidden again when it ends without a hire) and the
 * notification to the other side. Every use case moves an introduction through here.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '~/db/client';
import {
  consents,
  introductions,
  introductionStatusHistory,
  organisations,
  vacancies,
  workerProfiles,
} from '~/db/schema';
import { notify, organisationRecipients, type NotificationKind } from '~/server/notifications/notify';
import { recordAudit } from './audit';
import { candidatePseudonymsForPairs, pseudonymPairKey } from './candidate-pseudonyms';
import { assertStep, type IntroductionSide, type IntroductionStatus } from './introduction-steps';
import { enqueueSearchSync } from './outbox';

export type IntroductionRow = typeof introductions.$inferSelect;

export interface Move {
  to: IntroductionStatus;
  side: IntroductionSide;
  /** Who takes the step; null for the app itself (withdrawn because the worker was hired elsewhere). */
  userId: string | null;
  note?: string | null;
  stepDate?: string | null;
}

/** Steps that end an introduction without a hire: the worker's identity is hidden from the employer again. */
const HIDING: readonly IntroductionStatus[] = ['declined', 'rejected', 'withdrawn'];

const notificationKinds: Partial<Record<IntroductionStatus, NotificationKind>> = {
  proposed: 'introductionInvited',
  accepted: 'introductionAccepted',
  declined: 'introductionDeclined',
  withdrawn: 'introductionWithdrawn',
};

/** The introduction, locked until the transaction ends, so two steps of one introduction happen one after the other. */
export async function lockIntroduction(db: Database, id: string): Promise<IntroductionRow | undefined> {
  const [row] = await db.select().from(introductions).where(eq(introductions.id, id)).for('update');
  return row;
}

/** Moves the introduction one step (the caller checked it is theirs) and returns it as it now is. */
export async function moveIntroduction(
  db: Database,
  introduction: IntroductionRow,
  move: Move,
): Promise<IntroductionRow> {
  assertStep(introduction, move.to, move.side);
  const [moved] = await db
    .update(introductions)
    .set({ status: move.to, updatedAt: new Date() })
    .where(eq(introductions.id, introduction.id))
    .returning();
  const stepId = await recordStep(db, moved!, { from: introduction.status, ...move });
  if (move.to === 'accepted') await revealIdentity(db, moved!, move.userId);
  if (HIDING.includes(move.to)) await hideIdentity(db, moved!);
  await notifyOtherSide(db, moved!, move.side, stepId);
  return moved!;
}

/** A new proposal (an employer's invitation or a worker's interest), its first history row and the notification to the side that answers it. */
export async function proposeIntroduction(
  db: Database,
  pair: { workerId: string; vacancyId: string; organisationId: string },
  initiatedBy: IntroductionSide,
  by: { userId: string; message: string | null },
): Promise<IntroductionRow> {
  const [created] = await db
    .insert(introductions)
    .values({ ...pair, initiatedBy, status: 'proposed', message: by.message })
    .returning();
  const stepId = await recordStep(db, created!, {
    from: null,
    to: 'proposed',
    side: initiatedBy,
    userId: by.userId,
    note: by.message,
  });
  await notifyOtherSide(db, created!, initiatedBy, stepId);
  return created!;
}

/** The history row of a step (also of the first one, where `from` is null); returns its id. */
async function recordStep(
  db: Database,
  introduction: IntroductionRow,
  step: Move & { from: IntroductionStatus | null },
): Promise<number> {
  const [row] = await db
    .insert(introductionStatusHistory)
    .values({
      introductionId: introduction.id,
      fromStatus: step.from,
      toStatus: step.to,
      changedByUserId: step.userId,
      note: step.note || null,
      stepDate: step.stepDate ?? null,
    })
    .returning({ id: introductionStatusHistory.id });
  return row!.id;
}

/**
 * The worker agreed to be known to this one employer: a consent for this introduction, an
 * audit entry the worker's "who looked at my profile" page reads, and a worker who was only at
 * risk is now in transition.
 */
async function revealIdentity(db: Database, introduction: IntroductionRow, userId: string | null) {
  const [worker] = await db
    .select({ id: workerProfiles.id, regionId: workerProfiles.regionId, status: workerProfiles.status })
    .from(workerProfiles)
    .where(eq(workerProfiles.id, introduction.workerId));
  await db.insert(consents).values({
    workerId: introduction.workerId,
    scope: 'introduction',
    organisationId: introduction.organisationId,
    introductionId: introduction.id,
  });
  await recordAudit(db, {
    actorUserId: userId,
    action: 'candidate.reveal',
    subjectType: 'worker_profile',
    subjectId: introduction.workerId,
    organisationId: introduction.organisationId,
    regionId: worker!.regionId,
    metadata: { introductionId: introduction.id, vacancyId: introduction.vacancyId },
  });
  if (worker!.status === 'at_risk') {
    await db.update(workerProfiles).set({ status: 'in_transition' }).where(eq(workerProfiles.id, worker!.id));
    await enqueueSearchSync(db, 'worker_profile', worker!.id, 'upsert');
  }
}

/** The consent given for this introduction ends: the employer's lists show the pseudonym again. */
async function hideIdentity(db: Database, introduction: IntroductionRow) {
  await db
    .update(consents)
    .set({ revokedAt: new Date() })
    .where(and(eq(consents.introductionId, introduction.id), isNull(consents.revokedAt)));
}

/**
 * Tells the side that did not take the step (the introduction's status now): the worker, or the
 * employer's HR users. Data only. Once per history row, so a worker's interest expressed again
 * after withdrawing it is news again.
 */
async function notifyOtherSide(
  db: Database,
  introduction: IntroductionRow,
  side: IntroductionSide,
  stepId: number,
): Promise<void> {
  const step = introduction.status;
  const [vacancy] = await db
    .select({ title: vacancies.title })
    .from(vacancies)
    .where(eq(vacancies.id, introduction.vacancyId));
  const [worker] = await db
    .select({ userId: workerProfiles.userId })
    .from(workerProfiles)
    .where(eq(workerProfiles.id, introduction.workerId));
  const [organisation] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, introduction.organisationId));
  const userIds =
    side === 'employer' ? [worker!.userId] : await organisationRecipients(db, introduction.organisationId);
  // The pseudonym is the employer's own.
  const codes = await candidatePseudonymsForPairs(db, [
    { organisationId: introduction.organisationId, workerId: introduction.workerId },
  ]);
  const candidate = codes.get(pseudonymPairKey(introduction.organisationId, introduction.workerId)) ?? null;
  await notify(db, {
    userIds,
    // A proposal by the worker is their interest in the vacancy; by the employer, an invitation.
    kind: step === 'proposed' && side === 'worker' ? 'interestExpressed' : (notificationKinds[step] ?? 'pipelineStep'),
    payload: {
      introductionId: introduction.id,
      vacancyId: introduction.vacancyId,
      vacancyTitle: vacancy!.title,
      candidateId: candidate,
      // What the templates say (server/notifications/render.ts). The candidate by the employer's
      // pseudonym only: a notification outlives the identity an introduction shares for a while.
      title: vacancy!.title,
      organisation: organisation?.name ?? '',
      candidate: candidate ?? '',
      step,
    },
    dedupeKey: `introduction:${introduction.id}:${stepId}`,
  });
}
