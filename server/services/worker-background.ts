/**
 * Who the worker is on the labour market besides their skills: their current occupation (the
 * matching engine compares it with each vacancy's), their education level and, if they want,
 * their gender (both for the region's outcome monitoring per group, never shown per person).
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import type { WorkerActor } from '~/server/auth/actor';
import { workerProfiles } from '~/db/schema';
import { educationLevelValues, type genderValues } from '~/db/schema/enums';
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

/** The genders a worker can give; "undisclosed" is not one: not saying is null. */
export const genderChoiceValues = [
  'female',
  'male',
  'non_binary',
] as const satisfies readonly (typeof genderValues)[number][];

/** Null: the worker prefers not to say (the region's figures count them as "not given"). */
export const genderInput = z.object({ gender: z.enum(genderChoiceValues).nullable() });

export async function setGender(db: Database, actor: WorkerActor, input: z.infer<typeof genderInput>) {
  return db.transaction(async (tx) => {
    const profile = await requireOwnProfile(tx, actor);
    if (profile.gender === input.gender) return profile; // a repeated request changes nothing
    const [updated] = await tx
      .update(workerProfiles)
      .set({ gender: input.gender })
      .where(eq(workerProfiles.id, profile.id))
      .returning();
    await recordProfileChange(tx, profile, 'worker.gender.set', { from: profile.gender, to: input.gender });
    return updated!;
  });
}
