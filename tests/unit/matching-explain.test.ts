import { describe, expect, it } from 'vitest';
import { contractTypeValues } from '~/db/schema/enums';
import { messages } from '~/i18n/config';
import { explanationLines } from '~/i18n/explanation';
import { explainMatch, type Label, type MatchExplanation } from '~/server/matching/explain';
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
      `${String(explanation.distanceKm).replace('.', ',')} km van huis.`,
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
    expect(lines).toContain('This is a fixed-term contract: not one of your preferences.');
  });
});

describe('match explanation wording (the explanation messages)', () => {
  const base = explainMatch(match(worker, vacancy, context)!, worker, vacancy, lookups);

  it('counts in each language with plurals, and lists several skills the way the language does', () => {
    const e: MatchExplanation = {
      ...base,
      matchingSkills: [
        { skillId: 'mig', label: labels.mig!, via: null, levelShort: 0 },
        { skillId: 'tig', label: labels.tig!, via: null, levelShort: 0 },
        { skillId: 'plc', label: labels.plc!, via: null, levelShort: 0 },
      ],
      missingSkills: [
        {
          skillId: 'plc',
          label: labels.plc!,
          required: true,
          trainings: [{ id: 't', title: { nl: 'PLC kort', en: 'PLC short' }, provider: 'ROC', weeks: 1 }],
        },
      ],
      start: { fits: false, vacancyStart: '2026-12-01', daysUntilAvailable: 1 },
      salaryFits: false,
    };
    const nl = explanationLines(e, 'nl');
    expect(nl[0]).toBe('Je vaardigheden die passen: MIG/MAG-lassen, TIG-lassen en PLC programmeren.');
    expect(nl[1]).toBe('Je mist nog PLC programmeren. Dat leer je in "PLC kort" bij ROC (1 week).');
    expect(nl).toContain('De baan begint 1 dag voordat je beschikbaar bent.');
    expect(nl.at(-1)).toBe('Het salaris ligt onder je ondergrens.');
    const en = explanationLines({ ...e, start: { ...e.start, daysUntilAvailable: 12 } }, 'en');
    expect(en[1]).toBe('You still need programming PLCs. You can learn it in "PLC short" at ROC (1 week).');
    expect(en).toContain('The job starts 12 days before you are available.');
  });

  it('says remote work instead of a distance, and leaves out a distance it does not have', () => {
    expect(explanationLines({ ...base, remote: true, distanceKm: null }, 'en')).toContain('You can work remotely.');
    const employerView = explanationLines({ ...base, distanceKm: null }, 'nl', 'employer');
    expect(employerView.some((line) => line.includes('km'))).toBe(false);
    expect(explanationLines({ ...base, distanceKm: 12.5 }, 'nl')).toContain('12,5 km van huis.');
  });

  it('speaks to the employer about the candidate, never to them as "you"', () => {
    for (const locale of ['nl', 'en'] as const) {
      const lines = explanationLines({ ...base, distanceKm: null }, locale, 'employer');
      expect(lines.length).toBeGreaterThan(2);
      expect(lines.join(' ')).not.toMatch(locale === 'nl' ? /\b(je|jij|jouw)\b/i : /\b(you|your)\b/i);
    }
  });

  it('names every contract type in both languages', () => {
    for (const contract of contractTypeValues) {
      const e = { ...base, contract: { fits: true, vacancy: contract } };
      for (const locale of ['nl', 'en'] as const) {
        const line = explanationLines(e, locale).find((l) =>
          l.includes(locale === 'nl' ? 'zoals je zoekt' : 'as you want'),
        );
        expect(line).toBeDefined();
        expect(line).toContain(messages[locale].explanation.contract[contract]);
      }
    }
  });
});
