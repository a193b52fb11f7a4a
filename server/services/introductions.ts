/**
 * Starting and answering introductions: the employer invites an anonymised candidate, the
 * worker expresses interest in a vacancy; the other side accepts (the worker's identity is then
 * shared with that one employer) or says no; either side may withdraw. Each is one
 * transaction; a repeated request answers with the introduction as it is and writes nothing.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { introductions, vacancies } from '~/db/schema';
import type { EmployerActor, WorkerActor } from '~/server/auth/actor';
import { conflict, notFound } from '~/server/lib/errors';
import { multiLineText, singleLineText } from '~/server/lib/input';
import { resolveCandidatePseudonym } from './candidate-pseudonyms';
import { visibleCandidates } from './candidate-view';
import { lockIntroduction, moveIntroduction, proposeIntroduction, type IntroductionRow } from './introduction-moves';
import { requireOwnProfile } from './worker-profile';

const note = () => multiLineText({ max: 1000 }).optional();

export const introductionIdInput = z.object({ introductionId: z.uuid() });

export const inviteInput = z.object({
  vacancyId: z.uuid(),
  /** The employer's own pseudonym for the candidate, "K-XXXXX". */
  candidateId: singleLineText({ min: 1, max: 20 }),
  message: multiLineText({ min: 1, max: 1000, minMessage: 'write a short message to the candidate' }),
});

export const respondInput = z.object({
  introductionId: z.uuid(),
  answer: z.enum(['accept', 'decline']),
  /** Why not, if the worker wants to say: kept as the note of the step. */
  reason: note(),
});

export const answerInterestInput = z.object({
  introductionId: z.uuid(),
  answer: z.enum(['accept', 'reject']),
  note: note(),
});

export const withdrawInput = z.object({ introductionId: z.uuid(), note: note() });

/** The employer's own introduction, locked; another firm's answers like a missing one. */
export async function lockEmployerIntroduction(db: Database, actor: EmployerActor, id: string) {
  const row = await lockIntroduction(db, id);
  if (!row || row.organisationId !== actor.organisationId) throw notFound('Introduction');
  return row;
}

/** The worker's own introduction, locked; anyone else's answers like a missing one. */
export async function lockWorkerIntroduction(db: Database, actor: WorkerActor, id: string) {
  const profile = await requireOwnProfile(db, actor);
  const row = await lockIntroduction(db, id);
  if (!row || row.workerId !== profile.id) throw notFound('Introduction');
  return row;
}

/** Repeating the step the introduction already took changes nothing. */
const already = (row: IntroductionRow, status: IntroductionRow['status']) => row.status === status;

/**
 * The employer invites one of the candidates it can see now to an introduction for one of its
 * open vacancies. Inviting the same candidate for the same vacancy again answers with the
 * existing introduction.
 */
export async function inviteCandidate(db: Database, actor: EmployerActor, input: z.infer<typeof inviteInput>) {
  return db.transaction(async (tx) => {
    const [vacancy] = await tx
      .select()
      .from(vacancies)
      .where(and(eq(vacancies.id, input.vacancyId), eq(vacancies.organisationId, actor.organisationId)));
    if (!vacancy) throw notFound('Vacancy');
    const { workerId } = await resolveCandidatePseudonym(tx, actor, { candidateId: input.candidateId });
    const [existing] = await tx
      .select()
      .from(introductions)
      .where(and(eq(introductions.workerId, workerId), eq(introductions.vacancyId, vacancy.id)));
    if (existing) return existing;
    if (vacancy.status !== 'open')
      throw conflict(`This vacancy is ${vacancy.status}: only an open vacancy can be offered.`);
    const visible = await visibleCandidates(tx, actor, { workerIds: [workerId], from: vacancy });
    // A candidate who withdrew consent or was placed is gone from the employer's view, like a missing one.
    if (!visible.has(workerId)) throw notFound('Candidate');
    return proposeIntroduction(
      tx,
      { workerId, vacancyId: vacancy.id, organisationId: actor.organisationId },
      'employer',
      {
        userId: actor.userId,
        message: input.message,
      },
    );
  });
}

/** The worker accepts an employer's invitation (sharing name and e-mail with that employer) or declines it. */
export async function respondToInvitation(db: Database, actor: WorkerActor, input: z.infer<typeof respondInput>) {
  return db.transaction(async (tx) => {
    const row = await lockWorkerIntroduction(tx, actor, input.introductionId);
    const to = input.answer === 'accept' ? 'accepted' : 'declined';
    if (already(row, to)) return row;
    return moveIntroduction(tx, row, { to, side: 'worker', userId: actor.userId, note: input.reason });
  });
}

/**
 * The employer answers a worker's interest: accepting it shares the worker's identity (their
 * interest is their consent for this one introduction), rejecting it ends it.
 */
export async function answerInterest(db: Database, actor: EmployerActor, input: z.infer<typeof answerInterestInput>) {
  return db.transaction(async (tx) => {
    const row = await lockEmployerIntroduction(tx, actor, input.introductionId);
    const to = input.answer === 'accept' ? 'accepted' : 'rejected';
    if (already(row, to)) return row;
    return moveIntroduction(tx, row, { to, side: 'employer', userId: actor.userId, note: input.note });
  });
}

/** Either side withdraws from a running introduction; the worker's identity is hidden again. */
export async function withdrawIntroduction(
  db: Database,
  actor: WorkerActor | EmployerActor,
  input: z.infer<typeof withdrawInput>,
) {
  return db.transaction(async (tx) => {
    const row =
      actor.role === 'worker'
        ? await lockWorkerIntroduction(tx, actor, input.introductionId)
        : await lockEmployerIntroduction(tx, actor, input.introductionId);
    if (already(row, 'withdrawn')) return row;
    return moveIntroduction(tx, row, { to: 'withdrawn', side: actor.role, userId: actor.userId, note: input.note });
  });
}
