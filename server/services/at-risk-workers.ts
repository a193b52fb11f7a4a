import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '~/db/client';
import type { EmployerActor } from '~/server/auth/actor';
import { occupations, users, workerProfiles } from '~/db/schema';
import { notFound } from '~/server/lib/errors';

const activeStatuses = ['at_risk', 'in_transition'] as const;

const employeeColumns = {
  id: workerProfiles.id,
  name: users.name,
  status: workerProfiles.status,
  riskStartDate: workerProfiles.riskStartDate,
  guidanceDeadline: workerProfiles.guidanceDeadline,
  redundancyId: workerProfiles.redundancyId,
  occupationLabelNl: occupations.preferredLabelNl,
  occupationLabelEn: occupations.preferredLabelEn,
};

/**
 * The at-risk workers an employer releases: its own employees, so it sees them by name.
 * Workers at other employers are never reachable here (only anonymised, through matching).
 */
export async function listOrganisationAtRiskWorkers(db: Database, actor: EmployerActor) {
  return db
    .select(employeeColumns)
    .from(workerProfiles)
    .innerJoin(users, eq(users.id, workerProfiles.userId))
    .leftJoin(occupations, eq(occupations.id, workerProfiles.currentOccupationId))
    .where(
      and(
        eq(workerProfiles.currentOrganisationId, actor.organisationId),
        inArray(workerProfiles.status, activeStatuses),
      ),
    )
    .orderBy(asc(workerProfiles.guidanceDeadline), asc(users.name));
}

export async function getOrganisationAtRiskWorker(db: Database, actor: EmployerActor, input: { workerId: string }) {
  const [worker] = await db
    .select(employeeColumns)
    .from(workerProfiles)
    .innerJoin(users, eq(users.id, workerProfiles.userId))
    .leftJoin(occupations, eq(occupations.id, workerProfiles.currentOccupationId))
    .where(and(eq(workerProfiles.id, input.workerId), eq(workerProfiles.currentOrganisationId, actor.organisationId)));
  // Another organisation's worker answers exactly like a missing one: existence is not leaked.
  if (!worker) throw notFound('At-risk worker');
  return worker;
}
