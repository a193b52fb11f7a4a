/**
 * Who the worker is on the labour market besides their skills: their current occupation (the
 * matching engine compares it with each vacancy's) and their education level (for the
 * region's outcome monitoring per group, never shown per person).
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import type { WorkerActor } from '~/server/auth/actor';
import { workerProfiles } from '~/db/schema';
import { educationLevelValues } from '~/db/schema/enums';
import { requireCurrentOccupation } from './taxonomy-references';
import { recordProfileChange, requireOwnProfile } from './worker-profile';

export const educationLevelInput = z.object({ educationLevel: z.enum(educationLevelValues) });

export async function setEducationLevel(db: Database, actor: WorkerActor, input: z.infer<typeof educationLevelInput>) {
  return db.transaction(async (tx) => {
    const profile = await requireOwnProfile(tx, actor);
    if (profile.educationLevel === input.educationLevel) return profile; // a repeated request changes nothing
    const [updated] = await tx
      .update(workerProfiles)
      .set({ educationLevel: input.educationLevel })
      .where(eq(workerProfiles.id, profile.id))
      .returning();
    await recordProfileChange(tx, profile, 'worker.education_level.set', {
      from: profile.educationLevel,
      to: input.educationLevel,
    });
    return updated!;
  });
}

/** Null: the worker does not say (matching then neither rewards nor punishes the occupation). */
export const currentOccupationInput = z.object({ occupationId: z.uuid().nullable() });

export async function setCurrentOccupation(
  db: Database,
  actor: WorkerActor,
  input: z.infer<typeof currentOccupationInput>,
) {
  return db.transaction(async (tx) => {
    const profile = await requireOwnProfile(tx, actor);
    if (profile.currentOccupationId === input.occupationId) return profile; // a repeated request changes nothing
    if (input.occupationId) await requireCurrentOccupation(tx, input.occupationId, 'occupationId');
    const [updated] = await tx
      .update(workerProfiles)
      .set({ currentOccupationId: input.occupationId })
      .where(eq(workerProfiles.id, profile.id))
      .returning();
    await recordProfileChange(tx, profile, 'worker.current_occupation.set', {
      from: profile.currentOccupationId,
      to: input.occupationId,
    });
    return updated!;
  });
}
