/**
 * Worker → best vacancies at regional (100k vacancy) scale. Scoring every vacancy a worker
 * could do costs microseconds each, tens of milliseconds per worker, too slow for a full
 * rematch of 20k workers. Instead:
 *  1. walk the skill postings of the worker's reach (own and related skills) once, adding up,
 *     per vacancy, an upper bound of its required- and optional-skill credit (typed arrays, no
 *     objects per vacancy);
 *  2. apply the hard filters and complete the upper bound with the exact occupation,
 *     distance and conditions components;
 *  3. score exactly, best bound first, and stop as soon as the K-th best score beats the
 *     next bound.
 * The result is exactly what scoring every candidate would give (tests compare the two).
 */
import { haversineKm } from '../lib/geo';
import type { VacancyPool } from './pool';
import { bestByBound, intern, KM_PER_DEGREE } from './top-k';
import { contractTypeValues } from '../../db/schema/enums';
import {
  availableDay,
  conditionsScore,
  dayNumber,
  hoursOverlapOf,
  MATCH_WEIGHTS,
  match,
  occupationSimilarity,
  reachOf,
  TRAINABLE_CREDIT, type MatchContext, type MatchResult, type MatchVacancy, type MatchWorker } from './score';

/** Related skills below this weight raise scores but do not by themselves make a vacancy a candidate. */
export const CANDIDATE_MIN_WEIGHT = 0.3;

export interface RankedVacancy {
  vacancy: MatchVacancy;
  result: MatchResult;
}

const byScore = (a: MatchResult, b: MatchResult) => b.score - a.score || a.vacancyId.localeCompare(b.vacancyId);

/**
 * Each vacancy's numbers side by side in one Float64Array (16 per vacancy, two cache lines):
 * a query visits tens of thousands of vacancies in random order, and one array per field
 * would cost a cache miss per field per vacancy.
 */
const F = {
  lat: 0,
  lon: 1,
  hoursMin: 2,
  hoursMax: 3,
  remote: 4,
  /** Organisation, region and occupation as small integers (see `ids`). */
  organisation: 5,
  region: 6,
  occupation: 7,
  requiredCount: 8,
  optionalCount: 9,
  /** Required skills a regional course teaches, where the employer accepts retraining. */
  trainableRequired: 10,
  /** For the conditions component: contract type (index into contractTypeValues), top of the salary band (NaN: none), start day (-∞: none). */
  contract: 11,
  salaryMax: 12,
  startDay: 13,
} as const;
const STRIDE = 16;

export class VacancyIndex {
  private readonly fields: Float64Array;
  private readonly ids = { organisation: new Map<string, number>(), region: new Map<string, number>(), occupation: new Map<string | null, number>() };
  private readonly requiredBy = new Map<string, Int32Array>();
  private readonly optionalBy = new Map<string, Int32Array>();
  // Per-query scratch space, reused: one index serves one query at a time (JS is single-threaded).
  /** Upper bounds of required (2·slot) and optional (2·slot + 1) skill credit. */
  private readonly credit: Float64Array;
  private readonly candidate: Uint8Array;
  private readonly touched: Int32Array;

