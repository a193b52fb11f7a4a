import { describe, expect, it } from 'vitest';
import { SeededRandom } from '~/db/seed/random';
import {
  match,
  reachOf,
  type MatchContext,
  type MatchResult,
  type MatchVacancy,
  type MatchWorker,
} from '~/server/matching/score';
import { CANDIDATE_MIN_WEIGHT, VacancyIndex } from '~/server/matching/vacancy-index';
import { WorkerIndex } from '~/server/matching/worker-index';

/*
 * The indexes prune with upper bounds and stop early; whatever they skip, the list they
 * return must be exactly the one scoring every candidate would give, in both directions.
 */
const random = new SeededRandom(42);
const skills = Array.from({ length: 80 }, (_, i) => `skill-${i}`);
const occupations = Array.from({ length: 12 }, (_, i) => `occupation-${i}`);
const organisations = Array.from({ length: 15 }, (_, i) => `organisation-${i}`);
const regions = ['brabant', 'limburg', 'gelderland'];
/** Brabant borders both others; Limburg and Gelderland do not border each other here. */
const neighboursOf: Record<string, string[]> = {
  brabant: ['gelderland', 'limburg'],
  limburg: ['brabant'],
  gelderland: ['brabant'],
};
const contractTypes = ['permanent', 'fixed_term', 'temporary'] as const;
const remotePolicies = ['on_site', 'hybrid', 'remote'] as const;

const relatedBySkill = new Map(
  skills.map((skill) => [
    skill,
    Array.from({ length: random.int(0, 4) }, () => ({
      skillId: random.pick(skills),
      weight: Math.round(random.next() * 100) / 100,
    })),
  ]),
);
/**
 * Priority windows (server/lib/priority-window.ts), drawn from a generator of their own so the
 * rest of the data stays as it was: some vacancies are in their window (only at-risk workers of
 * their region may get them), some have left it.
 */
const windows = new SeededRandom(7);
const NOW = Date.parse('2026-11-22T12:00:00Z');
const priorityUntil = () =>
  windows.chance(0.25)
    ? NOW + windows.int(1, 120) * 3600_000
    : windows.chance(0.2)
      ? NOW - windows.int(1, 120) * 3600_000
      : null;

const context: MatchContext = {
  related: (skillId) => relatedBySkill.get(skillId) ?? [],
  trainableSkills: new Set(skills.filter(() => random.chance(0.15))),
  occupationSkills: new Map(occupations.map((o) => [o, new Set(Array.from({ length: 6 }, () => random.pick(skills)))])),
  today: '2026-11-22',
  now: NOW,
};

const near = (centre: number, spread: number) => centre + (random.next() - 0.5) * spread;
const date = () => (random.chance(0.3) ? null : `2027-0${random.int(1, 6)}-${String(random.int(10, 28))}`);
const skillList = (n: number) =>
  [...new Set(Array.from({ length: n }, () => random.pick(skills)))].map((skillId) => ({
    skillId,
    minLevel: random.int(1, 4),
  }));

const vacancies: MatchVacancy[] = Array.from({ length: 3000 }, (_, i) => {
  const hoursMin = random.int(8, 36);
  const occupationId = random.chance(0.1) ? null : random.pick(occupations);
  return {
    id: `vacancy-${String(i).padStart(5, '0')}`,
    regionId: random.pick(regions),
    organisationId: random.pick(organisations),
    lat: near(51.45, 0.8),
    lon: near(5.5, 1.2),
    remote: random.pick(remotePolicies),
    hoursMin,
    hoursMax: hoursMin + random.int(0, 8),
    contractType: random.pick(contractTypes),
    startDate: date(),
    salaryMax: random.chance(0.2) ? null : random.int(2500, 5000),
    occupationId,
    iscoGroup: occupationId ? `72${occupationId.slice(-1)}` : null,
    openToRetraining: random.chance(0.4),
    required: skillList(random.int(0, 6)),
    optional: skillList(random.int(0, 4)),
    priorityUntil: priorityUntil(),
  };
});

