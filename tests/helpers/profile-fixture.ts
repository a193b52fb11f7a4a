/**
 * Workers made by hand in the seeded demo region, for tests of the worker's own profile: each
 * starts bare (no skills, no desired occupation, defaults everywhere) so a test adds exactly
 * what it is about.
 */
import { randomBytes } from 'node:crypto';
import { and, asc, count, eq } from 'drizzle-orm';
import type { Database } from '~/db/client';
import {
  auditLog,
  memberships,
  occupations,
  outbox,
  regions,
  users,
  workerDesiredOccupations,
  workerExperiences,
  workerLanguages,
  workerProfiles,
  workerSkills,
} from '~/db/schema';
import { atRiskWorkerRow } from './rows';

/** A new at-risk worker of the demo region with a bare profile; returns the e-mail to sign in with and the profile id. */
export async function createBareWorker(
  db: Database,
  profile: Partial<typeof workerProfiles.$inferInsert> = {},
): Promise<{ email: string; profileId: string; userId: string; regionId: string }> {
  const [region] = await db.select().from(regions).where(eq(regions.slug, 'zuidoost-brabant'));
  const email = `profiel.${randomBytes(4).toString('hex')}@profile.test`;
  const [user] = await db.insert(users).values({ name: 'Testpersoon Profiel', email }).returning();
  await db.insert(memberships).values({ userId: user!.id, role: 'worker', regionId: region!.id });
  const [row] = await db
    .insert(workerProfiles)
    .values({ ...atRiskWorkerRow(user!.id, region!.id), ...profile })
    .returning();
  return { email, profileId: row!.id, userId: user!.id, regionId: region!.id };
}

/** An occupation of the demo taxonomy by its code, e.g. '7223.4' (CNC-verspaner). */
export async function occupationByCode(db: Database, code: string) {
  const [row] = await db.select().from(occupations).where(eq(occupations.code, code));
  if (!row) throw new Error(`no occupation ${code}`);
  return row;
}

/** Everything a write to a worker's profile can touch: the profile and its parts, its outbox rows and audit entries. */
export async function profileState(db: Database, profileId: string) {
  const [profile] = await db.select().from(workerProfiles).where(eq(workerProfiles.id, profileId));
  const [[o], [a]] = await Promise.all([
    db
      .select({ n: count() })
      .from(outbox)
      .where(and(eq(outbox.aggregate, 'worker_profile'), eq(outbox.aggregateId, profileId))),
    db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.subjectType, 'worker_profile'), eq(auditLog.subjectId, profileId))),
  ]);
  return {
    profile: profile!,
    skills: await db
      .select()
      .from(workerSkills)
      .where(eq(workerSkills.workerId, profileId))
      .orderBy(asc(workerSkills.skillId)),
    experiences: await db
      .select()
      .from(workerExperiences)
      .where(eq(workerExperiences.workerId, profileId))
      .orderBy(asc(workerExperiences.id)),
    languages: await db
      .select()
      .from(workerLanguages)
      .where(eq(workerLanguages.workerId, profileId))
      .orderBy(asc(workerLanguages.language)),
    desired: await db
      .select()
      .from(workerDesiredOccupations)
      .where(eq(workerDesiredOccupations.workerId, profileId))
      .orderBy(asc(workerDesiredOccupations.position)),
    outbox: o!.n,
    audit: a!.n,
  };
}

/** The audit actions recorded on a profile, oldest first. */
export async function auditActions(db: Database, profileId: string): Promise<string[]> {
  const rows = await db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, 'worker_profile'), eq(auditLog.subjectId, profileId)))
    .orderBy(asc(auditLog.id));
  return rows.map((r) => r.action);
}
