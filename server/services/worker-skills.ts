/**
 * The worker's own skills profile: add, re-level and remove self-declared skills, choose a
 * desired occupation and take over the skills it proposes. Every write runs in one transaction
 * with its search-outbox row (matching and the anonymised index must see the change) and an
 * audit entry (workers can see what happened to their profile).
 */
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import type { WorkerActor } from '~/server/auth/actor';
import { workerDesiredOccupations, type workerProfiles, workerSkills } from '~/db/schema';
import { getOccupationSkills } from '~/server/taxonomy/occupations';
import { conflict, forbidden, notFound } from '~/server/lib/errors';
import { recordAudit } from './audit';
import { enqueueSearchSync } from './outbox';
import { requireCurrentOccupation, requireCurrentSkills } from './taxonomy-references';
import { requireOwnProfile } from './worker-profile';

const skillLevel = z.int('level is a whole number from 1 to 4').min(1, 'level is 1 to 4').max(4, 'level is 1 to 4');

export const workerSkillInput = z.object({ skillId: z.uuid(), level: skillLevel });
export type WorkerSkillInput = z.infer<typeof workerSkillInput>;

export const workerSkillRefInput = z.object({ skillId: z.uuid() });

export const adoptWorkerSkillsInput = z.object({
  skills: z
    .array(workerSkillInput)
    .min(1, 'choose at least one skill')
    .max(40)
    .refine((list) => new Set(list.map((s) => s.skillId)).size === list.length, 'each skill can be listed only once'),
});

export const desiredOccupationInput = z.object({ occupationId: z.uuid().nullable() });

type Profile = typeof workerProfiles.$inferSelect;

/** The outbox row and audit entry that go with every change to a worker's profile or skills. */
async function profileChanged(db: Database, profile: Profile, action: string, metadata: Record<string, unknown>) {
  // The sync reads the current row either way; 'delete' keeps an invisible profile out of the index.
  await enqueueSearchSync(db, 'worker_profile', profile.id, profile.visibleToEmployers ? 'upsert' : 'delete');
  await recordAudit(db, {
    actorUserId: profile.userId,
    action,
    subjectType: 'worker_profile',
    subjectId: profile.id,
    regionId: profile.regionId,
    metadata,
  });
}

async function requireOwnSkill(db: Database, profile: Profile, skillId: string) {
  const [row] = await db
    .select()
    .from(workerSkills)
    .where(and(eq(workerSkills.workerId, profile.id), eq(workerSkills.skillId, skillId)));
  if (!row) throw notFound('Skill on your profile');
  return row;
}

/**
 * A skill confirmed by an employer or accredited (EVC) is evidence someone else gave; the
 * worker may not overwrite or drop it, or the source would no longer be true.
 */
function requireSelfDeclared(row: typeof workerSkills.$inferSelect) {
  if (row.source === 'employer') {
    throw forbidden('This skill was confirmed by an employer; only that employer can change or remove it.');
  }
  if (row.source === 'accredited') {
    throw forbidden('This skill was accredited (EVC); it cannot be changed or removed here.');
  }
}

/** Adds one self-declared skill. A skill already on the profile is a conflict: change its level instead. */
export async function addWorkerSkill(db: Database, actor: WorkerActor, input: WorkerSkillInput) {
  return db.transaction(async (tx) => {
    const profile = await requireOwnProfile(tx, actor);
    await requireCurrentSkills(tx, [input.skillId], 'skillId');
    const inserted = await tx
      .insert(workerSkills)
      .values({ workerId: profile.id, skillId: input.skillId, level: input.level, source: 'self' })
      .onConflictDoNothing()
      .returning();
    if (inserted.length === 0) throw conflict('This skill is already on your profile; change its level instead.');
    await profileChanged(tx, profile, 'worker.skill.add', input);
    return inserted[0]!;
  });
}

/**
 * Takes over skills proposed for an occupation, each at its chosen level. Skills already on the
 * profile are left as they are (an employer-confirmed level must not be overwritten).
 */
