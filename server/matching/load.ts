/**
 * Loads workers, vacancies and the matching context from the database, in the shapes the
 * scoring core takes. Candidates are found by the match indexes (./vacancy-index,
 * ./worker-index), so the scorer only sees pairs that share at least one (related) skill.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '~/db/client';
import {
  occupations,
  occupationSkills,
  trainingOfferSkills,
  trainingOffers,
  vacancies,
  vacancySkills,
  workerProfiles,
  workerSkills,
} from '~/db/schema';
import { toIsoDate } from '~/server/lib/dates';
import { hasPriority } from '~/server/lib/priority-window';
import { loadRegionNeighbours } from '~/server/lib/region-neighbours';
import { loadSkillGraph, type SkillGraph } from '~/server/taxonomy/relatedness';
import { loadVacancyPool, loadWorkerPool, type VacancyPool, type WorkerPool } from './pool';
import type { MatchContext, MatchVacancy, MatchWorker } from './score';

export interface LoadedContext extends MatchContext {
  graph: SkillGraph;
  vacancyPool: VacancyPool;
  workerPool: WorkerPool;
}

/** The taxonomy graph, regional training offers and occupation skills: loaded once per process or run. */
export async function loadMatchContext(db: Database, regionId?: string): Promise<LoadedContext> {
  const [graph, trainable, essentials, vacancyPool, workerPool] = await Promise.all([
    loadSkillGraph(db),
    db
      .selectDistinct({ skillId: trainingOfferSkills.skillId })
      .from(trainingOfferSkills)
      .innerJoin(trainingOffers, eq(trainingOffers.id, trainingOfferSkills.trainingOfferId))
      .where(regionId ? eq(trainingOffers.regionId, regionId) : undefined),
    db
      .select({ occupationId: occupationSkills.occupationId, skillId: occupationSkills.skillId })
      .from(occupationSkills)
      .where(eq(occupationSkills.relation, 'essential')),
    loadVacancyPool(db),
    loadWorkerPool(db),
  ]);
  const occupationSkillMap = new Map<string, Set<string>>();
  for (const row of essentials) {
    const set = occupationSkillMap.get(row.occupationId) ?? new Set<string>();
    set.add(row.skillId);
    occupationSkillMap.set(row.occupationId, set);
  }
  return {
    graph,
    vacancyPool,
    workerPool,
    related: (skillId) => graph.related(skillId),
    trainableSkills: new Set(trainable.map((r) => r.skillId)),
    occupationSkills: occupationSkillMap,
    today: toIsoDate(new Date()),
    now: Date.now(),
  };
}

export async function loadWorkers(db: Database, ids: string[]): Promise<MatchWorker[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ worker: workerProfiles, iscoGroup: occupations.iscoGroup })
    .from(workerProfiles)
    .leftJoin(occupations, eq(occupations.id, workerProfiles.currentOccupationId))
    .where(inArray(workerProfiles.id, ids));
  // Most workers keep to their own region: no round trip for the neighbours unless one of these is open to them.
  const neighbours = rows.some((r) => r.worker.openToOtherRegions)
    ? await loadRegionNeighbours(db)
    : new Map<string, string[]>();
  const skills = await db
    .select({ workerId: workerSkills.workerId, skillId: workerSkills.skillId, level: workerSkills.level })
    .from(workerSkills)
    .where(inArray(workerSkills.workerId, ids));
  const skillMap = new Map<string, Map<string, number>>();
  for (const s of skills) {
    const map = skillMap.get(s.workerId) ?? new Map<string, number>();
    map.set(s.skillId, s.level);
    skillMap.set(s.workerId, map);
  }
  return rows.map(({ worker: w, iscoGroup }) => ({
    id: w.id,
    regionId: w.regionId,
    currentOrganisationId: w.currentOrganisationId,
    neighbourRegionIds: w.openToOtherRegions ? (neighbours.get(w.regionId) ?? []) : [],
    lat: w.homeLat,
    lon: w.homeLon,
    maxCommuteKm: w.maxCommuteKm,
    hoursMin: w.hoursMin,
    hoursMax: w.hoursMax,
    contractPreferences: w.contractPreferences,
    remotePreferences: w.remotePreferences,
    availableFrom: w.availableFrom,
    salaryFloor: w.salaryFloor,
    occupationId: w.currentOccupationId,
    iscoGroup: iscoGroup ?? null,
    skills: skillMap.get(w.id) ?? new Map(),
    atRisk: hasPriority(w.status),
  }));
}

export async function loadVacancies(db: Database, ids: string[]): Promise<MatchVacancy[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ vacancy: vacancies, iscoGroup: occupations.iscoGroup })
    .from(vacancies)
    .leftJoin(occupations, eq(occupations.id, vacancies.occupationId))
    .where(inArray(vacancies.id, ids));
  const skills = await db
    .select({
      vacancyId: vacancySkills.vacancyId,
      skillId: vacancySkills.skillId,
      importance: vacancySkills.importance,
      minLevel: vacancySkills.minLevel,
    })
    .from(vacancySkills)
    .where(inArray(vacancySkills.vacancyId, ids));
  const required = new Map<string, { skillId: string; minLevel: number }[]>();
  const optional = new Map<string, { skillId: string; minLevel: number }[]>();
  for (const s of skills) {
    const target = s.importance === 'required' ? required : optional;
    const list = target.get(s.vacancyId) ?? [];
    list.push({ skillId: s.skillId, minLevel: s.minLevel });
    target.set(s.vacancyId, list);
  }
  return rows.map(({ vacancy: v, iscoGroup }) => ({
    id: v.id,
    regionId: v.regionId,
    organisationId: v.organisationId,
    lat: v.lat,
    lon: v.lon,
    remote: v.remote,
    hoursMin: v.hoursMin,
    hoursMax: v.hoursMax,
    contractType: v.contractType,
    startDate: v.startDate,
    salaryMax: v.salaryMax,
    occupationId: v.occupationId,
    iscoGroup: iscoGroup ?? null,
    openToRetraining: v.openToRetraining,
    required: required.get(v.id) ?? [],
    optional: optional.get(v.id) ?? [],
    priorityUntil: v.priorityUntil?.getTime() ?? null,
  }));
}
