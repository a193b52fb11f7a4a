/**
 * Worker → best vacancies at regional (100k vacancy) scale. Scoring every vacancy a worker
 * could do costs microseconds each, tens of milliseconds per worker, too slow for a full
 * rematch of 20k workers. Instead:
 *  1. walk the skill postings of the worker's reach (own and related skills) once, adding up,
 *     per vacancy, an upper bound of its required- and optional-skill credit (typed arrays, no
 *     objects per vacancy);
 *  2. apply the hard filters and complete the upper bound with the exact occupation and
 *     distance components (conditions count as fully met);
 *  3. score exactly, best bound first, and stop as soon as the K-th best score beats the
 *     next bound.
 * The result is exactly what scoring every candidate would give (tests compare the two).
 */
import { haversineKm } from '../lib/geo';
import type { VacancyPool } from './pool';
import { bestByBound, intern, KM_PER_DEGREE } from './top-k';
import { MATCH_WEIGHTS, match, occupationSimilarity, reachOf, TRAINABLE_CREDIT, type MatchContext, type MatchResult, type MatchVacancy, type MatchWorker } from './score';

/** Related skills below this weight raise scores but do not by themselves make a vacancy a candidate. */
export const CANDIDATE_MIN_WEIGHT = 0.3;

export interface RankedVacancy {
  vacancy: MatchVacancy;
  result: MatchResult;
}

const byScore = (a: MatchResult, b: MatchResult) => b.score - a.score || a.vacancyId.localeCompare(b.vacancyId);

export class VacancyIndex {
  private readonly lat: Float64Array;
  private readonly lon: Float64Array;
  private readonly hoursMin: Float64Array;
  private readonly hoursMax: Float64Array;
  private readonly remote: Uint8Array;
  /** Organisation, region and occupation of each vacancy as small integers (see `ids`). */
  private readonly organisation: Int32Array;
  private readonly region: Int32Array;
  private readonly occupation: Int32Array;
  private readonly ids = { organisation: new Map<string, number>(), region: new Map<string, number>(), occupation: new Map<string | null, number>() };
  private readonly requiredCount: Uint16Array;
  private readonly optionalCount: Uint16Array;
  /** Required skills a regional course teaches, where the employer accepts retraining. */
  private readonly trainableRequired: Uint16Array;
  private readonly requiredBy = new Map<string, Int32Array>();
  private readonly optionalBy = new Map<string, Int32Array>();
  // Per-query scratch space, reused: one index serves one query at a time (JS is single-threaded).
  private readonly requiredCredit: Float64Array;
  private readonly optionalCredit: Float64Array;
  private readonly candidate: Uint8Array;
  private readonly touched: Int32Array;