export async function adoptWorkerSkills(
  db: Database,
  actor: WorkerActor,
  input: z.infer<typeof adoptWorkerSkillsInput>,
) {
  return db.transaction(async (tx) => {
    const profile = await requireOwnProfile(tx, actor);
    await requireCurrentSkills(
      tx,
      input.skills.map((s) => s.skillId),
      'skills',
    );
    const inserted = await tx
      .insert(workerSkills)
      .values(
        input.skills.map((s) => ({
          workerId: profile.id,
          skillId: s.skillId,
          level: s.level,
          source: 'self' as const,
        })),
      )
      .onConflictDoNothing()
      .returning({ skillId: workerSkills.skillId });
    const added = inserted.map((r) => r.skillId);
    if (added.length > 0) await profileChanged(tx, profile, 'worker.skill.adopt', { skillIds: added });
    return { added, skipped: input.skills.length - added.length };
  });
}

export async function setWorkerSkillLevel(db: Database, actor: WorkerActor, input: WorkerSkillInput) {
  return db.transaction(async (tx) => {
    const profile = await requireOwnProfile(tx, actor);
    const row = await requireOwnSkill(tx, profile, input.skillId);
    requireSelfDeclared(row);
    if (row.level === input.level) return row; // a repeated request changes nothing
    const [updated] = await tx
      .update(workerSkills)
      .set({ level: input.level })
      .where(and(eq(workerSkills.workerId, profile.id), eq(workerSkills.skillId, input.skillId)))
      .returning();
    await profileChanged(tx, profile, 'worker.skill.level', {
      skillId: input.skillId,
      from: row.level,
      to: input.level,
    });
    return updated!;
  });
}

export async function removeWorkerSkill(db: Database, actor: WorkerActor, input: z.infer<typeof workerSkillRefInput>) {
  return db.transaction(async (tx) => {
    const profile = await requireOwnProfile(tx, actor);
    const row = await requireOwnSkill(tx, profile, input.skillId);
    requireSelfDeclared(row);
    await tx
      .delete(workerSkills)
      .where(and(eq(workerSkills.workerId, profile.id), eq(workerSkills.skillId, input.skillId)));
    await profileChanged(tx, profile, 'worker.skill.remove', { skillId: input.skillId, level: row.level });
    return { skillId: input.skillId };
  });
}

/** The occupations the worker wants to move to, first choice first. */
async function desiredOccupationIds(db: Database, workerId: string): Promise<string[]> {
  const rows = await db
    .select({ id: workerDesiredOccupations.occupationId })
    .from(workerDesiredOccupations)
    .where(eq(workerDesiredOccupations.workerId, workerId))
    .orderBy(asc(workerDesiredOccupations.position));
  return rows.map((r) => r.id);
}

/**
 * The occupation the worker wants to move to first (null: none); it drives the skill
 * proposals below. It becomes the worker's only desired occupation.
 */
export async function setDesiredOccupation(
  db: Database,
  actor: WorkerActor,
  input: z.infer<typeof desiredOccupationInput>,
) {
  return db.transaction(async (tx) => {
    const profile = await requireOwnProfile(tx, actor);
    if (input.occupationId) await requireCurrentOccupation(tx, input.occupationId, 'occupationId');
    const before = await desiredOccupationIds(tx, profile.id);
    const wanted = input.occupationId ? [input.occupationId] : [];
    if (before.join() === wanted.join()) return { occupationIds: wanted }; // a repeated request changes nothing
    await tx.delete(workerDesiredOccupations).where(eq(workerDesiredOccupations.workerId, profile.id));
    if (input.occupationId) {
      await tx
        .insert(workerDesiredOccupations)
        .values({ workerId: profile.id, occupationId: input.occupationId, position: 1 });
    }
    await profileChanged(tx, profile, 'worker.desired_occupation.set', { from: before, to: wanted });
    return { occupationIds: wanted };
  });
}

/**
 * The first desired occupation with the essential and optional skills it asks for that the
 * worker does not list yet: what the worker is offered to take over.
 */
export async function getOccupationProposals(db: Database, actor: WorkerActor) {
  const profile = await requireOwnProfile(db, actor);
  const [first] = await desiredOccupationIds(db, profile.id);
  if (!first) return { occupation: null, essential: [], optional: [] };
  const { occupation, essential, optional } = await getOccupationSkills(db, first);
  const held = new Set(
    (await db.select({ id: workerSkills.skillId }).from(workerSkills).where(eq(workerSkills.workerId, profile.id))).map(
      (r) => r.id,
    ),
  );
  return {
    occupation,
    essential: essential.filter((s) => !held.has(s.id)),
    optional: optional.filter((s) => !held.has(s.id)),
  };
}
