/**
 * Vacancy → best candidates among the region's consenting workers: the mirror of
 * VacancyIndex. A worker covers a wanted skill through one of their own skills, itself or
 * related to it; so for each skill the vacancy wants, walk the workers holding that skill
 * or one the taxonomy relates to it (the inverse of the workers' reach), keeping per worker
 * the best similarity. That bounds their skill credit; hard filters and the exact
 * occupation and distance components complete the bound; exact scores are computed best
 * bound first. Same candidates and same scores as `match()` on every worker who reaches a
 * wanted skill strongly enough (CANDIDATE_MIN_WEIGHT), so both directions agree on who
 * is a candidate for what.
 */
import { remotePolicyValues } from '~/db/schema/enums';
import { haversineKm } from '~/server/lib/geo';
import type { WorkerPool } from './pool';
import {
  match,
  occupationSimilarity,
  TRAINABLE_CREDIT,
  weightedScore,
  type MatchContext,
  type MatchResult,
  type MatchVacancy,
  type MatchWorker,
} from './score';
import { bestByBound, coverageBound, intern, KM_PER_DEGREE } from './top-k';
import { CANDIDATE_MIN_WEIGHT } from './vacancy-index';

export interface RankedWorker {
  worker: MatchWorker;
  result: MatchResult;
}

const byScore = (a: MatchResult, b: MatchResult) => b.score - a.score || a.workerId.localeCompare(b.workerId);

export class WorkerIndex {
  private readonly lat: Float64Array;
  private readonly lon: Float64Array;
  private readonly maxCommuteKm: Float64Array;
  private readonly hoursMin: Float64Array;
  private readonly hoursMax: Float64Array;
  /** 1 when the worker accepts vacancies of some neighbouring regions (MatchWorker.neighbourRegionIds). */
  private readonly openToNeighbours: Uint8Array;
  /** The remote policies the worker accepts, one bit per index in remotePolicyValues. */
  private readonly remoteAccepted: Uint8Array;
  /** At risk or in transition: may get a vacancy of their region in its priority window. */
  private readonly atRisk: Uint8Array;
  private readonly organisation: Int32Array;
  private readonly region: Int32Array;
  private readonly occupation: Int32Array;
  private readonly ids = {
    organisation: new Map<string | null, number>(),
    region: new Map<string, number>(),
    occupation: new Map<string | null, number>(),
  };
  /** skill → the workers holding it. */
  private readonly holders = new Map<string, Int32Array>();
  /** skill → the skills whose holders reach it through the taxonomy, with how strongly. */
  private readonly reachedFrom = new Map<string, { skillId: string; weight: number }[]>();
  // Per-query scratch space, reused (one query at a time).
  private readonly requiredCredit: Float64Array;
  private readonly optionalCredit: Float64Array;
  private readonly bestForSkill: Float64Array;
  private readonly seenForSkill: Int32Array;
  private readonly candidate: Uint8Array;
  private readonly touched: Int32Array;
  private readonly touchedForSkill: Int32Array;
  private query = 0;

