/**
 * Where could one go next? The occupations a person could move to from what they did, each with
 * the essential skills they already cover, the skills to learn and the region's training offers
 * that teach them. For a worker from their current and past occupations (and profile skills);
 * for the coordinator per occupation of a redundancy cohort. The ranking is the engine's
 * (server/taxonomy/transitions.ts); this adds the labels and the region's offers.
 */
import { and, asc, desc, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import {
  occupations,
  organisations,
  redundancies,
  skills,
  trainingOfferSkills,
  trainingOffers,
  workerExperiences,
  workerProfiles,
  workerSkills,
} from '~/db/schema';
import type { CoordinatorActor, WorkerActor } from '~/server/auth/actor';
import { notFound } from '~/server/lib/errors';
import { getTransitions } from '~/server/taxonomy/transition-runtime';
import type { TransitionPath } from '~/server/taxonomy/transitions';
import { requireOwnProfile } from './worker-profile';

/** Paths shown to a worker, and per occupation of a cohort. */
export const WORKER_PATHS = 10;
export const COHORT_PATHS = 5;
/** Offers listed per path: the ones teaching most of what is missing. */
const OFFERS_PER_PATH = 3;

export interface LabelledConcept {
  id: string;
  labelNl: string | null;
  labelEn: string | null;
}

export interface PathTrainingOffer {
  id: string;
  provider: string;
  titleNl: string;
  titleEn: string;
  city: string;
  durationWeeks: number;
  mode: string;
  costEuros: number;
  url: string | null;
  /** Which of the path's missing skills it teaches. */
  teachesSkillIds: string[];
}

export interface TransitionPathView {
  occupation: LabelledConcept;
  /** Share (0..1) of the target's essential skills already covered. */
  coverage: number;
  covered: LabelledConcept[];
  toLearn: LabelledConcept[];
  trainingOffers: PathTrainingOffer[];
}

async function labelsOf(db: Database, table: typeof occupations | typeof skills, ids: string[]) {
  if (ids.length === 0) return new Map<string, LabelledConcept>();
  const rows = await db
    .select({ id: table.id, labelNl: table.preferredLabelNl, labelEn: table.preferredLabelEn })
    .from(table)
    .where(inArray(table.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The region's offers teaching any of the skills, per skill. */
async function offersTeaching(db: Database, regionId: string, skillIds: string[]) {
  const bySkill = new Map<string, Omit<PathTrainingOffer, 'teachesSkillIds'>[]>();
  if (skillIds.length === 0) return bySkill;
  const rows = await db
    .select({
      skillId: trainingOfferSkills.skillId,
      id: trainingOffers.id,
      provider: trainingOffers.provider,
      titleNl: trainingOffers.titleNl,
      titleEn: trainingOffers.titleEn,
      city: trainingOffers.city,
      durationWeeks: trainingOffers.durationWeeks,
      mode: trainingOffers.mode,
      costEuros: trainingOffers.costEuros,
      url: trainingOffers.url,
    })
    .from(trainingOfferSkills)
    .innerJoin(trainingOffers, eq(trainingOffers.id, trainingOfferSkills.trainingOfferId))
    .where(and(eq(trainingOffers.regionId, regionId), inArray(trainingOfferSkills.skillId, skillIds)));
  for (const { skillId, ...offer } of rows) bySkill.set(skillId, [...(bySkill.get(skillId) ?? []), offer]);
  return bySkill;
}

/** Labels and offers for the engine's paths, in one round trip per kind. */
async function present(db: Database, regionId: string, paths: TransitionPath[]): Promise<TransitionPathView[]> {
  const skillIds = [...new Set(paths.flatMap((p) => [...p.coveredSkillIds, ...p.missingSkillIds]))];
  const missingIds = [...new Set(paths.flatMap((p) => p.missingSkillIds))];
  const [occupationLabels, skillLabels, offers] = await Promise.all([
    labelsOf(
      db,
      occupations,
      paths.map((p) => p.occupationId),
    ),
    labelsOf(db, skills, skillIds),
    offersTeaching(db, regionId, missingIds),
  ]);
  const label = (map: Map<string, LabelledConcept>, id: string) => map.get(id) ?? { id, labelNl: null, labelEn: null };
  return paths.map((p) => {
    const teaching = new Map<string, PathTrainingOffer>();
    for (const skillId of p.missingSkillIds) {
      for (const offer of offers.get(skillId) ?? []) {
        const entry = teaching.get(offer.id) ?? { ...offer, teachesSkillIds: [] };
        entry.teachesSkillIds.push(skillId);
        teaching.set(offer.id, entry);
      }
    }
    return {
      occupation: label(occupationLabels, p.occupationId),
      coverage: p.coverage,
      covered: p.coveredSkillIds.map((id) => label(skillLabels, id)),
      toLearn: p.missingSkillIds.map((id) => label(skillLabels, id)),
      trainingOffers: [...teaching.values()]
        .sort((a, b) => b.teachesSkillIds.length - a.teachesSkillIds.length || a.titleEn.localeCompare(b.titleEn))
        .slice(0, OFFERS_PER_PATH),
    };
  });
}

export interface MyTransitionPaths {
  /** The occupations the paths start from: current first, then the work history's. */
  from: LabelledConcept[];
  paths: TransitionPathView[];
}

/** A worker's paths from their current and past occupations and the skills on their profile. */
export async function myTransitionPaths(db: Database, actor: WorkerActor): Promise<MyTransitionPaths> {
  const profile = await requireOwnProfile(db, actor);
  const [history, ownSkills, { index, retired }] = await Promise.all([
    db
      .select({ occupationId: workerExperiences.occupationId })
      .from(workerExperiences)
      .where(and(eq(workerExperiences.workerId, profile.id), isNotNull(workerExperiences.occupationId))),
    db.select({ skillId: workerSkills.skillId }).from(workerSkills).where(eq(workerSkills.workerId, profile.id)),
    getTransitions(db),
  ]);
  const sourceIds = [
    ...new Set([profile.currentOccupationId, ...history.map((h) => h.occupationId)].filter((id) => id !== null)),
  ];
  if (sourceIds.length === 0) return { from: [], paths: [] };
  const paths = index.pathsFrom({
    occupationIds: sourceIds,
    skillIds: ownSkills.map((s) => s.skillId),
    limit: WORKER_PATHS,
    exclude: retired,
  });
  const [sourceLabels, views] = await Promise.all([
    labelsOf(db, occupations, sourceIds),
    present(db, profile.regionId, paths),
  ]);
  return { from: sourceIds.flatMap((id) => sourceLabels.get(id) ?? []), paths: views };
}

export const cohortPathsInput = z.object({ redundancyId: z.uuid() });

export interface CohortOccupationPaths {
  occupation: LabelledConcept;
  /** How many people of the cohort this occupation stands for. */
  people: number;
  paths: TransitionPathView[];
}

export interface CohortTransitionPaths {
  redundancyId: string;
  title: string;
  occupations: CohortOccupationPaths[];
}

/**
 * Per occupation of an announcement in the coordinator's region: where its people could go.
 * The occupations are the announced roles' and those of the people who joined (their current
 * occupation), counted without naming anyone.
 */
export async function cohortTransitionPaths(
  db: Database,
  actor: CoordinatorActor,
  input: z.infer<typeof cohortPathsInput>,
): Promise<CohortTransitionPaths> {
  const [announcement] = await db
    .select({ id: redundancies.id, title: redundancies.title, roles: redundancies.roles })
    .from(redundancies)
    .where(and(eq(redundancies.id, input.redundancyId), eq(redundancies.regionId, actor.regionId)));
  if (!announcement) throw notFound('Redundancy announcement');
  const joined = await db
    .select({ occupationId: workerProfiles.currentOccupationId })
    .from(workerProfiles)
    .where(and(eq(workerProfiles.redundancyId, announcement.id), isNotNull(workerProfiles.currentOccupationId)));

  const people = new Map<string, number>();
  for (const role of announcement.roles) {
    if (role.occupationId) people.set(role.occupationId, (people.get(role.occupationId) ?? 0) + role.count);
  }
  const joinedCounts = new Map<string, number>();
  for (const { occupationId } of joined) joinedCounts.set(occupationId!, (joinedCounts.get(occupationId!) ?? 0) + 1);
  // The announced count, unless more people of that occupation joined than were announced.
  for (const [id, n] of joinedCounts) people.set(id, Math.max(people.get(id) ?? 0, n));

  const { index, retired } = await getTransitions(db);
  const ordered = [...people].filter(([id]) => index.has(id)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const occupationLabels = await labelsOf(
    db,
    occupations,
    ordered.map(([id]) => id),
  );
  const groups = await Promise.all(
    ordered.map(async ([occupationId, count]) => ({
      occupation: occupationLabels.get(occupationId) ?? { id: occupationId, labelNl: null, labelEn: null },
      people: count,
      paths: await present(
        db,
        actor.regionId,
        index.pathsFrom({ occupationIds: [occupationId], limit: COHORT_PATHS, exclude: retired }),
      ),
    })),
  );
  return { redundancyId: announcement.id, title: announcement.title, occupations: groups };
}

/** The region's announcements, to choose a cohort from (newest expected date first, cancelled ones left out). */
export async function regionCohorts(db: Database, actor: CoordinatorActor) {
  return db
    .select({
      id: redundancies.id,
      title: redundancies.title,
      organisationName: organisations.name,
      expectedDate: redundancies.expectedDate,
      affectedCount: redundancies.affectedCount,
    })
    .from(redundancies)
    .innerJoin(organisations, eq(organisations.id, redundancies.organisationId))
    .where(and(eq(redundancies.regionId, actor.regionId), ne(redundancies.status, 'cancelled')))
    .orderBy(desc(redundancies.expectedDate), asc(redundancies.id));
}
