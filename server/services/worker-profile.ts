import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import type { WorkerActor } from '~/server/auth/actor';
import { consents, occupations, organisations, skills, workerProfiles, workerSkills } from '~/db/schema';
import { notFound } from '~/server/lib/errors';
import { recordAudit } from './audit';
import { enqueueSearchSync } from './outbox';

/** The caller's own profile; services for the worker portal never look a profile up by any other key. */
export async function requireOwnProfile(db: Database, actor: WorkerActor) {
  const [profile] = await db.select().from(workerProfiles).where(eq(workerProfiles.userId, actor.userId));
  if (!profile) throw notFound('Worker profile');
  return profile;
}

/** The worker's own profile, with employer and skills, as the worker sees it. */
export async function getOwnWorkerProfile(db: Database, actor: WorkerActor) {
  const profile = await requireOwnProfile(db, actor);
  const [employer] = profile.currentOrganisationId
    ? await db
        .select({ name: organisations.name, city: organisations.city })
        .from(organisations)
        .where(eq(organisations.id, profile.currentOrganisationId))
    : [];
  const [occupation] = profile.currentOccupationId
    ? await db
        .select({ labelNl: occupations.preferredLabelNl, labelEn: occupations.preferredLabelEn })
        .from(occupations)
        .where(eq(occupations.id, profile.currentOccupationId))
    : [];
  const skillRows = await db
    .select({
      skillId: workerSkills.skillId,
      labelNl: skills.preferredLabelNl,
      labelEn: skills.preferredLabelEn,
      level: workerSkills.level,
      source: workerSkills.source,
    })
    .from(workerSkills)
    .innerJoin(skills, eq(skills.id, workerSkills.skillId))
    .where(eq(workerSkills.workerId, profile.id))
    .orderBy(asc(skills.preferredLabelNl));
  return { profile, employer: employer ?? null, occupation: occupation ?? null, skills: skillRows };
}

export const visibilityInput = z.object({
  visibleToEmployers: z.boolean(),
  openToOtherRegions: z.boolean(),
});

/**
 * Grants or revokes the worker's consent to be found (anonymised) by employers. Revoking
 * closes the consent record, hides the profile and queues its removal from the search index.
 */
export async function setWorkerVisibility(db: Database, actor: WorkerActor, input: z.infer<typeof visibilityInput>) {
  // Visibility beyond the region only makes sense while visible at all.
  const wanted = { ...input, openToOtherRegions: input.visibleToEmployers && input.openToOtherRegions };
  return db.transaction(async (tx) => {
    const profile = await requireOwnProfile(tx, actor);
    const scopes = [
      ['profile_anonymous', profile.visibleToEmployers, wanted.visibleToEmployers],
      ['cross_region', profile.openToOtherRegions, wanted.openToOtherRegions],
    ] as const;
    for (const [scope, was, now] of scopes) {
      if (was === now) continue; // a repeated request changes nothing
      if (now) {
        await tx.insert(consents).values({ workerId: profile.id, scope });
      } else {
        await tx
          .update(consents)
          .set({ revokedAt: new Date() })
          .where(and(eq(consents.workerId, profile.id), eq(consents.scope, scope), isNull(consents.revokedAt)));
      }
    }
    const [updated] = await tx.update(workerProfiles).set(wanted).where(eq(workerProfiles.id, profile.id)).returning();
    if (
      profile.visibleToEmployers !== wanted.visibleToEmployers ||
      profile.openToOtherRegions !== wanted.openToOtherRegions
    ) {
      await enqueueSearchSync(tx, 'worker_profile', profile.id, wanted.visibleToEmployers ? 'upsert' : 'delete');
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: 'worker.consent.update',
        subjectType: 'worker_profile',
        subjectId: profile.id,
        regionId: profile.regionId,
        metadata: wanted,
      });
    }
    return updated!;
  });
}
