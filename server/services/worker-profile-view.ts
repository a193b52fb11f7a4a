/**
 * The worker's complete profile as the worker sees it: one read for the profile pages, with
 * every part the worker edits (server/services/worker-*.ts).
 */
import { asc, eq } from 'drizzle-orm';
import type { Database } from '~/db/client';
import type { WorkerActor } from '~/server/auth/actor';
import { occupations, organisations, skills, workerSkills } from '~/db/schema';
import { listDesiredOccupations } from './worker-desired-occupations';
import { listExperiences } from './worker-experiences';
import { listLanguages } from './worker-languages';
import { requireOwnProfile } from './worker-profile';

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
        .select({ id: occupations.id, labelNl: occupations.preferredLabelNl, labelEn: occupations.preferredLabelEn })
        .from(occupations)
        .where(eq(occupations.id, profile.currentOccupationId))
    : [];
  const [skillRows, experiences, languages, desiredOccupations] = await Promise.all([
    db
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
      .orderBy(asc(skills.preferredLabelNl)),
    listExperiences(db, profile.id),
    listLanguages(db, profile.id),
    listDesiredOccupations(db, profile.id),
  ]);
  return {
    profile,
    employer: employer ?? null,
    occupation: occupation ?? null,
    skills: skillRows,
    /** Most recent first. */
    experiences,
    /** Mother tongues first, then by level. */
    languages,
    /** First choice first. */
    desiredOccupations,
  };
}
