/**
 * One anonymised candidate in full, for one of the employer's own vacancies: skills with
 * levels, work history as occupations and years (never an employer's name), languages,
 * education level and preferences. Each opening is written to the audit log in the shape the
 * worker's "who looked at my profile" page reads.
 */
import { asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { occupations, skills, workerExperiences, workerLanguages, workerProfiles, workerSkills } from '~/db/schema';
import type { EmployerActor } from '~/server/auth/actor';
import { conceptLabel } from '~/i18n/config';
import { daysBetween } from '~/server/lib/dates';
import { notFound } from '~/server/lib/errors';
import { singleLineText, todayIso } from '~/server/lib/input';
import { recordAudit } from './audit';
import { resolveCandidatePseudonym } from './candidate-pseudonyms';
import { visibleCandidates } from './candidate-view';
import { identitiesRevealedTo } from './introduction-identity';
import { interestedWorkerIds, ownVacancy, rankedCandidateMatch, shownMatch } from './vacancy-candidates';

export const candidateGetInput = z.object({
  vacancyId: z.uuid(),
  /** The employer's own pseudonym, e.g. "K-7Q4M2". */
  candidateId: singleLineText({ min: 1, max: 20 }),
  locale: z.enum(['nl', 'en']).default('nl'),
});

/** Whole years between two days, to one decimal: how long someone did a job. */
function yearsBetween(from: string, to: string) {
  return Math.max(0, Math.round((daysBetween(from, to) / 365.25) * 10) / 10);
}

export async function getCandidate(db: Database, actor: EmployerActor, input: z.infer<typeof candidateGetInput>) {
  const vacancy = await ownVacancy(db, actor, input.vacancyId);
  const { workerId } = await resolveCandidatePseudonym(db, actor, input);
  // Consent, status, region and "not our own employee", read fresh: a worker who may no longer be seen is not found.
  const candidate = (await visibleCandidates(db, actor, { workerIds: [workerId], from: vacancy })).get(workerId);
  if (!candidate) throw notFound('Candidate');
  const label = (row: { labelNl: string | null; labelEn: string | null }) =>
    conceptLabel(input.locale, row.labelNl, row.labelEn);
  const [profile, skillRows, history, languages, match, interested, identities] = await Promise.all([
    db
      .select({
        educationLevel: workerProfiles.educationLevel,
        remotePreferences: workerProfiles.remotePreferences,
        maxCommuteKm: workerProfiles.maxCommuteKm,
      })
      .from(workerProfiles)
      .where(eq(workerProfiles.id, workerId))
      .then((rows) => rows[0]!),
    db
      .select({
        skillId: workerSkills.skillId,
        level: workerSkills.level,
        source: workerSkills.source,
        labelNl: skills.preferredLabelNl,
        labelEn: skills.preferredLabelEn,
      })
      .from(workerSkills)
      .innerJoin(skills, eq(skills.id, workerSkills.skillId))
      .where(eq(workerSkills.workerId, workerId))
      .orderBy(desc(workerSkills.level), asc(skills.preferredLabelNl)),
    db
      .select({
        title: workerExperiences.title,
        startDate: workerExperiences.startDate,
        endDate: workerExperiences.endDate,
        labelNl: occupations.preferredLabelNl,
        labelEn: occupations.preferredLabelEn,
      })
      .from(workerExperiences)
      .leftJoin(occupations, eq(occupations.id, workerExperiences.occupationId))
      .where(eq(workerExperiences.workerId, workerId))
      .orderBy(desc(workerExperiences.startDate)),
    db
      .select({ language: workerLanguages.language, level: workerLanguages.level })
      .from(workerLanguages)
      .where(eq(workerLanguages.workerId, workerId))
      .orderBy(asc(workerLanguages.language)),
    rankedCandidateMatch(db, vacancy.id, workerId),
    interestedWorkerIds(db, vacancy.id),
    identitiesRevealedTo(db, actor.organisationId, [workerId]),
  ]);
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: 'candidate.view',
    subjectType: 'worker_profile',
    subjectId: workerId,
    organisationId: actor.organisationId,
    regionId: actor.regionId,
    metadata: { vacancyId: vacancy.id },
  });
  const today = todayIso();
  return {
    vacancyTitle: vacancy.title,
    candidate,
    match: match ? shownMatch(match, input.locale) : null,
    interested: interested.has(workerId),
    identity: identities.get(workerId) ?? null,
    skills: skillRows.map((s) => ({ skillId: s.skillId, label: label(s), level: s.level, source: s.source })),
    // The occupation, or the job title where none was chosen; the employer's name is never sent.
    workHistory: history.map((h) => ({
      occupation: h.labelNl || h.labelEn ? label(h) : h.title,
      years: yearsBetween(h.startDate, h.endDate ?? today),
      current: h.endDate === null,
    })),
    languages,
    educationLevel: profile.educationLevel,
    preferences: {
      hoursMin: candidate.hoursMin,
      hoursMax: candidate.hoursMax,
      contractPreferences: candidate.contractPreferences,
      remotePreferences: profile.remotePreferences,
      maxCommuteKm: profile.maxCommuteKm,
      availableFrom: candidate.availableFrom,
    },
  };
}
