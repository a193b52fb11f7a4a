import { count, desc, eq } from 'drizzle-orm';
import type { Database } from '~/db/client';
import type { EmployerActor } from '~/server/auth/actor';
import { redundancies, workerProfiles } from '~/db/schema';

/** The employer's own redundancy announcements, with how many affected workers are registered. */
export async function listOrganisationRedundancies(db: Database, actor: EmployerActor) {
  return db
    .select({
      id: redundancies.id,
      title: redundancies.title,
      roles: redundancies.roles,
      expectedDate: redundancies.expectedDate,
      reason: redundancies.reason,
      affectedCount: redundancies.affectedCount,
      status: redundancies.status,
      registeredWorkers: count(workerProfiles.id),
    })
    .from(redundancies)
    .leftJoin(workerProfiles, eq(workerProfiles.redundancyId, redundancies.id))
    .where(eq(redundancies.organisationId, actor.organisationId))
    .groupBy(redundancies.id)
    .orderBy(desc(redundancies.expectedDate));
}