/** Most workers take any way of working; some only some (at least one). */
function remotePreferences(): MatchWorker['remotePreferences'] {
  if (random.chance(0.5)) return remotePolicies;
  const some = remotePolicies.filter(() => random.chance(0.5));
  return some.length ? some : [random.pick(remotePolicies)];
}

function randomWorker(i: number): MatchWorker {
  const hoursMin = random.int(16, 36);
  const occupationId = random.chance(0.2) ? null : random.pick(occupations);
  const regionId = random.pick(regions);
  return {
    id: `worker-${i}`,
    regionId,
    currentOrganisationId: random.chance(0.1) ? null : random.pick(organisations),
    neighbourRegionIds: random.chance(0.3) ? neighboursOf[regionId]! : [],
    lat: near(51.45, 0.6),
    lon: near(5.5, 0.9),
    maxCommuteKm: random.int(5, 60),
    hoursMin,
    hoursMax: hoursMin + random.int(0, 8),
    contractPreferences: contractTypes.filter(() => random.chance(0.6)),
    remotePreferences: remotePreferences(),
    availableFrom: date(),
    salaryFloor: random.chance(0.3) ? null : random.int(2200, 4000),
    occupationId,
    iscoGroup: occupationId ? `72${occupationId.slice(-1)}` : null,
    skills: new Map(Array.from({ length: random.int(1, 10) }, () => [random.pick(skills), random.int(1, 4)] as const)),
    atRisk: windows.chance(0.7),
  };
}

/** A pair is a candidate when the worker reaches a skill the vacancy wants strongly enough. */
function isCandidate(worker: MatchWorker, vacancy: MatchVacancy) {
  const reach = reachOf(worker, context);
  return [...vacancy.required, ...vacancy.optional].some((s) =>
    (reach.get(s.skillId) ?? []).some((way) => way.similarity >= CANDIDATE_MIN_WEIGHT),
  );
}

/** The reference: every candidate vacancy scored and sorted. */
function scoreEveryVacancy(worker: MatchWorker, limit: number): MatchResult[] {
  return vacancies
    .filter((v) => isCandidate(worker, v))
    .map((v) => match(worker, v, context))
    .filter((r): r is MatchResult => r !== null)
    .sort((a, b) => b.score - a.score || a.vacancyId.localeCompare(b.vacancyId))
    .slice(0, limit);
}

const workers = Array.from({ length: 2000 }, (_, i) => randomWorker(i));

function scoreEveryWorker(vacancy: MatchVacancy, limit: number): MatchResult[] {
  return workers
    .filter((w) => isCandidate(w, vacancy))
    .map((w) => match(w, vacancy, context))
    .filter((r): r is MatchResult => r !== null)
    .sort((a, b) => b.score - a.score || a.workerId.localeCompare(b.workerId))
    .slice(0, limit);
}

describe('vacancy index', () => {
  const index = new VacancyIndex(vacancies, context.trainableSkills);

  it('returns exactly the top list of scoring every candidate, for many kinds of worker', () => {
    let nonEmpty = 0;
    for (const worker of workers.slice(0, 300)) {
      const limit = random.pick([1, 5, 20, 50]);
      const fast = index.top(worker, context, limit).map((r) => [r.result.vacancyId, r.result.score]);
      const reference = scoreEveryVacancy(worker, limit).map((r) => [r.vacancyId, r.score]);
      expect(fast, `worker ${worker.id}, top ${limit}`).toEqual(reference);
      if (reference.length > 0) nonEmpty += 1;
    }
    // The comparison means something only if most workers do get matches.
    expect(nonEmpty).toBeGreaterThan(200);
  });

  it('gives a vacancy in its priority window only to at-risk workers of its own region', () => {
    const byId = new Map(vacancies.map((v) => [v.id, v]));
    let inWindowShown = 0;
    for (const worker of workers.slice(0, 300)) {
      for (const { result } of index.top(worker, context, 50)) {
        const vacancy = byId.get(result.vacancyId)!;
        if ((vacancy.priorityUntil ?? 0) <= NOW) continue;
        inWindowShown += 1;
        expect(worker.atRisk && worker.regionId === vacancy.regionId, `${worker.id} got ${vacancy.id}`).toBe(true);
      }
    }
    // …and they do get them: the window narrows who sees a vacancy, it does not hide it.
    expect(inWindowShown).toBeGreaterThan(100);
  });

  it('gives the same answer when asked twice (its scratch space is reset between queries)', () => {
    const worker = randomWorker(5000);
    const first = index.top(worker, context, 20).map((r) => r.result.vacancyId);
    index.top(randomWorker(5001), context, 20);
    expect(index.top(worker, context, 20).map((r) => r.result.vacancyId)).toEqual(first);
  });
});

