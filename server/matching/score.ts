/**
 * The scoring core shared by both directions (worker → vacancies, vacancy → candidates).
 * Pure: everything it needs is passed in, so it is unit-tested without a database and the
 * benchmark's in-memory lower bound runs the very same code.
 */
import { haversineKm } from '~/server/lib/geo';
import { hiddenByPriorityWindow } from '~/server/lib/priority-window';
import type { contractTypeValues, remotePolicyValues } from '~/db/schema/enums';

type ContractType = (typeof contractTypeValues)[number];
type RemotePolicy = (typeof remotePolicyValues)[number];

/**
 * Weights of the score components; they sum to 1. Required skills dominate: a match is first
 * of all about being able to do the job. The rest decides between workers who can.
 */
export const MATCH_WEIGHTS = {
  requiredSkills: 0.45,
  optionalSkills: 0.1,
  occupation: 0.15,
  distance: 0.15,
  conditions: 0.15, // hours, contract type, start date, salary
} as const;

/** A required skill counts as covered from this credit on; below it, it is "missing". */
export const COVERED_THRESHOLD = 0.5;
/** Credit for a missing required skill that a regional course teaches, when the employer accepts retraining. */
export const TRAINABLE_CREDIT = 0.5;
/**
 * Skills credit of a vacancy that lists no required skills. Nothing required does not mean
 * anyone fits: the fit is unknown, so it neither counts as met nor as missing, and such a
 * vacancy ranks below the ones whose listed skills the worker is known to have.
 */
export const UNKNOWN_SKILLS_CREDIT = 0.5;
/** Credit lost per level the worker is below the minimum level. */
const LEVEL_SHORTFALL_FACTOR = 0.75;

export interface MatchWorker {
  id: string;
  regionId: string;
  currentOrganisationId: string | null;
  /**
   * Regions besides their own whose vacancies the worker accepts: the regions bordering theirs
   * when they are open to other regions, else none (see server/lib/region-neighbours.ts).
   */
  neighbourRegionIds: readonly string[];
  lat: number;
  lon: number;
  maxCommuteKm: number;
  hoursMin: number;
  hoursMax: number;
  contractPreferences: readonly ContractType[];
  /** Where the worker is willing to work; a vacancy with any other policy is never shown. */
  remotePreferences: readonly RemotePolicy[];
  availableFrom: string | null;
  salaryFloor: number | null;
  occupationId: string | null;
  iscoGroup: string | null;
  /** skillId → level 1–4 */
  skills: ReadonlyMap<string, number>;
  /** At risk or in transition: sees the vacancies of their own region during their priority window. */
  atRisk?: boolean;
}

export interface MatchVacancySkill {
  skillId: string;
  minLevel: number;
}

export interface MatchVacancy {
  id: string;
  regionId: string;
  organisationId: string;
  lat: number;
  lon: number;
  remote: RemotePolicy;
  hoursMin: number;
  hoursMax: number;
  contractType: ContractType;
  startDate: string | null;
  salaryMax: number | null;
  occupationId: string | null;
  iscoGroup: string | null;
  openToRetraining: boolean;
  required: readonly MatchVacancySkill[];
  optional: readonly MatchVacancySkill[];
  /** Epoch ms until which only at-risk workers of its region may get it (server/lib/priority-window.ts). */
  priorityUntil?: number | null;
}

export interface MatchContext {
  /** Skills related to a skill, with how much having it counts towards them (0–1), from the taxonomy graph. */
  related(skillId: string): readonly { skillId: string; weight: number }[];
  /** Skills some training offer in the region teaches. */
  trainableSkills: ReadonlySet<string>;
  /** Essential skills per occupation, for occupation similarity. */
  occupationSkills: ReadonlyMap<string, ReadonlySet<string>>;
  /** Today, as YYYY-MM-DD. */
  today: string;
  /** Now, in epoch ms, for priority windows; the current time when not given. */
  now?: number;
}

export interface SkillCredit {
  skillId: string;
  credit: number;
  /** The worker's skill that earned the credit (itself, or a related one). */
  viaSkillId: string | null;
  levelShort: number;
  trainable: boolean;
}

export interface MatchComponents {
  requiredSkills: number;
  optionalSkills: number;
  occupation: number;
  distance: number;
  conditions: number;
}

export interface MatchResult {
  workerId: string;
  vacancyId: string;
  score: number;
  components: MatchComponents;
  distanceKm: number | null;
  required: SkillCredit[];
  optional: SkillCredit[];
  /** The vacancy lists no required skills: its skills components are the unknown credit. */
  skillsUnknown: boolean;
  conditions: {
    hoursOverlap: number;
    contractFits: boolean;
    startFits: boolean;
    daysUntilAvailable: number;
    salaryFits: boolean;
  };
}

export type Rejection = 'own_employer' | 'other_region' | 'remote_policy' | 'too_far' | 'hours';

