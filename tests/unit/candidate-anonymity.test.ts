import { describe, expect, it } from 'vitest';
import { en } from '~/i18n/messages/en';
import { nl } from '~/i18n/messages/nl';
import { distanceBandBetween, distanceBandKeys, distanceBandOf } from '~/server/lib/distance-band';
import { haversineKm } from '~/server/lib/geo';
import { employerMatchOf } from '~/server/matching/employer-view';
import type { MatchExplanation } from '~/server/matching/explain';
import { MATCH_WEIGHTS } from '~/server/matching/score';
import { CANDIDATE_CODE_PATTERN, newCandidateCode } from '~/server/services/candidate-pseudonyms';

describe('distance bands', () => {
  it('put each distance in the band [from, below)', () => {
    const cases: [number, string][] = [
      [0, 'under5'],
      [4.99, 'under5'],
      [5, 'from5to10'],
      [9.99, 'from5to10'],
      [10, 'from10to25'],
      [24.9, 'from10to25'],
      [25, 'from25to50'],
      [49.99, 'from25to50'],
      [50, 'over50'],
      [400, 'over50'],
    ];
    for (const [km, band] of cases) expect(distanceBandOf(km), `${km} km`).toBe(band);
  });

  it('measure between two points: Eindhoven station to Helmond station is about 13 km', () => {
    const eindhoven = { lat: 51.4433, lon: 5.4814 };
    const helmond = { lat: 51.4757, lon: 5.6618 };
    expect(haversineKm(eindhoven.lat, eindhoven.lon, helmond.lat, helmond.lon)).toBeCloseTo(13.0, 0);
    expect(distanceBandBetween(eindhoven, helmond)).toBe('from10to25');
    expect(distanceBandBetween(eindhoven, eindhoven)).toBe('under5');
  });

  it('have wording in Dutch and English for every band, and for nothing else', () => {
    expect(Object.keys(nl.candidateDistance).sort()).toEqual([...distanceBandKeys].sort());
    expect(Object.keys(en.candidateDistance).sort()).toEqual([...distanceBandKeys].sort());
  });
});

describe('a match as the employer sees it', () => {
  const explanation: MatchExplanation = {
    matchingSkills: [],
    missingSkills: [],
    distanceKm: 13.7,
    remote: false,
    hours: { fits: 'full', vacancy: [32, 40], worker: [32, 40] },
    contract: { fits: true, vacancy: 'permanent' },
    start: { fits: true, vacancyStart: null, daysUntilAvailable: 0 },
    salaryFits: true,
  };
  const components = { requiredSkills: 1, optionalSkills: 0.5, occupation: 0.2, distance: 0.43, conditions: 0.9 };

  it('has no exact distance, a distance fit in quarters and a score made of what it shows', () => {
    const shown = employerMatchOf({ components, explanation });
    expect(shown.explanation).not.toHaveProperty('distanceKm');
    expect(shown.explanation.hours).toEqual(explanation.hours);
    expect(shown.components).toEqual({ ...components, distance: 0.5 });
    const expected =
      MATCH_WEIGHTS.requiredSkills * 1 +
      MATCH_WEIGHTS.optionalSkills * 0.5 +
      MATCH_WEIGHTS.occupation * 0.2 +
      MATCH_WEIGHTS.distance * 0.5 +
      MATCH_WEIGHTS.conditions * 0.9;
    expect(shown.score).toBeCloseTo(expected, 3);
  });

  it('is the same for two workers whose homes differ by less than the step', () => {
    const a = employerMatchOf({ components: { ...components, distance: 0.41 }, explanation });
    const b = employerMatchOf({
      components: { ...components, distance: 0.58 },
      explanation: { ...explanation, distanceKm: 9.1 },
    });
    expect(a).toEqual(b);
  });
});

describe('candidate pseudonyms', () => {
  it('look like K-7Q4M2 and are random', () => {
    const codes = Array.from({ length: 2000 }, newCandidateCode);
    for (const code of codes) expect(code).toMatch(CANDIDATE_CODE_PATTERN);
    expect(new Set(codes).size).toBeGreaterThan(1990);
    expect(codes.join('')).not.toMatch(/[ILOU]/);
  });
});
