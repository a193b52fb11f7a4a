/**
 * The worker's own skills profile: add, re-level and remove self-declared skills, and take over
 * the skills their desired occupations propose. Every write runs in one transaction with its
 * search-outbox row (matching and the anonymised index must see the change) and an audit entry
 * (workers can see what happened to their profile).
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import type { WorkerActor } from '~/server/auth/actor';
import { workerSkills } from '~/db/schema';
import { getOccupationSkills } from '~/server/taxonomy/occupations';
import { conflict, forbidden, notFound } from '~/server/lib/errors';
import { requireCurrentSkills } from './taxonomy-references';
import { desiredOccupationIds } from './worker-desired-occupations';
import { recordProfileChange, requireOwnProfile, type WorkerProfile } from './worker-profile';

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

async function requireOwnSkill(db: Database, profile: WorkerProfile, skillId: string) {
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
    await recordProfileChange(tx, profile, 'worker.skill.add', input);
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
    if (added.length > 0) await recordProfileChange(tx, profile, 'worker.skill.adopt', { skillIds: added });
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
    await recordProfileChange(tx, profile, 'worker.skill.level', {
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
    await recordProfileChange(tx, profile, 'worker.skill.remove', { skillId: input.skillId, level: row.level });
    return { skillId: input.skillId };
  });
}

/** The skill ids on the worker's profile. */
export async function heldSkillIds(db: Database, workerId: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: workerSkills.skillId })
    .from(workerSkills)
    .where(eq(workerSkills.workerId, workerId));
  return new Set(rows.map((r) => r.id));
}

/**
 * Per desired occupation, first choice first: the essential and optional skills it asks for
 * that the worker does not list yet, i.e. what the worker is offered to take over. A skill two
 * occupations ask for is proposed under each; taking it over once removes it from both.
 */
export async function getOccupationProposals(db: Database, actor: WorkerActor) {
  const profile = await requireOwnProfile(db, actor);
  const [ids, held] = await Promise.all([desiredOccupationIds(db, profile.id), heldSkillIds(db, profile.id)]);
  const occupations = [];
  for (const id of ids) {
    const { occupation, essential, optional } = await getOccupationSkills(db, id);
    occupations.push({
      occupation,
      essential: essential.filter((s) => !held.has(s.id)),
      optional: optional.filter((s) => !held.has(s.id)),
    });
  }
  return { occupations };
}
