import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '~/db/client';
import type { CoordinatorActor, EmployerActor } from '~/server/auth/actor';
import { organisations } from '~/db/schema';
import { notFound } from '~/server/lib/errors';
import { recordAudit } from './audit';

/** The employer's own organisation, whatever its approval status. */
export async function getOwnOrganisation(db: Database, actor: EmployerActor) {
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, actor.organisationId));
  if (!organisation) throw notFound('Organisation');
  return organisation;
}

/** Employers in the coordinator's region, those awaiting approval first. */
export async function listRegionOrganisations(db: Database, actor: CoordinatorActor) {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      kvkNumber: organisations.kvkNumber,
      sector: organisations.sector,
      city: organisations.city,
      employeeCount: organisations.employeeCount,
      approvalStatus: organisations.approvalStatus,
    })
    .from(organisations)
    .where(eq(organisations.regionId, actor.regionId))
    .orderBy(asc(organisations.approvalStatus), asc(organisations.name));
}

/** A coordinator approves (or rejects) an employer of their own region. Repeating it is harmless. */
export async function decideOrganisationApproval(
  db: Database,
  actor: CoordinatorActor,
  input: { organisationId: string; decision: 'approved' | 'rejected' },
) {
  return db.transaction(async (tx) => {
    const [organisation] = await tx
      .select()
      .from(organisations)
      .where(and(eq(organisations.id, input.organisationId), eq(organisations.regionId, actor.regionId)));
    if (!organisation) throw notFound('Organisation');
    if (organisation.approvalStatus === input.decision) return organisation;
    const [updated] = await tx
      .update(organisations)
      .set({
        approvalStatus: input.decision,
        approvedAt: input.decision === 'approved' ? new Date() : null,
        approvedByUserId: input.decision === 'approved' ? actor.userId : null,
      })
      .where(eq(organisations.id, organisation.id))
      .returning();
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: `organisation.${input.decision}`,
      subjectType: 'organisation',
      subjectId: organisation.id,
      regionId: actor.regionId,
      organisationId: organisation.id,
    });
    return updated!;
  });
}