  constructor(
    private readonly vacancies: readonly MatchVacancy[],
    trainableSkills: ReadonlySet<string>,
  ) {
    const n = vacancies.length;
    this.lat = new Float64Array(n);
    this.lon = new Float64Array(n);
    this.hoursMin = new Float64Array(n);
    this.hoursMax = new Float64Array(n);
    this.remote = new Uint8Array(n);
    this.organisation = new Int32Array(n);
    this.region = new Int32Array(n);
    this.occupation = new Int32Array(n);
    this.requiredCount = new Uint16Array(n);
    this.optionalCount = new Uint16Array(n);
    this.trainableRequired = new Uint16Array(n);
    this.requiredCredit = new Float64Array(n);
    this.optionalCredit = new Float64Array(n);
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
      this.lat[slot] = v.lat;
      this.lon[slot] = v.lon;
      this.hoursMin[slot] = v.hoursMin;
      this.hoursMax[slot] = v.hoursMax;
      this.remote[slot] = v.remote === 'remote' ? 1 : 0;
      this.organisation[slot] = intern(this.ids.organisation, v.organisationId);
      this.region[slot] = intern(this.ids.region, v.regionId);
      this.occupation[slot] = intern(this.ids.occupation, v.occupationId);
      this.requiredCount[slot] = v.required.length;
      this.optionalCount[slot] = v.optional.length;
      for (const s of v.required) {
        post(required, s.skillId, slot);
        if (v.openToRetraining && trainableSkills.has(s.skillId)) this.trainableRequired[slot]! += 1;
      }
      for (const s of v.optional) post(optional, s.skillId, slot);
    });
    for (const [skillId, slots] of required) this.requiredBy.set(skillId, Int32Array.from(slots));
    for (const [skillId, slots] of optional) this.optionalBy.set(skillId, Int32Array.from(slots));
  }

  get size(): number {
    return this.vacancies.length;
  }

  /** The worker's `limit` best vacancies, best first: the same list as scoring every candidate. */
  top(worker: MatchWorker, context: MatchContext, limit: number): RankedVacancy[] {
    const { requiredCredit, optionalCredit, candidate, touched } = this;
    let touchedCount = 0;
    // 1. Skill credit upper bounds: a wanted skill earns at most the best similarity of the
    //    worker's ways to it (level shortfalls only lower that).
    for (const [skillId, ways] of reachOf(worker, context)) {
      let best = 0;
      for (const way of ways) if (way.similarity > best) best = way.similarity;
      const makesCandidate = best >= CANDIDATE_MIN_WEIGHT ? 1 : 0;
      const requiredBy = this.requiredBy.get(skillId);
      if (requiredBy) {
        for (let i = 0; i < requiredBy.length; i++) {
          const slot = requiredBy[i]!;
          if (candidate[slot] === 0) {
            touched[touchedCount++] = slot;
            candidate[slot] = 1;
          }
          requiredCredit[slot]! += best;
          candidate[slot]! |= makesCandidate << 1;
        }
      }
      const optionalBy = this.optionalBy.get(skillId);
      if (optionalBy) {
        for (let i = 0; i < optionalBy.length; i++) {
          const slot = optionalBy[i]!;
          if (candidate[slot] === 0) {
            touched[touchedCount++] = slot;
            candidate[slot] = 1;
          }
          optionalCredit[slot]! += best;
          candidate[slot]! |= makesCandidate << 1;
        }
      }
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
    const slots: number[] = [];
    const bounds: number[] = [];
    for (let i = 0; i < touchedCount; i++) {
      const slot = touched[i]!;
      const requiredUpTo = requiredCredit[slot]!;
      const optionalUpTo = optionalCredit[slot]!;
      // Bit 0: touched by some reach skill; bit 1: by one related strongly enough to make it a candidate.
      const isCandidate = candidate[slot]! >= 2;
      requiredCredit[slot] = 0;
      optionalCredit[slot] = 0;
      candidate[slot] = 0;
      if (!isCandidate) continue;
      if (this.hoursMax[slot]! < worker.hoursMin || this.hoursMin[slot]! > worker.hoursMax) continue;
      if (this.organisation[slot] === ownOrganisation) continue;
      if (!anyRegion && this.region[slot] !== ownRegion) continue;
      let distance = 1;
      if (this.remote[slot] === 0) {
        const dy = (this.lat[slot]! - worker.lat) * KM_PER_DEGREE;
        const dx = (this.lon[slot]! - worker.lon) * kmPerLon;
        if (dx * dx + dy * dy > reachKm * reachKm) continue;
        const km = haversineKm(worker.lat, worker.lon, this.lat[slot]!, this.lon[slot]!);
        if (km > worker.maxCommuteKm) continue;
        distance = Math.max(0, 1 - km / Math.max(1, worker.maxCommuteKm));
      }
      const occupation = this.occupation[slot]!;
      let occupationBound = occupationFit[occupation]!;
      if (occupationBound < 0) occupationBound = occupationFit[occupation] = occupationSimilarity(worker, this.vacancies[slot]!, context);
      const nRequired = this.requiredCount[slot]!;
      const nOptional = this.optionalCount[slot]!;
      const required = nRequired === 0 ? 1 : Math.min(1, (requiredUpTo + TRAINABLE_CREDIT * this.trainableRequired[slot]!) / nRequired);
      const optional = nOptional === 0 ? 1 : Math.min(1, optionalUpTo / nOptional);
      slots.push(slot);
      bounds.push(
        MATCH_WEIGHTS.requiredSkills * required +
          MATCH_WEIGHTS.optionalSkills * optional +
          MATCH_WEIGHTS.occupation * occupationBound +
          MATCH_WEIGHTS.distance * distance +
          MATCH_WEIGHTS.conditions,
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
