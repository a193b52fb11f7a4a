import { describe, expect, it } from 'vitest';
import { match, MATCH_WEIGHTS, type MatchContext, type MatchVacancy, type MatchWorker } from '~/server/matching/score';

const context: MatchContext = {
  related: (skillId) =>
    skillId === 'mig-welding'
      ? [{ skillId: 'tig-welding', weight: 0.6 }]
      : skillId === 'tig-welding'
        ? [{ skillId: 'mig-welding', weight: 0.6 }]
        : [],
  trainableSkills: new Set(['plc-programming']),
  occupationSkills: new Map([
    ['welder', new Set(['mig-welding', 'tig-welding', 'read-drawings'])],
    ['metalworker', new Set(['mig-welding', 'read-drawings', 'grinding'])],
  ]),
  today: '2026-11-22',
};

const worker: MatchWorker = {
  id: 'w1',
  regionId: 'r1',
  currentOrganisationId: 'releasing-firm',
  neighbourRegionIds: [],
  lat: 51.44,
  lon: 5.47,
  maxCommuteKm: 25,
  hoursMin: 32,
  hoursMax: 40,
  contractPreferences: ['permanent'],
  remotePreferences: ['on_site', 'hybrid', 'remote'],
  availableFrom: '2026-12-01',
  salaryFloor: 2800,
  occupationId: 'welder',
  iscoGroup: '7212',
  skills: new Map([
    ['mig-welding', 3],
    ['read-drawings', 2],
  ]),
};

const vacancy: MatchVacancy = {
  id: 'v1',
  regionId: 'r1',
  organisationId: 'receiving-firm',
  lat: 51.48,
  lon: 5.66, // Helmond, ~14 km
  remote: 'on_site',
  hoursMin: 36,
  hoursMax: 40,
  contractType: 'permanent',
  startDate: '2027-01-01',
  salaryMax: 3400,
  occupationId: 'welder',
  iscoGroup: '7212',
  openToRetraining: false,
  required: [
    { skillId: 'mig-welding', minLevel: 2 },
    { skillId: 'read-drawings', minLevel: 2 },
  ],
  optional: [{ skillId: 'tig-welding', minLevel: 2 }],
};

describe('matching hard filters', () => {
  it('never proposes a vacancy at the worker’s own employer', () => {
    expect(match(worker, { ...vacancy, organisationId: 'releasing-firm' }, context)).toBeNull();
  });

  it('keeps to the region, and to its neighbours only when the worker opted in to other regions', () => {
    expect(match(worker, { ...vacancy, regionId: 'r2' }, context)).toBeNull();
    const openToNeighbours = { ...worker, neighbourRegionIds: ['r2', 'r3'] };
    expect(match(openToNeighbours, { ...vacancy, regionId: 'r2' }, context)).not.toBeNull();
    expect(match(openToNeighbours, { ...vacancy, regionId: 'r3' }, context)).not.toBeNull();
    // A region that does not border the worker's stays out, opted in or not.
    expect(match(openToNeighbours, { ...vacancy, regionId: 'r9' }, context)).toBeNull();
  });

  it('keeps to the ways of working the worker accepts: on site, hybrid, remote', () => {
    const remoteOnly = { ...worker, remotePreferences: ['remote'] as const };
    expect(match(remoteOnly, vacancy, context)).toBeNull(); // on site
    expect(match(remoteOnly, { ...vacancy, remote: 'hybrid' }, context)).toBeNull();
    expect(match(remoteOnly, { ...vacancy, remote: 'remote' }, context)).not.toBeNull();
    const onSiteOnly = { ...worker, remotePreferences: ['on_site'] as const };
    expect(match(onSiteOnly, vacancy, context)).not.toBeNull();
    expect(match(onSiteOnly, { ...vacancy, remote: 'remote' }, context)).toBeNull();
    const noRemote = { ...worker, remotePreferences: ['on_site', 'hybrid'] as const };
    expect(match(noRemote, { ...vacancy, remote: 'hybrid' }, context)).not.toBeNull();
    expect(match(noRemote, { ...vacancy, remote: 'remote' }, context)).toBeNull();
  });

  it('still applies the commute to hybrid work, which means travelling some days', () => {
    const hybrid = { ...vacancy, remote: 'hybrid' as const };
    expect(match({ ...worker, maxCommuteKm: 10 }, hybrid, context)).toBeNull();
  });

  it('respects the maximum commute, except for remote work', () => {
    expect(match({ ...worker, maxCommuteKm: 10 }, vacancy, context)).toBeNull();
    expect(match({ ...worker, maxCommuteKm: 10 }, { ...vacancy, remote: 'remote' }, context)).not.toBeNull();
  });

  it('requires the hours to overlap', () => {
    expect(match({ ...worker, hoursMin: 16, hoursMax: 24 }, vacancy, context)).toBeNull();
  });
});