/**
 * The hard filters: a vacancy that fails one is never shown, whatever its score. The match
 * indexes (vacancy-index.ts, worker-index.ts) apply the same conditions before scoring.
 */
export function rejectionReason(worker: MatchWorker, vacancy: MatchVacancy, distanceKm: number): Rejection | null {
  if (worker.currentOrganisationId && vacancy.organisationId === worker.currentOrganisationId) return 'own_employer';
  if (vacancy.regionId !== worker.regionId && !worker.neighbourRegionIds.includes(vacancy.regionId))
    return 'other_region';
  // Someone who will only work from home is not helped by an on-site job, nor the other way round.
  if (!worker.remotePreferences.includes(vacancy.remote)) return 'remote_policy';
  if (vacancy.remote !== 'remote' && distanceKm > worker.maxCommuteKm) return 'too_far';
  if (vacancy.hoursMax < worker.hoursMin || vacancy.hoursMin > worker.hoursMax) return 'hours';
  return null;
}

interface Reach {
  similarity: number;
  level: number;
  via: string;
}

/**
 * For each skill a worker can cover — their own skills and every skill related to one — the
 * ways they cover it. Built once per worker (cached), it turns scoring a vacancy into a few
 * map lookups instead of comparing every wanted skill with every skill the worker has.
 */
const reachCache = new WeakMap<MatchWorker, Map<string, Reach[]>>();
export function reachOf(worker: MatchWorker, context: MatchContext): Map<string, Reach[]> {
  const cached = reachCache.get(worker);
  if (cached) return cached;
  const reach = new Map<string, Reach[]>();
  const add = (skillId: string, entry: Reach) => {
    const list = reach.get(skillId);
    if (list) list.push(entry);
    else reach.set(skillId, [entry]);
  };
  for (const [skillId, level] of worker.skills) {
    add(skillId, { similarity: 1, level, via: skillId });
    for (const r of context.related(skillId))
      if (r.skillId !== skillId && r.weight > 0) add(r.skillId, { similarity: r.weight, level, via: skillId });
  }
  reachCache.set(worker, reach);
  return reach;
}

function skillCredit(
  reach: Map<string, Reach[]>,
  wanted: MatchVacancySkill,
  context: MatchContext,
  tolerateTraining: boolean,
): SkillCredit {
  let credit = 0;
  let via: Reach | null = null;
  for (const way of reach.get(wanted.skillId) ?? []) {
    const wayCredit = way.similarity * LEVEL_SHORTFALL_FACTOR ** Math.max(0, wanted.minLevel - way.level);
    if (wayCredit > credit) {
      credit = wayCredit;
      via = way;
    }
  }
  const trainable = context.trainableSkills.has(wanted.skillId);
  return {
    skillId: wanted.skillId,
    credit: credit < COVERED_THRESHOLD && trainable && tolerateTraining ? Math.max(credit, TRAINABLE_CREDIT) : credit,
    viaSkillId: via ? via.via : null,
    levelShort: via ? Math.max(0, wanted.minLevel - via.level) : 0,
    trainable,
  };
}

const average = (values: number[], empty: number) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : empty;

/** Same occupation 1; otherwise the closer of the ISCO hierarchy and the overlap of essential skills. */
export function occupationSimilarity(worker: MatchWorker, vacancy: MatchVacancy, context: MatchContext): number {
  if (!worker.occupationId || !vacancy.occupationId) return 0.3; // unknown: neither reward nor punish much
  if (worker.occupationId === vacancy.occupationId) return 1;
  let shared = 0;
  const a = worker.iscoGroup ?? '';
  const b = vacancy.iscoGroup ?? '';
  while (shared < Math.min(a.length, b.length) && a[shared] === b[shared]) shared++;
  const isco = [0, 0.2, 0.4, 0.6, 0.8][shared] ?? 0.8;
  const essentialsA = context.occupationSkills.get(worker.occupationId);
  const essentialsB = context.occupationSkills.get(vacancy.occupationId);
  let jaccard = 0;
  if (essentialsA?.size && essentialsB?.size) {
    let both = 0;
    for (const s of essentialsA) if (essentialsB.has(s)) both++;
    jaccard = both / (essentialsA.size + essentialsB.size - both);
  }
  return Math.max(isco, Math.min(0.9, jaccard * 1.5));
}

