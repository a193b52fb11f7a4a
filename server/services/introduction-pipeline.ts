/**
 * The employer's steps after an accepted introduction: a meeting, an offer, a trial placement or
 * secondment (detachering) with its start and end, the hire, or a rejection. The hire records
 * the placement, marks the worker placed, fills the vacancy when its positions are taken (search
 * and matching learn of it through the outbox, as when a vacancy is closed) and withdraws the
 * worker's other running introductions. One transaction per step; repeating a step changes nothing.
 */
import { and, count, eq, inArray, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { introductions, matches, placements, vacancies, workerProfiles } from '~/db/schema';
import type { EmployerActor } from '~/server/auth/actor';
import { daysBetween } from '~/server/lib/dates';
import { invalid } from '~/server/lib/errors';
import { isoDate, multiLineText } from '~/server/lib/input';
import { refreshVacancyPool } from '~/server/matching/background';
import { moveIntroduction, type IntroductionRow } from './introduction-moves';
import { OPEN_STATUSES } from './introduction-steps';
import { lockEmployerIntroduction } from './introductions';
import { enqueueSearchSync } from './outbox';
import { recordVacancyChange } from './vacancy-state';

const note = () => multiLineText({ max: 1000 }).optional();
const id = z.uuid();

export const stepInput = z.discriminatedUnion('step', [
  z.object({ introductionId: id, step: z.enum(['meeting', 'offer']), date: isoDate(), note: note() }),
  z.object({
    introductionId: id,
    step: z.literal('trial'),
    /** A trial placement, or a secondment (detachering) to the new firm. */
    kind: z.enum(['trial', 'secondment']),
    startDate: isoDate(),
    endDate: isoDate(),
    note: note(),
  }),
  z.object({ introductionId: id, step: z.literal('hired'), date: isoDate(), note: note() }),
  z.object({ introductionId: id, step: z.literal('rejected'), note: note() }),
]);
export type StepInput = z.infer<typeof stepInput>;

/** Takes one step of the employer's own introduction. */
export async function takeStep(db: Database, actor: EmployerActor, input: StepInput) {
  if (input.step === 'trial' && input.endDate < input.startDate) {
    throw invalid('The end date must not be before the start date.', 'endDate');
  }
  let filledVacancyId: string | null = null;
  const moved = await db.transaction(async (tx) => {
    const row = await lockEmployerIntroduction(tx, actor, input.introductionId);
    if (row.status === input.step) return row;
    const stepDate = input.step === 'trial' ? input.startDate : input.step === 'rejected' ? null : input.date;
    const next = await moveIntroduction(tx, row, {
      to: input.step,
      side: 'employer',
      userId: actor.userId,
      note: input.note,
      stepDate,
    });
    if (input.step === 'trial') {
      await recordPlacement(tx, next, { kind: input.kind, startDate: input.startDate, endDate: input.endDate });
    }
    if (input.step === 'hired') filledVacancyId = await recordHire(tx, actor, next, input.date);
    return next;
  });
  // The filled vacancy leaves this process's matching pool at once, as a closed one does.
  if (filledVacancyId) await refreshVacancyPool(db, [filledVacancyId]);
  return moved;
}

async function workerOf(db: Database, workerId: string) {
  const [worker] = await db.select().from(workerProfiles).where(eq(workerProfiles.id, workerId));
  return worker!;
}

async function recordPlacement(
  db: Database,
  introduction: IntroductionRow,
  placement: {
    kind: 'hire' | 'trial' | 'secondment';
    startDate: string;
    endDate: string | null;
    guidanceDaysLeft?: number;
  },
) {
  const worker = await workerOf(db, introduction.workerId);
  const [row] = await db
    .insert(placements)
    .values({
      workerId: worker.id,
      vacancyId: introduction.vacancyId,
      introductionId: introduction.id,
      regionId: worker.regionId,
      fromOrganisationId: worker.currentOrganisationId,
      toOrganisationId: introduction.organisationId,
      ...placement,
    })
    .returning();
  return { placement: row!, worker };
}

/** The hire: placement, worker placed, vacancy filled when its positions are taken, other introductions withdrawn. Returns the vacancy id when it filled. */
async function recordHire(db: Database, actor: EmployerActor, introduction: IntroductionRow, date: string) {
  const before = await workerOf(db, introduction.workerId);
  const { worker } = await recordPlacement(db, introduction, {
    kind: 'hire',
    startDate: date,
    endDate: null,
    // What was left of the guidance window on the hire date: the safety net continues from here.
    guidanceDaysLeft: Math.max(0, daysBetween(date, before.guidanceDeadline)),
  });
  await db.update(workerProfiles).set({ status: 'placed' }).where(eq(workerProfiles.id, worker.id));
  // A placed worker is no longer a candidate anywhere.
  await enqueueSearchSync(db, 'worker_profile', worker.id, 'delete');

  const others = await db
    .select()
    .from(introductions)
    .where(
      and(
        eq(introductions.workerId, worker.id),
        ne(introductions.id, introduction.id),
        inArray(introductions.status, [...OPEN_STATUSES]),
      ),
    )
    .for('update');
  for (const other of others) {
    // Withdrawn on the worker's behalf (no user: the app did it), so the other employers hear of it;
    // a proposal only its initiator may withdraw.
    await moveIntroduction(db, other, {
      to: 'withdrawn',
      side: other.status === 'proposed' ? other.initiatedBy : 'worker',
      userId: null,
      note: 'The candidate was hired for another vacancy.',
    });
  }
  return fillVacancyWhenFull(db, actor, introduction.vacancyId);
}

/** Marks the vacancy filled once as many people are hired as it has positions; returns its id when it did. */
async function fillVacancyWhenFull(db: Database, actor: EmployerActor, vacancyId: string): Promise<string | null> {
  const [vacancy] = await db.select().from(vacancies).where(eq(vacancies.id, vacancyId)).for('update');
  if (!vacancy || vacancy.status !== 'open') return null;
  const [hires] = await db
    .select({ n: count() })
    .from(placements)
    .where(and(eq(placements.vacancyId, vacancyId), eq(placements.kind, 'hire')));
  if ((hires?.n ?? 0) < vacancy.positions) return null;
  const [filled] = await db
    .update(vacancies)
    .set({ status: 'filled', closedAt: new Date() })
    .where(eq(vacancies.id, vacancyId))
    .returning();
  await db.delete(matches).where(eq(matches.vacancyId, vacancyId));
  await recordVacancyChange(db, filled!, {
    action: 'vacancy.fill',
    actorUserId: actor.userId,
    metadata: { hires: hires?.n ?? 0 },
  });
  return vacancyId;
}