  constructor(
    private readonly workers: readonly MatchWorker[],
    context: Pick<MatchContext, 'related'>,
  ) {
    const n = workers.length;
    this.lat = new Float64Array(n);
    this.lon = new Float64Array(n);
    this.maxCommuteKm = new Float64Array(n);
    this.hoursMin = new Float64Array(n);
    this.hoursMax = new Float64Array(n);
    this.openToNeighbours = new Uint8Array(n);
    this.remoteAccepted = new Uint8Array(n);
    this.atRisk = new Uint8Array(n);
    this.organisation = new Int32Array(n);
    this.region = new Int32Array(n);
    this.occupation = new Int32Array(n);
    this.requiredCredit = new Float64Array(n);
    this.optionalCredit = new Float64Array(n);
    this.bestForSkill = new Float64Array(n);
    this.seenForSkill = new Int32Array(n);
    this.candidate = new Uint8Array(n);
    this.touched = new Int32Array(n);
    this.touchedForSkill = new Int32Array(n);
    const holders = new Map<string, number[]>();
    workers.forEach((w, slot) => {
      this.lat[slot] = w.lat;
      this.lon[slot] = w.lon;
      this.maxCommuteKm[slot] = w.maxCommuteKm;
      this.hoursMin[slot] = w.hoursMin;
      this.hoursMax[slot] = w.hoursMax;
      this.openToNeighbours[slot] = w.neighbourRegionIds.length > 0 ? 1 : 0;
      for (const policy of w.remotePreferences) this.remoteAccepted[slot]! |= 1 << remotePolicyValues.indexOf(policy);
      this.atRisk[slot] = w.atRisk ? 1 : 0;
      this.organisation[slot] = intern(this.ids.organisation, w.currentOrganisationId);
      this.region[slot] = intern(this.ids.region, w.regionId);
      this.occupation[slot] = intern(this.ids.occupation, w.occupationId);
      for (const skillId of w.skills.keys()) {
        const list = holders.get(skillId);
        if (list) list.push(slot);
        else holders.set(skillId, [slot]);
      }
    });
    for (const [skillId, slots] of holders) {
      this.holders.set(skillId, Int32Array.from(slots));
      // Mirrors reachOf(): a holder of `skillId` reaches each skill related to it.
      for (const r of context.related(skillId)) {
        if (r.skillId === skillId || r.weight <= 0) continue;
        const list = this.reachedFrom.get(r.skillId);
        if (list) list.push({ skillId, weight: r.weight });
        else this.reachedFrom.set(r.skillId, [{ skillId, weight: r.weight }]);
      }
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * For one wanted skill: each worker's best similarity to it over all their skills (an
   * upper bound of the credit, level shortfalls only lower it), added to `credit`.
   */
  private addSkillBound(skillId: string, credit: Float64Array, touchedCount: number): number {
    const { bestForSkill, seenForSkill, candidate, touched, touchedForSkill } = this;
    const query = ++this.query;
    let forSkill = 0;
    const visit = (slots: Int32Array | undefined, weight: number) => {
      if (!slots) return;
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i]!;
        if (seenForSkill[slot] !== query) {
          seenForSkill[slot] = query;
          bestForSkill[slot] = weight;
          touchedForSkill[forSkill++] = slot;
        } else if (weight > bestForSkill[slot]!) bestForSkill[slot] = weight;
      }
    };
    visit(this.holders.get(skillId), 1);
    for (const from of this.reachedFrom.get(skillId) ?? []) visit(this.holders.get(from.skillId), from.weight);
    for (let i = 0; i < forSkill; i++) {
      const slot = touchedForSkill[i]!;
      const best = bestForSkill[slot]!;
      if (candidate[slot] === 0) {
        touched[touchedCount++] = slot;
        candidate[slot] = 1;
      }
      credit[slot]! += best;
      if (best >= CANDIDATE_MIN_WEIGHT) candidate[slot] = 2;
    }
    return touchedCount;
  }

  /** The vacancy's `limit` best candidates, best first: the same list as scoring every candidate. */
  top(vacancy: MatchVacancy, context: MatchContext, limit: number): RankedWorker[] {
    const { requiredCredit, optionalCredit, candidate, touched } = this;
    let touchedCount = 0;
    for (const s of vacancy.required) touchedCount = this.addSkillBound(s.skillId, requiredCredit, touchedCount);
    for (const s of vacancy.optional) touchedCount = this.addSkillBound(s.skillId, optionalCredit, touchedCount);

    const vacancyOrganisation = this.ids.organisation.get(vacancy.organisationId) ?? -1;
    const vacancyRegion = this.ids.region.get(vacancy.regionId) ?? -1;
    const remote = vacancy.remote === 'remote';
    const remoteBit = 1 << remotePolicyValues.indexOf(vacancy.remote);
    const kmPerLon = KM_PER_DEGREE * Math.cos((vacancy.lat * Math.PI) / 180);
    const trainableRequired = vacancy.openToRetraining
      ? vacancy.required.filter((s) => context.trainableSkills.has(s.skillId)).length
      : 0;
    const nRequired = vacancy.required.length;
    const nOptional = vacancy.optional.length;
    // In its priority window the vacancy is for the at-risk workers of its own region only.
    const inPriorityWindow = (vacancy.priorityUntil ?? 0) > (context.now ?? Date.now());
    const occupationFit = new Float64Array(this.ids.occupation.size).fill(-1);
    const slots: number[] = [];
    const bounds: number[] = [];
    for (let i = 0; i < touchedCount; i++) {
      const slot = touched[i]!;
      const requiredUpTo = requiredCredit[slot]!;
      const optionalUpTo = optionalCredit[slot]!;
      const isCandidate = candidate[slot] === 2;
      requiredCredit[slot] = 0;
      optionalCredit[slot] = 0;
      candidate[slot] = 0;
      if (!isCandidate) continue;
      if (vacancy.hoursMax < this.hoursMin[slot]! || vacancy.hoursMin > this.hoursMax[slot]!) continue;
      if (this.organisation[slot] === vacancyOrganisation) continue;
      if (
        this.region[slot] !== vacancyRegion &&
        (this.openToNeighbours[slot] === 0 || !this.workers[slot]!.neighbourRegionIds.includes(vacancy.regionId))
      )
        continue;
      if ((this.remoteAccepted[slot]! & remoteBit) === 0) continue;
      if (inPriorityWindow && (this.region[slot] !== vacancyRegion || this.atRisk[slot] === 0)) continue;
      let distance = 1;
      if (!remote) {
        const reachKm = this.maxCommuteKm[slot]! * 1.01 + 0.1;
        const dy = (this.lat[slot]! - vacancy.lat) * KM_PER_DEGREE;
        const dx = (this.lon[slot]! - vacancy.lon) * kmPerLon;
        if (dx * dx + dy * dy > reachKm * reachKm) continue;
        const km = haversineKm(this.lat[slot]!, this.lon[slot]!, vacancy.lat, vacancy.lon);
        if (km > this.maxCommuteKm[slot]!) continue;
        distance = Math.max(0, 1 - km / Math.max(1, this.maxCommuteKm[slot]!));
      }
      const occupation = this.occupation[slot]!;
      let occupationBound = occupationFit[occupation]!;
      if (occupationBound < 0)
        occupationBound = occupationFit[occupation] = occupationSimilarity(this.workers[slot]!, vacancy, context);
      const required = coverageBound(requiredUpTo + TRAINABLE_CREDIT * trainableRequired, nRequired);
      const optional = coverageBound(optionalUpTo, nOptional);
      slots.push(slot);
      // Conditions are not bounded here: 1, the most they can be.
      bounds.push(weightedScore(required, optional, occupationBound, distance, 1));
    }
    return bestByBound(
      bounds,
      limit,
      (i) => {
        const worker = this.workers[slots[i]!]!;
        const result = match(worker, vacancy, context);
        return result && { worker, result };
      },
      byScore,
    );
  }
}

const built = new WeakMap<WorkerPool, { version: number; index: WorkerIndex }>();

/** The index of a worker pool, rebuilt lazily after the pool changed. */
export function workerIndexOf(pool: WorkerPool, context: Pick<MatchContext, 'related'>): WorkerIndex {
  const cached = built.get(pool);
  if (cached?.version === pool.version) return cached.index;
  const index = new WorkerIndex([...pool.items()], context);
  built.set(pool, { version: pool.version, index });
  return index;
}