describe('matching score', () => {
  it('scores a worker with every required skill highly, with each component between 0 and 1', () => {
    const result = match(worker, vacancy, context)!;
    expect(result.components.requiredSkills).toBe(1);
    expect(result.components.optionalSkills).toBeCloseTo(0.6 * 0.75 ** 0, 5); // TIG via MIG, related 0.6
    expect(result.components.occupation).toBe(1);
    for (const value of Object.values(result.components)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(result.score).toBeGreaterThan(0.8);
    expect(result.distanceKm).toBeGreaterThan(12);
    expect(result.distanceKm).toBeLessThan(16);
    expect(Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('gives partial credit through a related skill and for a level below the minimum', () => {
    const related = match(
      {
        ...worker,
        skills: new Map([
          ['tig-welding', 3],
          ['read-drawings', 2],
        ]),
      },
      vacancy,
      context,
    )!;
    expect(related.required[0]).toMatchObject({ skillId: 'mig-welding', viaSkillId: 'tig-welding', credit: 0.6 });
    const lowLevel = match(
      {
        ...worker,
        skills: new Map([
          ['mig-welding', 1],
          ['read-drawings', 2],
        ]),
      },
      vacancy,
      context,
    )!;
    expect(lowLevel.required[0]).toMatchObject({ credit: 0.75, levelShort: 1 });
    expect(lowLevel.score).toBeLessThan(match(worker, vacancy, context)!.score);
  });

  it('tolerates a missing skill that a regional course teaches when the vacancy is open to retraining', () => {
    const needsPlc = { ...vacancy, required: [...vacancy.required, { skillId: 'plc-programming', minLevel: 2 }] };
    const strict = match(worker, needsPlc, context)!;
    const open = match(worker, { ...needsPlc, openToRetraining: true }, context)!;
    expect(strict.required[2]).toMatchObject({ credit: 0, trainable: true });
    expect(open.required[2]).toMatchObject({ credit: 0.5, trainable: true });
    expect(open.score).toBeGreaterThan(strict.score);
  });

  it('prefers the same occupation, then the same ISCO group, then shared essential skills', () => {
    const same = match(worker, vacancy, context)!.components.occupation;
    const sibling = match(worker, { ...vacancy, occupationId: 'metalworker', iscoGroup: '7214' }, context)!.components
      .occupation;
    const far = match(worker, { ...vacancy, occupationId: 'nurse', iscoGroup: '2221' }, context)!.components.occupation;
    expect(same).toBe(1);
    expect(sibling).toBeGreaterThanOrEqual(0.6);
    expect(far).toBe(0);
  });

  it('weighs conditions: a contract type outside the preferences and a late start lower the score', () => {
    const base = match(worker, vacancy, context)!;
    const temporary = match(worker, { ...vacancy, contractType: 'temporary' }, context)!;
    const early = match({ ...worker, availableFrom: '2027-03-01' }, vacancy, context)!;
    expect(base.conditions).toMatchObject({ contractFits: true, startFits: true, salaryFits: true });
    expect(temporary.conditions.contractFits).toBe(false);
    expect(temporary.score).toBeLessThan(base.score);
    expect(early.conditions.daysUntilAvailable).toBe(59);
    expect(early.score).toBeLessThan(base.score);
  });
});
