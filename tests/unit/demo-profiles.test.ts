import { describe, expect, it } from 'vitest';
import { employers, occupations } from '~/db/seed/data';
import { hasStartedProfile, planProfiles, type ProfileWorker } from '~/db/seed/demo-profiles';

const today = '2026-11-22';
const mainEmployers = employers.filter((e) => e.region === 'main');
const occupationByKey = new Map(occupations.map((o) => [o.key, o]));

/** A cohort like the demo seed's: workers of every occupation, of all ages and lengths of career. */
const workers: ProfileWorker[] = Array.from({ length: 120 }, (_, i) => ({
  occupation: occupations[i % occupations.length]!,
  employerName: mainEmployers[i % mainEmployers.length]!.name,
  birthYear: 1962 + (i % 42),
  experienceYears: 2 + (i % 29),
  regionEmployers: mainEmployers,
}));
const plan = () => planProfiles(workers, { today, seed: 20261122, occupations });

describe('demo work histories and desired occupations', () => {
  it('are the same on every run', () => {
    expect(plan()).toEqual(plan());
  });

  it('leave one worker in four to fill them in, and give the others both', () => {
    plan().forEach((p, i) => {
      if (hasStartedProfile(i)) {
        expect(p.experiences.length, `worker ${i}`).toBeGreaterThan(0);
        expect(p.desiredOccupations.length, `worker ${i}`).toBeGreaterThan(0);
      } else {
        expect(p).toEqual({ experiences: [], desiredOccupations: [] });
      }
    });
    expect(hasStartedProfile(0)).toBe(true); // the demo worker's pages have content
  });

  it('run from the current job back, without overlaps, never before 18 nor in the future', () => {
    plan().forEach((p, i) => {
      const [current, ...earlier] = p.experiences;
      if (!current) return;
      expect(current.employerName).toBe(workers[i]!.employerName);
      expect(current.endDate).toBeNull();
      expect(current.startDate <= today).toBe(true);
      let next = current.startDate;
      for (const job of earlier) {
        expect(job.endDate! < next, `worker ${i}: ${job.endDate} before ${next}`).toBe(true);
        expect(job.startDate < job.endDate!).toBe(true);
        expect(job.employerName).not.toBe(workers[i]!.employerName);
        next = job.startDate;
      }
      expect(next >= `${workers[i]!.birthYear + 18}`, `worker ${i} started at ${next}`).toBe(true);
      expect(new Set(p.experiences.map((e) => e.employerName)).size).toBe(p.experiences.length);
    });
  });

  it('name real occupations: the ones worked in, and a handful wanted, each once', () => {
    for (const p of plan()) {
      for (const job of p.experiences) expect(occupationByKey.get(job.occupationKey)?.nl).toBe(job.title);
      expect(p.desiredOccupations.length).toBeLessThanOrEqual(3);
      expect(new Set(p.desiredOccupations).size).toBe(p.desiredOccupations.length);
      for (const key of p.desiredOccupations) expect(occupationByKey.has(key)).toBe(true);
    }
  });
});
