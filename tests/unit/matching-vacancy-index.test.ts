import { describe, expect, it } from 'vitest';
import { SeededRandom } from '~/db/seed/random';
import { match, reachOf, type MatchContext, type MatchResult, type MatchVacancy, type MatchWorker } from '~/server/matching/score';
import { CANDIDATE_MIN_WEIGHT, VacancyIndex } from '~/server/matching/vacancy-index';

/*
 * The index prunes with upper bounds and stops early; whatever it skips, the list it returns
 * must be exactly the one a worker would get from scoring every candidate vacancy.
 */
const random = new SeededRandom(42);
const skills = Array.from({ length: 80 }, (_, i) => `skill-${i}`);
const occupations = Array.from({ length: 12 }, (_, i) => `occupation-${i}`);
const organisations = Array.from({ length: 15 }, (_, i) => `organisation-${i}`);
const regions = ['brabant', 'limburg'];
const contractTypes = ['permanent', 'fixed_term', 'temporary'] as const;
const remotePolicies = ['on_site', 'hybrid', 'remote'] as const;

const relatedBySkill = new Map(
  skills.map((skill) => [
    skill,
    Array.from({ length: random.int(0, 4) }, () => ({ skillId: random.pick(skills), weight: Math.round(random.next() * 100) / 100 })),
  ]),
);
const context: MatchContext = {
  related: (skillId) => relatedBySkill.get(skillId) ?? [],
  trainableSkills: new Set(skills.filter(() => random.chance(0.15))),
  occupationSkills: new Map(occupations.map((o) => [o, new Set(Array.from({ length: 6 }, () => random.pick(skills)))])),
  today: '2026-11-22',
};

const near = (centre: number, spread: number) => centre + (random.next() - 0.5) * spread;
const date = () => (random.chance(0.3) ? null : `2027-0${random.int(1, 6)}-${String(random.int(10, 28))}`);
const skillList = (n: number) =>
  [...new Set(Array.from({ length: n }, () => random.pick(skills)))].map((skillId) => ({ skillId, minLevel: random.int(1, 4) }));

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
  };
});

function randomWorker(i: number): MatchWorker {
  const hoursMin = random.int(16, 36);
  const occupationId = random.chance(0.2) ? null : random.pick(occupations);
  return {
    id: `worker-${i}`,
    regionId: random.pick(regions),
    currentOrganisationId: random.chance(0.1) ? null : random.pick(organisations),
    openToOtherRegions: random.chance(0.3),
    lat: near(51.45, 0.6),
    lon: near(5.5, 0.9),
    maxCommuteKm: random.int(5, 60),
    hoursMin,
    hoursMax: hoursMin + random.int(0, 8),
    contractPreferences: contractTypes.filter(() => random.chance(0.6)),
    availableFrom: date(),
    salaryFloor: random.chance(0.3) ? null : random.int(2200, 4000),
    occupationId,
    iscoGroup: occupationId ? `72${occupationId.slice(-1)}` : null,
    skills: new Map(Array.from({ length: random.int(1, 10) }, () => [random.pick(skills), random.int(1, 4)] as const)),
  };
}

/** The reference: every vacancy the worker reaches with a strong enough skill, scored and sorted. */
function scoreEveryCandidate(worker: MatchWorker, limit: number): MatchResult[] {
  const reach = reachOf(worker, context);
  const reaches = (skillId: string) => (reach.get(skillId) ?? []).some((way) => way.similarity >= CANDIDATE_MIN_WEIGHT);
  return vacancies
    .filter((v) => [...v.required, ...v.optional].some((s) => reaches(s.skillId)))
    .map((v) => match(worker, v, context))
    .filter((r): r is MatchResult => r !== null)
    .sort((a, b) => b.score - a.score || a.vacancyId.localeCompare(b.vacancyId))
    .slice(0, limit);
}

describe('vacancy index', () => {
  const index = new VacancyIndex(vacancies, context.trainableSkills);

  it('returns exactly the top list of scoring every candidate, for many kinds of worker', () => {
    let nonEmpty = 0;
    for (let i = 0; i < 300; i += 1) {
      const worker = randomWorker(i);
      const limit = random.pick([1, 5, 20, 50]);
      const fast = index.top(worker, context, limit).map((r) => [r.result.vacancyId, r.result.score]);
      const reference = scoreEveryCandidate(worker, limit).map((r) => [r.vacancyId, r.score]);
      expect(fast, `worker ${worker.id}, top ${limit}`).toEqual(reference);
      if (reference.length > 0) nonEmpty += 1;
    }
    // The comparison means something only if most workers do get matches.
    expect(nonEmpty).toBeGreaterThan(200);
  });

  it('gives the same answer when asked twice (its scratch space is reset between queries)', () => {
    const worker = randomWorker(1000);
    const first = index.top(worker, context, 20).map((r) => r.result.vacancyId);
    index.top(randomWorker(1001), context, 20);
    expect(index.top(worker, context, 20).map((r) => r.result.vacancyId)).toEqual(first);
  });
});
