/**
 * The safety net: when a new job ends within the region's safety window after the hire, the
 * worker (their own) or the region's coordinator reopens the worker's transition. The guidance
 * deadline continues from where it stood on the hire date: the days then left count from today.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { placements, regions, workerProfiles } from '~/db/schema';
import type { CoordinatorActor, WorkerActor } from '~/server/auth/actor';
import { addDays, addMonths } from '~/server/lib/dates';
import { conflict, invalid, notFound } from '~/server/lib/errors';
import { isoDate, todayIso } from '~/server/lib/input';
import { notify } from '~/server/notifications/notify';
import { recordAudit } from './audit';
import { enqueueSearchSync } from './outbox';

export const reopenTransitionInput = z.object({
  placementId: z.uuid(),
  /** The last day of the job that ended. */
  endDate: isoDate(),
});

/** Reopens the worker's transition after a hire whose job ended; a second request changes nothing. */
export async function reopenTransition(
  db: Database,
  actor: WorkerActor | CoordinatorActor,
  input: z.infer<typeof reopenTransitionInput>,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ placement: placements, worker: workerProfiles, safetyWindowMonths: regions.safetyWindowMonths })
      .from(placements)
      .innerJoin(workerProfiles, eq(workerProfiles.id, placements.workerId))
      .innerJoin(regions, eq(regions.id, placements.regionId))
      .where(and(eq(placements.id, input.placementId), eq(placements.kind, 'hire')))
      .for('update', { of: placements });
    const mine =
      actor.role === 'worker' ? row?.worker.userId === actor.userId : row?.placement.regionId === actor.regionId;
    if (!row || !mine) throw notFound('Placement');
    const { placement, worker } = row;
    if (placement.reopenedAt) return placement;
    const today = todayIso();
    const windowEnd = addMonths(placement.startDate, row.safetyWindowMonths);
    if (today > windowEnd) {
      throw conflict(
        `The safety net of this placement ended on ${windowEnd} (${row.safetyWindowMonths} months after the start): the transition cannot be reopened.`,
      );
    }
    if (input.endDate < placement.startDate) {
      throw invalid(`The job cannot end before it started (${placement.startDate}).`, 'endDate');
    }
    if (worker.status !== 'placed') {
      throw conflict('This worker is not placed any more: there is no transition to reopen.');
    }
    const [reopened] = await tx
      .update(placements)
      .set({ endDate: input.endDate, reopenedAt: new Date() })
      .where(eq(placements.id, placement.id))
      .returning();
    const guidanceDeadline = addDays(today, placement.guidanceDaysLeft ?? 0);
    await tx
      .update(workerProfiles)
      .set({ status: 'in_transition', guidanceDeadline })
      .where(eq(workerProfiles.id, worker.id));
    await enqueueSearchSync(tx, 'worker_profile', worker.id, worker.visibleToEmployers ? 'upsert' : 'delete');
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'transition.reopen',
      subjectType: 'worker_profile',
      subjectId: worker.id,
      regionId: worker.regionId,
      metadata: { placementId: placement.id, endDate: input.endDate, guidanceDeadline },
    });
    if (actor.role === 'coordinator') {
      await notify(tx, {
        userIds: [worker.userId],
        kind: 'transitionReopened',
        payload: { placementId: placement.id, endDate: input.endDate, guidanceDeadline },
        dedupeKey: `transitionReopened:${placement.id}`,
      });
    }
    return reopened!;
  });
}
