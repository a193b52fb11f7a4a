/**
 * Skills an employer confirms for its own people: at a level, on an invitation (they become the
 * worker's skills, source 'employer', when the invitation is accepted) or on a worker who already
 * joined. The worker sees them but cannot change or remove them (worker-skills.ts); the employer
 * offers them from the person's occupation (taxonomy.occupationSkills), but may confirm any
 * current skill of the taxonomy: ESCO's occupation profiles are not complete.
 */
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { skills, workerProfiles, workerSkills } from '~/db/schema';
import type { EmployerActor } from '~/server/auth/actor';
import { notFound } from '~/server/lib/errors';
import { recordAudit } from './audit';
import { enqueueSearchSync } from './outbox';
import { requireCurrentSkills } from './taxonomy-references';

const confirmedSkill = z.object({
  skillId: z.uuid(),
  level: z.int('level is a whole number from 1 to 4').min(1, 'level is 1 to 4').max(4, 'level is 1 to 4'),
});

export const confirmedSkillList = () =>
  z
    .array(confirmedSkill)
    .max(60, 'at most 60 skills')
    .refine((list) => new Set(list.map((s) => s.skillId)).size === list.length, 'each skill can be listed only once');

export const confirmWorkerSkillsInput = z.object({
  workerId: z.uuid(),
  skills: confirmedSkillList().refine((list) => list.length > 0, 'choose at least one skill'),
});

/** The skills this firm confirmed on a worker, with labels. */
export async function skillsConfirmedBy(db: Database, organisationId: string, workerId: string) {
  return db
    .select({
      skillId: workerSkills.skillId,
      level: workerSkills.level,
      labelNl: skills.preferredLabelNl,
      labelEn: skills.preferredLabelEn,
    })
    .from(workerSkills)
    .innerJoin(skills, eq(skills.id, workerSkills.skillId))
    .where(
      and(
        eq(workerSkills.workerId, workerId),
        eq(workerSkills.source, 'employer'),
        eq(workerSkills.confirmedByOrganisationId, organisationId),
      ),
    )
    .orderBy(asc(skills.preferredLabelNl));
}

/**
 * Writes employer-confirmed skills onto a worker's profile (in the caller's transaction). A skill
 * the worker declared themselves becomes confirmed at the employer's level: the confirmation is
 * the stronger evidence. An accredited skill (EVC) or another employer's confirmation stays as
 * it is. Returns nothing about what the worker had, so the employer learns nothing from it.
 */
export async function writeConfirmedSkills(
  db: Database,
  organisationId: string,
  workerId: string,
  list: readonly { skillId: string; level: number }[],
) {
  if (list.length === 0) return;
  await db
    .insert(workerSkills)
    .values(
      list.map((s) => ({
        workerId,
        skillId: s.skillId,
        level: s.level,
        source: 'employer' as const,
        confirmedByOrganisationId: organisationId,
      })),
    )
    .onConflictDoUpdate({
      target: [workerSkills.workerId, workerSkills.skillId],
      set: {
        level: sql`excluded.level`,
        source: sql`excluded.source`,
        confirmedByOrganisationId: sql`excluded.confirmed_by_organisation_id`,
        updatedAt: sql`now()`,
      },
      setWhere: or(
        eq(workerSkills.source, 'self'),
        and(eq(workerSkills.source, 'employer'), eq(workerSkills.confirmedByOrganisationId, organisationId)),
      ),
    });
}

/** Confirms skills of one of the firm's own workers who already joined. */
export async function confirmWorkerSkills(
  db: Database,
  actor: EmployerActor,
  input: z.infer<typeof confirmWorkerSkillsInput>,
) {
  return db.transaction(async (tx) => {
    const [worker] = await tx
      .select({ id: workerProfiles.id, regionId: workerProfiles.regionId, visible: workerProfiles.visibleToEmployers })
      .from(workerProfiles)
      .where(
        and(eq(workerProfiles.id, input.workerId), eq(workerProfiles.currentOrganisationId, actor.organisationId)),
      );
    // Another firm's worker answers exactly like a missing one.
    if (!worker) throw notFound('At-risk worker');
    await requireCurrentSkills(
      tx,
      input.skills.map((s) => s.skillId),
      'skills',
    );
    await writeConfirmedSkills(tx, actor.organisationId, worker.id, input.skills);
    await enqueueSearchSync(tx, 'worker_profile', worker.id, worker.visible ? 'upsert' : 'delete');
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'worker.skill.confirm',
      subjectType: 'worker_profile',
      subjectId: worker.id,
      organisationId: actor.organisationId,
      regionId: worker.regionId,
      metadata: { skills: input.skills },
    });
    return { workerId: worker.id, confirmedSkills: await skillsConfirmedBy(tx, actor.organisationId, worker.id) };
  });
}

/** The skills of a list that still exist in the taxonomy (a confirmation made long ago may name a removed one). */
export async function existingSkills<T extends { skillId: string }>(db: Database, list: readonly T[]): Promise<T[]> {
  if (list.length === 0) return [];
  const found = await db
    .select({ id: skills.id })
    .from(skills)
    .where(
      inArray(
        skills.id,
        list.map((s) => s.skillId),
      ),
    );
  const ids = new Set(found.map((s) => s.id));
  return list.filter((s) => ids.has(s.skillId));
}
