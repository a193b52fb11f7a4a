/**
 * The occupations a worker wants to move to, in their order of preference. They drive the
 * skill proposals (worker-skills.ts) and the completeness meter (profile-completeness.ts).
 */
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import type { WorkerActor } from '~/server/auth/actor';
import { occupations, workerDesiredOccupations } from '~/db/schema';
import { requireCurrentOccupations } from './taxonomy-references';
import { recordProfileChange, requireOwnProfile } from './worker-profile';

/**
 * A handful: enough to look beyond one's own trade (the policy note's functional flexibility),
 * few enough that every one gets its skills looked at, rather than a wish list.
 */
export const MAX_DESIRED_OCCUPATIONS = 5;

export const desiredOccupationsInput = z.object({
  occupationIds: z
    .array(z.uuid())
    .max(MAX_DESIRED_OCCUPATIONS, `choose at most ${MAX_DESIRED_OCCUPATIONS} desired occupations`)
    .superRefine((ids, ctx) => {
      ids.forEach((id, i) => {
        if (ids.indexOf(id) !== i)
          ctx.addIssue({ code: 'custom', path: [i], message: 'each occupation can be listed only once', input: id });
      });
    }),
});

/** The occupations the worker wants to move to, first choice first. */
export async function desiredOccupationIds(db: Database, workerId: string): Promise<string[]> {
  const rows = await db
    .select({ id: workerDesiredOccupations.occupationId })
    .from(workerDesiredOccupations)
    .where(eq(workerDesiredOccupations.workerId, workerId))
    .orderBy(asc(workerDesiredOccupations.position));
  return rows.map((r) => r.id);
}

/** The desired occupations with their labels, first choice first. */
export async function listDesiredOccupations(db: Database, workerId: string) {
  return db
    .select({
      occupationId: workerDesiredOccupations.occupationId,
      position: workerDesiredOccupations.position,
      labelNl: occupations.preferredLabelNl,
      labelEn: occupations.preferredLabelEn,
      iscoGroup: occupations.iscoGroup,
    })
    .from(workerDesiredOccupations)
    .innerJoin(occupations, eq(occupations.id, workerDesiredOccupations.occupationId))
    .where(eq(workerDesiredOccupations.workerId, workerId))
    .orderBy(asc(workerDesiredOccupations.position));
}

/**
 * Replaces the list of desired occupations (an empty list clears it); the order given is the
 * order of preference. An occupation the taxonomy has since retired may stay where it is, but
 * cannot be chosen anew.
 */
export async function setDesiredOccupations(
  db: Database,
  actor: WorkerActor,
  input: z.infer<typeof desiredOccupationsInput>,
) {
  return db.transaction(async (tx) => {
    const profile = await requireOwnProfile(tx, actor);
    const before = await desiredOccupationIds(tx, profile.id);
    const wanted = input.occupationIds;
    if (before.join() === wanted.join()) return { occupationIds: wanted }; // a repeated request changes nothing
    await requireCurrentOccupations(
      tx,
      wanted.filter((id) => !before.includes(id)),
      'occupationIds',
    );
    await tx.delete(workerDesiredOccupations).where(eq(workerDesiredOccupations.workerId, profile.id));
    if (wanted.length > 0) {
      await tx
        .insert(workerDesiredOccupations)
        .values(wanted.map((occupationId, i) => ({ workerId: profile.id, occupationId, position: i + 1 })));
    }
    await recordProfileChange(tx, profile, 'worker.desired_occupations.set', { from: before, to: wanted });
    return { occupationIds: wanted };
  });
}
