import { asc, eq } from 'drizzle-orm';
import type { Database } from '~/db/client';
import type { CoordinatorActor, EmployerActor } from '~/server/auth/actor';
import { organisations, regions } from '~/db/schema';
import { notFound } from '~/server/lib/errors';

/** The employer's own organisation row, whatever its approval status (for services that need its address). */
export async function getOwnOrganisation(db: Database, actor: EmployerActor) {
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, actor.organisationId));
  if (!organisation) throw notFound('Organisation');
  return organisation;
}

/**
 * The employer's own organisation as its pages show it, whatever its approval status: what it
 * registered, its region, and the coordinator's decision with its reason (a rejected firm reads why).
 */
export async function describeOwnOrganisation(db: Database, actor: EmployerActor) {
  const [organisation] = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      kvkNumber: organisations.kvkNumber,
      sector: organisations.sector,
      sizeBand: organisations.sizeBand,
      street: organisations.street,
      postalCode: organisations.postalCode,
      city: organisations.city,
      region: { id: regions.id, name: regions.name },
      approvalStatus: organisations.approvalStatus,
      registeredAt: organisations.createdAt,
      decidedAt: organisations.decidedAt,
      decisionReason: organisations.decisionReason,
    })
    .from(organisations)
    .innerJoin(regions, eq(regions.id, organisations.regionId))
    .where(eq(organisations.id, actor.organisationId));
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
      sizeBand: organisations.sizeBand,
      employeeCount: organisations.employeeCount,
      approvalStatus: organisations.approvalStatus,
    })
    .from(organisations)
    .where(eq(organisations.regionId, actor.regionId))
    .orderBy(asc(organisations.approvalStatus), asc(organisations.name));
}