describe('worker index', () => {
  const index = new WorkerIndex(workers, context);

  it('returns exactly the top candidates of scoring every worker, for many kinds of vacancy', () => {
    let nonEmpty = 0;
    for (const vacancy of vacancies.slice(0, 300)) {
      const limit = random.pick([1, 5, 20, 50]);
      const fast = index.top(vacancy, context, limit).map((r) => [r.result.workerId, r.result.score]);
      const reference = scoreEveryWorker(vacancy, limit).map((r) => [r.workerId, r.score]);
      expect(fast, `${vacancy.id}, top ${limit}`).toEqual(reference);
      if (reference.length > 0) nonEmpty += 1;
    }
    expect(nonEmpty).toBeGreaterThan(200);
  });

  it('agrees with the vacancy index on who is a candidate for what', () => {
    const vacancyIndex = new VacancyIndex(vacancies, context.trainableSkills);
    const everything = vacancies.length + workers.length;
    const seenByWorkers = new Set(
      workers
        .slice(0, 200)
        .flatMap((w) => vacancyIndex.top(w, context, everything).map((r) => `${w.id}→${r.result.vacancyId}`)),
    );
    const sampled = new Set(workers.slice(0, 200).map((w) => w.id));
    const seenByVacancies = new Set(
      vacancies.flatMap((v) =>
        index
          .top(v, context, everything)
          .filter((r) => sampled.has(r.result.workerId))
          .map((r) => `${r.result.workerId}→${v.id}`),
      ),
    );
    expect(seenByVacancies.size).toBeGreaterThan(1000);
    expect([...seenByVacancies].sort()).toEqual([...seenByWorkers].sort());
  });
});

describe('hard filters in both indexes', () => {
  const vacancyIndex = new VacancyIndex(vacancies, context.trainableSkills);
  const workerIndex = new WorkerIndex(workers, context);
  const byId = new Map(vacancies.map((v) => [v.id, v]));
  const accepts = (w: MatchWorker, v: MatchVacancy) =>
    w.remotePreferences.includes(v.remote) && (v.regionId === w.regionId || w.neighbourRegionIds.includes(v.regionId));

  it('gives a worker only vacancies in their own or, when they opted in, a neighbouring region, worked the way they accept', () => {
    let restricted = 0;
    for (const worker of workers.slice(0, 300)) {
      const found = vacancyIndex.top(worker, context, 50).map((r) => byId.get(r.result.vacancyId)!);
      for (const v of found) expect(accepts(worker, v), `${worker.id} → ${v.id}`).toBe(true);
      if (found.length > 0 && worker.remotePreferences.length < remotePolicies.length) restricted += 1;
    }
    expect(restricted).toBeGreaterThan(50);
  });

  it('gives a vacancy only workers who accept its region and its way of working', () => {
    const workerById = new Map(workers.map((w) => [w.id, w]));
    for (const vacancy of vacancies.slice(0, 300)) {
      for (const r of workerIndex.top(vacancy, context, 50)) {
        expect(accepts(workerById.get(r.result.workerId)!, vacancy)).toBe(true);
      }
    }
  });

  it('finds remote-only workers remote vacancies, including in a bordering region they opted in to', () => {
    const base = workers.find((w) => w.regionId === 'limburg')!;
    const remoteOnly: MatchWorker = {
      ...base,
      id: 'remote-only',
      remotePreferences: ['remote'],
      neighbourRegionIds: ['brabant'],
    };
    const found = vacancyIndex.top(remoteOnly, context, 3000).map((r) => byId.get(r.result.vacancyId)!);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((v) => v.remote))).toEqual(new Set(['remote']));
    expect(new Set(found.map((v) => v.regionId))).toEqual(new Set(['limburg', 'brabant']));
  });
});
