import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import type { WorkerActor } from '~/server/auth/actor';
import { consents, workerProfiles } from '~/db/schema';
import { notFound } from '~/server/lib/errors';
import { recordAudit } from './audit';
import { enqueueSearchSync } from './outbox';

export type WorkerProfile = typeof workerProfiles.$inferSelect;

/** The caller's own profile; services for the worker portal never look a profile up by any other key. */
export async function requireOwnProfile(db: Database, actor: WorkerActor) {
  const [profile] = await db.select().from(workerProfiles).where(eq(workerProfiles.userId, actor.userId));
  if (!profile) throw notFound('Worker profile');
  return profile;
}

/**
 * The outbox row and audit entry that go with every change to a worker's profile, written in
 * the transaction of the change: search and the stored matches must see it (the outbox sync
 * rematches the worker), and the worker can see what happened to their profile.
 */
export async function recordProfileChange(
  db: Database,
  profile: WorkerProfile,
  action: string,
  metadata: Record<string, unknown>,
) {
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

export const visibilityInput = z.object({
  visibleToEmployers: z.boolean(),
  openToOtherRegions: z.boolean(),
});

/**
 * Grants or revokes the worker's consent to be found (anonymised) by employers. Revoking
 * closes the consent record, hides the profile and queues its removal from the search index.
 * "Other regions" are the regions bordering the worker's own (server/lib/region-neighbours.ts).
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