/** Days since 1970-01-01 of a YYYY-MM-DD date; memoised, as the same few hundred dates recur millions of times. */
const dayNumbers = new Map<string, number>();
export function dayNumber(isoDate: string): number {
  let day = dayNumbers.get(isoDate);
  if (day === undefined) {
    day = Math.round(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
    if (dayNumbers.size < 100_000) dayNumbers.set(isoDate, day);
  }
  return day;
}

/** How much of the vacancy's hours range the worker's range covers (1 for fixed hours). */
export function hoursOverlapOf(vacancyMin: number, vacancyMax: number, workerMin: number, workerMax: number): number {
  if (vacancyMax === vacancyMin) return 1;
  const overlap = Math.min(vacancyMax, workerMax) - Math.max(vacancyMin, workerMin);
  return Math.max(0, Math.min(1, (overlap + 1) / (vacancyMax - vacancyMin + 1)));
}

/** The day (see dayNumber) the worker can start: today, or later if they are available later. */
export function availableDay(worker: MatchWorker, context: MatchContext): number {
  return dayNumber(worker.availableFrom && worker.availableFrom > context.today ? worker.availableFrom : context.today);
}

/** The day a vacancy starts: today, or its later start date. */
export function startDay(startDate: string | null, context: MatchContext): number {
  return dayNumber(startDate && startDate > context.today ? startDate : context.today);
}

/** The conditions component (0–1): hours, contract type, start date and salary, equally weighted. */
export function conditionsScore(
  hoursOverlap: number,
  contractFits: boolean,
  daysUntilAvailable: number,
  salaryFits: boolean,
): number {
  return (
    (hoursOverlap + (contractFits ? 1 : 0.3) + Math.max(0, 1 - daysUntilAvailable / 90) + (salaryFits ? 1 : 0.4)) / 4
  );
}

/**
 * The score from its components (each 0–1). Numbers, not a MatchComponents object: the match
 * indexes call this for every candidate's upper bound and must not allocate.
 */
export function weightedScore(
  requiredSkills: number,
  optionalSkills: number,
  occupation: number,
  distance: number,
  conditions: number,
): number {
  return (
    MATCH_WEIGHTS.requiredSkills * requiredSkills +
    MATCH_WEIGHTS.optionalSkills * optionalSkills +
    MATCH_WEIGHTS.occupation * occupation +
    MATCH_WEIGHTS.distance * distance +
    MATCH_WEIGHTS.conditions * conditions
  );
}

/** Scores a pair that passed the hard filters. */
export function scoreMatch(
  worker: MatchWorker,
  vacancy: MatchVacancy,
  context: MatchContext,
  distanceKm: number,
): MatchResult {
  const reach = reachOf(worker, context);
  const required = vacancy.required.map((s) => skillCredit(reach, s, context, vacancy.openToRetraining));
  const optional = vacancy.optional.map((s) => skillCredit(reach, s, context, false));

  const hoursOverlap = hoursOverlapOf(vacancy.hoursMin, vacancy.hoursMax, worker.hoursMin, worker.hoursMax);
  const contractFits = worker.contractPreferences.includes(vacancy.contractType);
  const daysUntilAvailable = Math.max(0, availableDay(worker, context) - startDay(vacancy.startDate, context));
  const startFits = daysUntilAvailable === 0;
  const salaryFits =
    worker.salaryFloor === null || vacancy.salaryMax === null || vacancy.salaryMax >= worker.salaryFloor;
  const conditions = conditionsScore(hoursOverlap, contractFits, daysUntilAvailable, salaryFits);

  // Scored on what is known: with no required skills listed, that part of the fit is unknown;
  // with required skills but no optional ones, nothing optional is missing.
  const skillsUnknown = required.length === 0;
  const components: MatchComponents = {
    requiredSkills: average(
      required.map((r) => r.credit),
      UNKNOWN_SKILLS_CREDIT,
    ),
    optionalSkills: average(
      optional.map((r) => r.credit),
      skillsUnknown ? UNKNOWN_SKILLS_CREDIT : 1,
    ),
    occupation: occupationSimilarity(worker, vacancy, context),
    distance: vacancy.remote === 'remote' ? 1 : Math.max(0, 1 - distanceKm / Math.max(1, worker.maxCommuteKm)),
    conditions,
  };
  const score = weightedScore(
    components.requiredSkills,
    components.optionalSkills,
    components.occupation,
    components.distance,
    components.conditions,
  );
  return {
    workerId: worker.id,
    vacancyId: vacancy.id,
    score: Math.round(score * 1000) / 1000,
    components,
    distanceKm: vacancy.remote === 'remote' ? null : Math.round(distanceKm * 10) / 10,
    required,
    optional,
    skillsUnknown,
    conditions: { hoursOverlap, contractFits, startFits, daysUntilAvailable, salaryFits },
  };
}

/** Hard filters, then score. Null when the pair must not be shown. */
export function match(worker: MatchWorker, vacancy: MatchVacancy, context: MatchContext): MatchResult | null {
  const distanceKm = haversineKm(worker.lat, worker.lon, vacancy.lat, vacancy.lon);
  if (rejectionReason(worker, vacancy, distanceKm)) return null;
  if (hiddenByPriorityWindow(vacancy, worker, context.now ?? Date.now())) return null;
  return scoreMatch(worker, vacancy, context, distanceKm);
}
