/**
 * The parts of a demo worker's profile that came after skills and preferences: work history
 * and desired occupations. They are drawn from a random stream of their own, so that adding
 * them left every other part of the demo region exactly as it was.
 */
import { addMonths, type IsoDate } from '~/server/lib/dates';
import type { SeedOccupation } from './data';
import { SeededRandom } from './random';

/**
 * One demo worker in four was invited only recently and has not filled in a work history or
 * desired occupations yet, as in any real cohort; the completeness meter has something to ask
 * of them. The e2e specs that complete a profile sign in as one of these (werknemer.031, .035).
 * `workerIndex` is the worker's place in the seed: werknemer.NNN is index NNN, the demo worker 0.
 */
export const hasStartedProfile = (workerIndex: number) => workerIndex % 4 !== 3;

export interface ProfileWorker {
  occupation: SeedOccupation;
  /** The name of the worker's current employer. */
  employerName: string;
  birthYear: number;
  /** Years of work experience, as the headline says. */
  experienceYears: number;
  /** The employers of the worker's region: earlier jobs were at those that hire for that work. */
  regionEmployers: readonly { name: string; hires: readonly string[] }[];
}

export interface PlannedExperience {
  employerName: string;
  title: string;
  occupationKey: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

export interface PlannedProfile {
  /** Most recent first, the current job (no end date) at the top. */
  experiences: PlannedExperience[];
  /** Occupation keys, first choice first. */
  desiredOccupations: string[];
}

const firstOfMonth = (date: IsoDate) => `${date.slice(0, 7)}-01`;
const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
const earlier = (a: IsoDate, b: IsoDate) => (a < b ? a : b);

/** Occupations close to `occupation`: the same ISCO sub-major group first, else the same major group. */
function relatedOccupations(occupation: SeedOccupation, all: readonly SeedOccupation[]): SeedOccupation[] {
  const others = all.filter((o) => o.key !== occupation.key);
  const near = others.filter((o) => o.isco.slice(0, 2) === occupation.isco.slice(0, 2));
  return near.length > 0 ? near : others.filter((o) => o.isco[0] === occupation.isco[0]);
}

/**
 * The work history and desired occupations of each demo worker (in the seed's order); empty for
 * those who have not started (hasStartedProfile). The current job runs from some years back to
 * now; earlier jobs, at other employers of the region, fill the years of experience before it.
 */
export function planProfiles(
  workers: readonly ProfileWorker[],
  options: {
    today: IsoDate;
    seed: number;
    occupations: readonly SeedOccupation[];
  },
): PlannedProfile[] {
  // A stream of its own (a fixed offset from the demo seed): the main stream's draws stay as they were.
  const rnd = new SeededRandom(options.seed ^ 0x70f11e);
  const { today } = options;
  return workers.map((worker, i): PlannedProfile => {
    if (!hasStartedProfile(i)) return { experiences: [], desiredOccupations: [] };
    const related = relatedOccupations(worker.occupation, options.occupations);

    // Nobody starts working before 18, and everyone has at least a year behind them.
    const byExperience = addMonths(today, -12 * worker.experienceYears);
    const adult = `${worker.birthYear + 18}-09-01`;
    const latest = addMonths(today, -12);
    const careerStart = firstOfMonth(earlier(later(byExperience, adult), latest));
    const careerMonths = monthsBetween(careerStart, today);
    const currentMonths = careerMonths <= 48 ? careerMonths : rnd.int(24, careerMonths);
    const currentStart = firstOfMonth(addMonths(today, -currentMonths));
    const experiences: PlannedExperience[] = [
      {
        employerName: worker.employerName,
        title: worker.occupation.nl,
        occupationKey: worker.occupation.key,
        startDate: currentStart,
        endDate: null,
      },
    ];

    // Earlier jobs, newest first, each ending a month or two before the next one started.
    let nextStart = currentStart;
    const jobsBefore = monthsBetween(careerStart, currentStart) >= 12 ? rnd.int(1, 2) : 0;
    for (let n = 0; n < jobsBefore; n++) {
      const end = firstOfMonth(addMonths(nextStart, -rnd.int(1, 2)));
      const start =
        n === jobsBefore - 1
          ? careerStart
          : later(
              careerStart,
              firstOfMonth(addMonths(end, -Math.max(12, Math.round(monthsBetween(careerStart, end) / 2)))),
            );
      if (start >= end) break;
      const occupation = related.length > 0 && rnd.chance(0.4) ? rnd.pick(related) : worker.occupation;
      const employer = rnd.pick(formerEmployerCandidates(worker, occupation, experiences, options.occupations));
      experiences.push({
        employerName: employer,
        title: occupation.nl,
        occupationKey: occupation.key,
        startDate: start,
        endDate: end,
      });
      nextStart = start;
    }

    // Half want the same work elsewhere first; everyone looks at one or two related occupations.
    const desired = new Set<string>();
    if (rnd.chance(0.5) || related.length === 0) desired.add(worker.occupation.key);
    for (const o of rnd.sample(related, rnd.int(1, 2))) desired.add(o.key);
    return { experiences, desiredOccupations: [...desired] };
  });
}

/**
 * Where someone may have done `occupation` before: an employer of the region that hires for it,
 * else for work of the same ISCO major group, else any; never one they already worked for.
 */
function formerEmployerCandidates(
  worker: ProfileWorker,
  occupation: SeedOccupation,
  history: readonly PlannedExperience[],
  all: readonly SeedOccupation[],
): string[] {
  const sameMajor = new Set(all.filter((o) => o.isco[0] === occupation.isco[0]).map((o) => o.key));
  const open = worker.regionEmployers.filter((e) => !history.some((h) => h.employerName === e.name));
  const hiring = open.filter((e) => e.hires.includes(occupation.key));
  const near = open.filter((e) => e.hires.some((key) => sameMajor.has(key)));
  const names = (hiring.length > 0 ? hiring : near.length > 0 ? near : open).map((e) => e.name);
  return names.length > 0 ? names : worker.regionEmployers.map((e) => e.name);
}

function monthsBetween(from: IsoDate, to: IsoDate): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}