  constructor(
    private readonly vacancies: readonly MatchVacancy[],
    trainableSkills: ReadonlySet<string>,
  ) {
    const n = vacancies.length;
    const fields = (this.fields = new Float64Array(n * STRIDE));
    this.credit = new Float64Array(n * 2);
    this.candidate = new Uint8Array(n);
    this.touched = new Int32Array(n);
    const required = new Map<string, number[]>();
    const optional = new Map<string, number[]>();
    const post = (map: Map<string, number[]>, skillId: string, slot: number) => {
      const list = map.get(skillId);
      if (list) list.push(slot);
      else map.set(skillId, [slot]);
    };
    vacancies.forEach((v, slot) => {
      const at = slot * STRIDE;
      fields[at + F.lat] = v.lat;
      fields[at + F.lon] = v.lon;
      fields[at + F.hoursMin] = v.hoursMin;
      fields[at + F.hoursMax] = v.hoursMax;
      fields[at + F.remote] = v.remote === 'remote' ? 1 : 0;
      fields[at + F.organisation] = intern(this.ids.organisation, v.organisationId);
      fields[at + F.region] = intern(this.ids.region, v.regionId);
      fields[at + F.occupation] = intern(this.ids.occupation, v.occupationId);
      fields[at + F.requiredCount] = v.required.length;
      fields[at + F.optionalCount] = v.optional.length;
      fields[at + F.contract] = contractTypeValues.indexOf(v.contractType);
      fields[at + F.salaryMax] = v.salaryMax ?? Number.NaN;
      fields[at + F.startDay] = v.startDate ? dayNumber(v.startDate) : -Infinity;
      let trainable = 0;
      for (const s of v.required) {
        post(required, s.skillId, slot);
        if (v.openToRetraining && trainableSkills.has(s.skillId)) trainable += 1;
      }
      fields[at + F.trainableRequired] = trainable;
      for (const s of v.optional) post(optional, s.skillId, slot);
    });
    for (const [skillId, slots] of required) this.requiredBy.set(skillId, Int32Array.from(slots));
    for (const [skillId, slots] of optional) this.optionalBy.set(skillId, Int32Array.from(slots));
  }

  get size(): number {
    return this.vacancies.length;
  }

