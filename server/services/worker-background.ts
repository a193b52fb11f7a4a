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
import { recordProfileChange, requireOwnProfile, type WorkerProfile } from './worker-profile';

/** The fields of this file: one per setter, each audited under its own action. */
type BackgroundField = 'educationLevel' | 'currentOccupationId' | 'gender';

/** Sets one field of the worker's own profile and records the change; a repeated request changes nothing. */
async function setOwnField<F extends BackgroundField>(
  db: Database,
  actor: WorkerActor,
  field: F,
  value: WorkerProfile[F],
  action: string,
  check?: (tx: Database) => Promise<unknown>,
) {
  return db.transaction(async (tx) => {
    const profile = await requireOwnProfile(tx, actor);
    if (profile[field] === value) return profile;
    await check?.(tx);
    const [updated] = await tx
      .update(workerProfiles)
      .set({ [field]: value })
      .where(eq(workerProfiles.id, profile.id))
      .returning();
    await recordProfileChange(tx, profile, action, { from: profile[field], to: value });
    return updated!;
  });
}

export const educationLevelInput = z.object({ educationLevel: z.enum(educationLevelValues) });

export async function setEducationLevel(db: Database, actor: WorkerActor, input: z.infer<typeof educationLevelInput>) {
  return setOwnField(db, actor, 'educationLevel', input.educationLevel, 'worker.education_level.set');
}

/** Null: the worker does not say (matching then neither rewards nor punishes the occupation). */
export const currentOccupationInput = z.object({ occupationId: z.uuid().nullable() });

export async function setCurrentOccupation(
  db: Database,
  actor: WorkerActor,
  input: z.infer<typeof currentOccupationInput>,
) {
  const { occupationId } = input;
  return setOwnField(db, actor, 'currentOccupationId', occupationId, 'worker.current_occupation.set', (tx) =>
    occupationId ? requireCurrentOccupation(tx, occupationId, 'occupationId') : Promise.resolve(),
  );
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
  return setOwnField(db, actor, 'gender', input.gender, 'worker.gender.set');
}
