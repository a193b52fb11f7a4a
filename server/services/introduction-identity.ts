/**
 * Whose identity an employer may see: a worker's name and e-mail reach an employer only while
 * an introduction between them is accepted and still running (or ended in a hire). A declined,
 * rejected or withdrawn introduction hides the identity again; the history stays in the audit log.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { introductions, users, workerProfiles } from '~/db/schema';
import type { IntroductionStatus } from './introduction-steps';

/** Statuses in which the worker has agreed to be known to the employer. */
export const IDENTITY_SHARED_STATUSES = [
  'accepted',
  'meeting',
  'offer',
  'trial',
  'hired',
] as const satisfies readonly IntroductionStatus[];

export interface RevealedIdentity {
  name: string;
  email: string;
}

/** Worker id → name and e-mail, for the given workers whose identity the organisation may see now. */
export async function identitiesRevealedTo(
  db: Database,
  organisationId: string,
  workerIds: readonly string[],
): Promise<Map<string, RevealedIdentity>> {
  if (workerIds.length === 0) return new Map();
  const rows = await db
    .selectDistinct({ workerId: workerProfiles.id, name: users.name, email: users.email })
    .from(introductions)
    .innerJoin(workerProfiles, eq(workerProfiles.id, introductions.workerId))
    .innerJoin(users, eq(users.id, workerProfiles.userId))
    .where(
      and(
        eq(introductions.organisationId, organisationId),
        inArray(introductions.workerId, [...workerIds]),
        inArray(introductions.status, [...IDENTITY_SHARED_STATUSES]),
      ),
    );
  return new Map(rows.map((r) => [r.workerId, { name: r.name, email: r.email }]));
}