  /** Adds `best` to the credit bound (`offset` 0: required, 1: optional) of every vacancy in `slots`. */
  private post(slots: Int32Array | undefined, offset: 0 | 1, best: number, makesCandidate: number, touchedCount: number): number {
    if (!slots) return touchedCount;
    const { credit, candidate, touched } = this;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!;
      if (candidate[slot] === 0) {
        touched[touchedCount++] = slot;
        candidate[slot] = 1;
      }
      credit[2 * slot + offset]! += best;
      candidate[slot]! |= makesCandidate << 1;
    }
    return touchedCount;
  }

  /** The worker's `limit` best vacancies, best first: the same list as scoring every candidate. */
  top(worker: MatchWorker, context: MatchContext, limit: number): RankedVacancy[] {
    const { fields, credit, candidate, touched } = this;
    let touchedCount = 0;
    // 1. Skill credit upper bounds: a wanted skill earns at most the best similarity of the
    //    worker's ways to it (level shortfalls only lower that).
    for (const [skillId, ways] of reachOf(worker, context)) {
      let best = 0;
      for (const way of ways) if (way.similarity > best) best = way.similarity;
      const makesCandidate = best >= CANDIDATE_MIN_WEIGHT ? 1 : 0;
      touchedCount = this.post(this.requiredBy.get(skillId), 0, best, makesCandidate, touchedCount);
      touchedCount = this.post(this.optionalBy.get(skillId), 1, best, makesCandidate, touchedCount);
    }

    // 2. Hard filters, then the full upper bound of each candidate. Ids compared as integers;
    //    distance first by the flat-earth approximation (within 0.1% at commuting range, and
    //    given a margin), the exact great-circle distance only for what may be in reach.
    const ownOrganisation = worker.currentOrganisationId ? (this.ids.organisation.get(worker.currentOrganisationId) ?? -1) : -1;
    const ownRegion = this.ids.region.get(worker.regionId) ?? -1;
    const anyRegion = worker.openToOtherRegions;
    const kmPerLon = KM_PER_DEGREE * Math.cos((worker.lat * Math.PI) / 180);
    const reachKm = worker.maxCommuteKm * 1.01 + 0.1;
    const occupationFit = new Float64Array(this.ids.occupation.size).fill(-1);
    // The conditions component is cheap to compute exactly here, which keeps the bounds tight.
    let contractMask = 0;
    for (const c of worker.contractPreferences) contractMask |= 1 << contractTypeValues.indexOf(c);
    const workerAvailable = availableDay(worker, context);
    const today = dayNumber(context.today);
    const salaryFloor = worker.salaryFloor;
    const slots: number[] = [];
    const bounds: number[] = [];
    for (let i = 0; i < touchedCount; i++) {
      const slot = touched[i]!;
      const requiredUpTo = credit[2 * slot]!;
      const optionalUpTo = credit[2 * slot + 1]!;
      // Bit 0: touched by some reach skill; bit 1: by one related strongly enough to make it a candidate.
      const isCandidate = candidate[slot]! >= 2;
      credit[2 * slot] = 0;
      credit[2 * slot + 1] = 0;
      candidate[slot] = 0;
      if (!isCandidate) continue;
      const at = slot * STRIDE;
      const hoursMin = fields[at + F.hoursMin]!;
      const hoursMax = fields[at + F.hoursMax]!;
      if (hoursMax < worker.hoursMin || hoursMin > worker.hoursMax) continue;
      if (fields[at + F.organisation] === ownOrganisation) continue;
      if (!anyRegion && fields[at + F.region] !== ownRegion) continue;
      let distance = 1;
      if (fields[at + F.remote] === 0) {
        const lat = fields[at + F.lat]!;
        const lon = fields[at + F.lon]!;
        const dy = (lat - worker.lat) * KM_PER_DEGREE;
        const dx = (lon - worker.lon) * kmPerLon;
        if (dx * dx + dy * dy > reachKm * reachKm) continue;
        const km = haversineKm(worker.lat, worker.lon, lat, lon);
        if (km > worker.maxCommuteKm) continue;
        distance = Math.max(0, 1 - km / Math.max(1, worker.maxCommuteKm));
      }
      const occupation = fields[at + F.occupation]!;
      let occupationBound = occupationFit[occupation]!;
      if (occupationBound < 0) occupationBound = occupationFit[occupation] = occupationSimilarity(worker, this.vacancies[slot]!, context);
      const nRequired = fields[at + F.requiredCount]!;
      const nOptional = fields[at + F.optionalCount]!;
      const required = nRequired === 0 ? 1 : Math.min(1, (requiredUpTo + TRAINABLE_CREDIT * fields[at + F.trainableRequired]!) / nRequired);
      const optional = nOptional === 0 ? 1 : Math.min(1, optionalUpTo / nOptional);
      const salaryMax = fields[at + F.salaryMax]!;
      const conditions = conditionsScore(
        hoursOverlapOf(hoursMin, hoursMax, worker.hoursMin, worker.hoursMax),
        ((contractMask >> fields[at + F.contract]!) & 1) === 1,
        Math.max(0, workerAvailable - Math.max(fields[at + F.startDay]!, today)),
        salaryFloor === null || Number.isNaN(salaryMax) || salaryMax >= salaryFloor,
      );
      slots.push(slot);
      bounds.push(
        MATCH_WEIGHTS.requiredSkills * required +
          MATCH_WEIGHTS.optionalSkills * optional +
          MATCH_WEIGHTS.occupation * occupationBound +
          MATCH_WEIGHTS.distance * distance +
          MATCH_WEIGHTS.conditions * conditions,
      );
    }

    // 3. Exact scores, best bound first, until no remaining bound can reach the top list.
    return bestByBound(
      bounds,
      limit,
      (i) => {
        const vacancy = this.vacancies[slots[i]!]!;
        const result = match(worker, vacancy, context);
        return result && { vacancy, result };
      },
      byScore,
    );
  }
}

const built = new WeakMap<VacancyPool, { version: number; index: VacancyIndex }>();

/** The index of a vacancy pool, rebuilt lazily after the pool changed. */
export function vacancyIndexOf(pool: VacancyPool, trainableSkills: ReadonlySet<string>): VacancyIndex {
  const cached = built.get(pool);
  if (cached?.version === pool.version) return cached.index;
  const index = new VacancyIndex([...pool.items()], trainableSkills);
  built.set(pool, { version: pool.version, index });
  return index;
}
