import { describe, expect, it } from 'vitest';
import { explainMatch, explanationLines, type Label } from '~/server/matching/explain';
import { match, type MatchContext, type MatchVacancy, type MatchWorker } from '~/server/matching/score';

const labels: Record<string, Label> = {
  mig: { nl: 'MIG/MAG-lassen', en: 'MIG/MAG welding' },
  tig: { nl: 'TIG-lassen', en: 'TIG welding' },
  plc: { nl: 'PLC programmeren', en: 'programming PLCs' },
};
const context: MatchContext = {
  related: (skillId) => (skillId === 'tig' ? [{ skillId: 'mig', weight: 0.6 }] : []),
  trainableSkills: new Set(['plc']),
  occupationSkills: new Map(),
  today: '2026-11-22',
};
const worker: MatchWorker = {
  id: 'w',
  regionId: 'r',
  currentOrganisationId: null,
  neighbourRegionIds: [],
  lat: 51.44,
  lon: 5.47,
  maxCommuteKm: 30,
  hoursMin: 24,
  hoursMax: 32,
  contractPreferences: ['permanent'],
  remotePreferences: ['on_site', 'hybrid', 'remote'],
  availableFrom: null,
  salaryFloor: null,
  occupationId: null,
  iscoGroup: null,
  skills: new Map([['tig', 3]]),
};
const vacancy: MatchVacancy = {
  id: 'v',
  regionId: 'r',
  organisationId: 'o',
  lat: 51.48,
  lon: 5.66,
  remote: 'on_site',
  hoursMin: 32,
  hoursMax: 40,
  contractType: 'fixed_term',
  startDate: null,
  salaryMax: null,
  occupationId: null,
  iscoGroup: null,
  openToRetraining: true,
  required: [
    { skillId: 'mig', minLevel: 2 },
    { skillId: 'plc', minLevel: 2 },
  ],
  optional: [],
};
const lookups = {
  skillLabel: (id: string) => labels[id]!,
  trainingsFor: (id: string) =>
    id === 'plc'
      ? [{ id: 't1', title: { nl: 'PLC basis', en: 'PLC basics' }, provider: 'Techniek College', weeks: 8 }]
      : [],
};

describe('match explanation', () => {
  const result = match(worker, vacancy, context)!;
  const explanation = explainMatch(result, worker, vacancy, lookups);

  it('lists matching skills (with the related skill that earned them) and missing skills with their courses', () => {
    expect(explanation.matchingSkills).toEqual([{ skillId: 'mig', label: labels.mig, via: labels.tig, levelShort: 0 }]);
    expect(explanation.missingSkills).toEqual([
      { skillId: 'plc', label: labels.plc, required: true, trainings: lookups.trainingsFor('plc') },
    ]);
  });

  it('reads as plain Dutch', () => {
    expect(explanationLines(explanation, 'nl')).toEqual([
      'Je vaardigheden die passen: MIG/MAG-lassen (via TIG-lassen).',
      'Je mist nog PLC programmeren. Dat leer je in "PLC basis" bij Techniek College (8 weken).',
      `${explanation.distanceKm} km van huis.`,
      'De uren passen deels: de vacature vraagt 32–40 uur, jij zoekt 24–32.',
      'Een contract voor bepaalde tijd: niet wat je als voorkeur opgaf.',
      'Je bent beschikbaar als de baan begint.',
    ]);
  });

  it('reads as plain English', () => {
    const lines = explanationLines(explanation, 'en');
    expect(lines[0]).toBe('Your skills that fit: MIG/MAG welding (through TIG welding).');
    expect(lines[1]).toBe(
      'You still need programming PLCs. You can learn it in "PLC basics" at Techniek College (8 weeks).',
    );
    expect(lines).toContain('A fixed-term contract: not one of your preferences.');
  });
});
