import { describe, expect, it } from 'vitest';
import { getTranslator } from '~/i18n/translator';
import { locales } from '~/i18n/config';
import {
  assessCompleteness,
  COMPLETENESS_POINTS,
  MIN_SKILLS,
  type CompletenessFacts,
  type CompletenessItem,
} from '~/server/services/profile-completeness';

/** A profile with everything the meter asks for. */
const complete: CompletenessFacts = {
  skillCount: 12,
  desiredOccupations: [{ occupationId: 'cnc', occupation: 'CNC-verspaner', essential: 6, missing: 0 }],
  currentOccupationKnown: true,
  homeKnown: true,
  preferencesSaved: true,
  experienceCount: 2,
  languageCount: 1,
};

describe('profile completeness meter', () => {
  it('weighs the parts of a profile at 100 points in all', () => {
    expect(Object.values(COMPLETENESS_POINTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('is 100% with nothing left to do for a complete profile', () => {
    expect(assessCompleteness(complete)).toEqual({ percent: 100, items: [] });
  });

  it('puts the missing skills of the desired occupation first: they weigh most in matching', () => {
    const result = assessCompleteness({
      ...complete,
      desiredOccupations: [{ occupationId: 'cnc', occupation: 'CNC-verspaner', essential: 6, missing: 4 }],
      languageCount: 0,
      currentOccupationKnown: false,
    });
    expect(result.items).toEqual([
      { key: 'addDesiredOccupationSkills', occupationId: 'cnc', occupation: 'CNC-verspaner', missing: 4, gain: 20 },
      { key: 'addCurrentOccupation', gain: 10 },
      { key: 'addLanguages', gain: 3 },
    ]);
    expect(result.percent).toBe(100 - 20 - 10 - 3);
  });

  it('marks each desired occupation with its own missing skills, the one that gains most first', () => {
    const result = assessCompleteness({
      ...complete,
      desiredOccupations: [
        { occupationId: 'cnc', occupation: 'CNC-verspaner', essential: 6, missing: 1 },
        { occupationId: 'monteur', occupation: 'Monteur', essential: 4, missing: 3 },
        { occupationId: 'planner', occupation: 'Planner', essential: 2, missing: 0 },
      ],
    });
    // 30 points over 12 essential skills: 2.5 a skill.
    expect(result.items).toEqual([
      { key: 'addDesiredOccupationSkills', occupationId: 'monteur', occupation: 'Monteur', missing: 3, gain: 7.5 },
      { key: 'addDesiredOccupationSkills', occupationId: 'cnc', occupation: 'CNC-verspaner', missing: 1, gain: 2.5 },
    ]);
    expect(result.percent).toBe(90);
  });

  it('orders a bare profile by what each part does for matching', () => {
    const bare: CompletenessFacts = {
      skillCount: 0,
      desiredOccupations: [],
      currentOccupationKnown: false,
      homeKnown: false,
      preferencesSaved: false,
      experienceCount: 0,
      languageCount: 0,
    };
    expect(assessCompleteness(bare)).toEqual({
      percent: 0,
      items: [
        { key: 'addSkills', missing: MIN_SKILLS, gain: 15 },
        { key: 'reviewPreferences', gain: 15 },
        { key: 'addHomePostcode', gain: 13 },
        { key: 'addDesiredOccupation', gain: 10 },
        { key: 'addCurrentOccupation', gain: 10 },
        { key: 'addWorkHistory', gain: 4 },
        { key: 'addLanguages', gain: 3 },
      ],
    });
  });

  it('asks for a few more skills on a thin profile, in proportion to how few there are', () => {
    const result = assessCompleteness({ ...complete, skillCount: 3 });
    expect(result.items).toEqual([{ key: 'addSkills', missing: 2, gain: 6 }]);
    expect(result.percent).toBe(94);
  });

  it('never says 100% while something is left, however small', () => {
    const result = assessCompleteness({
      ...complete,
      desiredOccupations: [{ occupationId: 'x', occupation: 'X', essential: 400, missing: 1 }],
    });
    expect(result.items).toHaveLength(1);
    expect(result.percent).toBe(99);
  });

  it('counts a desired occupation without essential skills in the taxonomy as nothing missing', () => {
    expect(
      assessCompleteness({
        ...complete,
        desiredOccupations: [{ occupationId: 'x', occupation: 'X', essential: 0, missing: 0 }],
      }),
    ).toEqual({ percent: 100, items: [] });
  });
});

describe('completeness wording (i18n/messages, profileCompleteness.items)', () => {
  const samples: CompletenessItem[] = [
    { key: 'addDesiredOccupationSkills', occupationId: 'cnc', occupation: 'CNC-verspaner', missing: 1, gain: 5 },
    { key: 'addDesiredOccupationSkills', occupationId: 'cnc', occupation: 'CNC-verspaner', missing: 4, gain: 20 },
    { key: 'addSkills', missing: 1, gain: 3 },
    { key: 'addSkills', missing: 3, gain: 9 },
    { key: 'addDesiredOccupation', gain: 10 },
    { key: 'addCurrentOccupation', gain: 10 },
    { key: 'addHomePostcode', gain: 13 },
    { key: 'reviewPreferences', gain: 15 },
    { key: 'addWorkHistory', gain: 4 },
    { key: 'addLanguages', gain: 3 },
  ];

  it.each(locales)('says every item in plain words in %s, with its parameters filled in', (locale) => {
    const t = getTranslator(locale);
    for (const { key, ...values } of samples) {
      // The key is data here (as on the page that renders the items), so the typed key is widened.
      const text = (t as unknown as (key: string, values: object) => string)(
        `profileCompleteness.items.${key}`,
        values,
      );
      expect(text, key).not.toMatch(/[{}#]|profileCompleteness/);
      if ('occupation' in values) expect(text).toContain('CNC-verspaner');
    }
    expect(t('profileCompleteness.percent', { percent: 72 })).toContain('72%');
  });

  it('uses the singular and the plural where they belong', () => {
    const nl = getTranslator('nl');
    const en = getTranslator('en');
    const item = (missing: number) => ({ occupation: 'CNC-verspaner', missing });
    expect(nl('profileCompleteness.items.addDesiredOccupationSkills', item(1))).toContain(
      'er ontbreekt nog 1 vaardigheid',
    );
    expect(nl('profileCompleteness.items.addDesiredOccupationSkills', item(4))).toContain(
      'er ontbreken nog 4 vaardigheden',
    );
    expect(nl('profileCompleteness.items.addDesiredOccupationSkills', item(4))).toContain('‘CNC-verspaner’');
    expect(en('profileCompleteness.items.addDesiredOccupationSkills', item(1))).toContain('1 skill it asks for is');
    expect(en('profileCompleteness.items.addDesiredOccupationSkills', item(4))).toContain('4 skills it asks for are');
    expect(nl('profileCompleteness.items.addSkills', { missing: 1 })).toContain('nog 1 vaardigheid ');
    expect(en('profileCompleteness.items.addSkills', { missing: 2 })).toContain('2 more skills');
  });
});
