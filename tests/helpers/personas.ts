/**
 * The kinds of caller the access policy tells apart, and the demo account that plays each one.
 * Shared by the authorisation matrix and the hostile-input test, so both call every procedure
 * as the same people.
 */
import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { memberships, organisations, regions, users } from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import type { Audience } from '~/server/api/access-policy';

export type Persona =
  | 'anonymous'
  | 'worker'
  | 'workerOfOtherRegion'
  | 'employer'
  | 'employerOfOtherFirm'
  | 'pendingEmployer'
  | 'coordinator'
  | 'coordinatorOfOtherRegion'
  | 'admin';

export type SignedInPersona = Exclude<Persona, 'anonymous'>;

/** Which audiences each persona belongs to. */
export const audiencesOf: Record<Persona, readonly Audience[]> = {
  anonymous: ['public'],
  worker: ['public', 'signedIn', 'worker', 'workerOrEmployer', 'workerOrCoordinator'],
  workerOfOtherRegion: ['public', 'signedIn', 'worker', 'workerOrEmployer', 'workerOrCoordinator'],
  employer: ['public', 'signedIn', 'employer', 'employerAnyStatus', 'workerOrEmployer'],
  employerOfOtherFirm: ['public', 'signedIn', 'employer', 'employerAnyStatus', 'workerOrEmployer'],
  pendingEmployer: ['public', 'signedIn', 'employerAnyStatus'],
  coordinator: ['public', 'signedIn', 'coordinator', 'workerOrCoordinator'],
  coordinatorOfOtherRegion: ['public', 'signedIn', 'coordinator', 'workerOrCoordinator'],
  admin: ['public', 'signedIn', 'admin'],
};

/** The e-mail address of the demo user who plays each signed-in persona (the demo region must be seeded). */
export async function personaEmails(db: Database): Promise<Record<SignedInPersona, string>> {
  const [mainRegion] = await db.select().from(regions).where(eq(regions.slug, 'zuidoost-brabant'));
  const [pending] = await db
    .select({ email: users.email })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(organisations.approvalStatus, 'pending'))
    .limit(1);
  const [otherWorker] = await db
    .select({ email: users.email })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(memberships.role, 'worker'), ne(memberships.regionId, mainRegion!.id)))
    .limit(1);
  return {
    worker: demoAccounts.worker,
    workerOfOtherRegion: otherWorker!.email,
    employer: demoAccounts.employer,
    employerOfOtherFirm: demoAccounts.otherEmployer,
    pendingEmployer: pending!.email,
    coordinator: demoAccounts.coordinator,
    coordinatorOfOtherRegion: demoAccounts.otherRegionCoordinator,
    admin: demoAccounts.admin,
  };
}
