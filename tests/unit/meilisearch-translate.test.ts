import { describe, expect, it } from 'vitest';
import {
  fromMeiliVacancy,
  pagination,
  quote,
  toEpochDay,
  toMeiliVacancy,
  vacancyFilter,
  vacancyIndexSettings,
  vacancyAttributes,
  vacancySort,
  workerAttributes,
  workerFilter,
  workerIndexSettings,
} from '~/server/search/meilisearch/translate';
import { cappedTotal, hitsWithinLimit } from '~/server/search/paging';
import { SEARCH_TOTAL_LIMIT, type VacancyDocument } from '~/server/search/types';

const vacancy: VacancyDocument = {
  id: 'v1',
  regionId: 'r1',
  organisationId: 'o1',
  organisationName: 'Kempen Metaal',
  title: 'Lasser MIG/MAG',
  description: 'Lassen van frames',
  occupationId: 'occ1',
  occupationLabels: ['lasser', 'welder'],
  iscoPath: ['7', '72', '721', '7212'],
  skillIds: ['s1'],
  skillLabels: ['lassen', 'welding'],
  hoursMin: 32,
  hoursMax: 40,
  contractType: 'permanent',
  remote: 'on_site',
  city: 'Eindhoven',
  lat: 51.44,
  lon: 5.47,
  salaryMin: 2800,
  salaryMax: 3400,
  startDate: '2027-01-01',
  openToRetraining: true,
  publishedAt: 1_790_000_000_000,
  priorityUntil: null,
};

describe('Meilisearch documents', () => {
  it('adds _geo and a numeric start day, and strips them again on the way back', () => {
    const meili = toMeiliVacancy(vacancy);
    expect(meili._geo).toEqual({ lat: 51.44, lng: 5.47 });
    expect(meili.startDay).toBe(toEpochDay('2027-01-01'));
    expect(fromMeiliVacancy({ ...meili, _geoDistance: 1200 } as never)).toEqual(vacancy);
  });

  it('gives the priority window a number to filter on (0 for none), and strips it again', () => {
    expect(toMeiliVacancy(vacancy).priorityUntilMs).toBe(0);
    const inWindow = { ...vacancy, priorityUntil: 1_790_400_000_000 };
    expect(toMeiliVacancy(inWindow).priorityUntilMs).toBe(1_790_400_000_000);
    expect(fromMeiliVacancy(toMeiliVacancy(inWindow))).toEqual(inWindow);
  });
});

describe('Meilisearch filters', () => {
  it('translates every vacancy filter of the contract', () => {
    const filters = vacancyFilter({
      regionIds: ['r1'],
      skillIds: ['s1', 's2'],
      iscoGroup: '72',
      hours: { min: 24, max: 32 },
      contractTypes: ['permanent', 'fixed_term'],
      remote: ['hybrid'],
      startBefore: '2027-02-01',
      openToRetraining: true,
      near: { lat: 51.44, lon: 5.47, radiusKm: 12.5 },
    });
    expect(filters).toEqual([
      'regionId = "r1"',
      'skillIds = "s1"',
      'skillIds = "s2"',
      'iscoPath = "72"',
      'hoursMax >= 24',
      'hoursMin <= 32',
      'contractType IN ["permanent", "fixed_term"]',
      'remote = "hybrid"',
      `(startDay <= ${toEpochDay('2027-02-01')} OR startDay IS NULL)`,
      'openToRetraining = true',
      '_geoRadius(51.44, 5.47, 12500)',
    ]);
  });

  it("hides vacancies in their priority window, except those of an at-risk worker's own region", () => {
    const now = 1_790_000_000_000;
    expect(vacancyFilter({ priorityWindow: { now, visibleInRegionId: null } })).toEqual([`priorityUntilMs <= ${now}`]);
    expect(vacancyFilter({ priorityWindow: { now, visibleInRegionId: 'r1' } })).toEqual([
      `(priorityUntilMs <= ${now} OR regionId = "r1")`,
    ]);
  });

  it('escapes quotes and backslashes in values', () => {
    expect(quote('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
  });

  it("finds workers of the employer's region, and of its neighbours those open to other regions", () => {
    expect(workerFilter({ regionId: 'r1' })).toEqual(['regionId = "r1"']);
    expect(workerFilter({ regionId: 'r1', neighbourRegionIds: [] })).toEqual(['regionId = "r1"']);
    expect(workerFilter({ regionId: 'r1', neighbourRegionIds: ['r2'] })).toEqual([
      '(regionId = "r1" OR (openToOtherRegions = true AND regionId = "r2"))',
    ]);
    expect(workerFilter({ regionId: 'r1', neighbourRegionIds: ['r2', 'r3'] })).toEqual([
      '(regionId = "r1" OR (openToOtherRegions = true AND regionId IN ["r2", "r3"]))',
    ]);
  });
});

describe('Meilisearch sort and paging', () => {
  it('sorts by distance only when a point is given', () => {
    expect(vacancySort({ sort: 'distance', near: { lat: 1, lon: 2, radiusKm: 5 } })).toEqual(['_geoPoint(1, 2):asc']);
    expect(vacancySort({ sort: 'distance' })).toBeUndefined();
    expect(vacancySort({ sort: 'newest' })).toEqual(['publishedAt:desc']);
  });

  it('clamps page and page size', () => {
    expect(pagination({ page: 0, pageSize: 1000 })).toEqual({ page: 1, hitsPerPage: 100 });
    expect(pagination({})).toEqual({ page: 1, hitsPerPage: 20 });
  });
});

describe('Meilisearch settings', () => {
  it('clears synonyms: documents carry every label of their concepts, as on PostgreSQL', () => {
    expect(vacancyIndexSettings().synonyms).toEqual({});
    expect(workerIndexSettings().synonyms).toEqual({});
  });

  it('makes every filtered and sorted field filterable or sortable', () => {
    const settings = vacancyIndexSettings();
    for (const field of [
      'regionId',
      'skillIds',
      'iscoPath',
      'hoursMin',
      'hoursMax',
      'contractType',
      'remote',
      'startDay',
      'openToRetraining',
      'priorityUntilMs',
      '_geo',
    ]) {
      expect(settings.filterableAttributes).toContain(field);
    }
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining(['publishedAt', 'startDay', '_geo']));
  });
});

describe('totals both backends report', () => {
  it('counts Meilisearch one past the shared limit, so "exactly the limit" and "more" differ', () => {
    expect(vacancyIndexSettings().pagination).toEqual({ maxTotalHits: SEARCH_TOTAL_LIMIT + 1 });
    expect(workerIndexSettings().pagination).toEqual({ maxTotalHits: SEARCH_TOTAL_LIMIT + 1 });
    expect(cappedTotal(SEARCH_TOTAL_LIMIT)).toEqual({ total: SEARCH_TOTAL_LIMIT, totalCapped: false });
    expect(cappedTotal(SEARCH_TOTAL_LIMIT + 1)).toEqual({ total: SEARCH_TOTAL_LIMIT, totalCapped: true });
  });

  it('ends pages at the limit', () => {
    const page = Array.from({ length: 30 }, (_, i) => i);
    const last = Math.ceil(SEARCH_TOTAL_LIMIT / 30);
    expect(hitsWithinLimit(page, last - 1, 30)).toHaveLength(30);
    expect(hitsWithinLimit(page, last, 30)).toHaveLength(SEARCH_TOTAL_LIMIT - (last - 1) * 30);
    expect(hitsWithinLimit(page, last + 1, 30)).toHaveLength(0);
  });

  it('asks Meilisearch for the contract’s document only, not its own fields', () => {
    expect(vacancyAttributes).not.toContain('_geo');
    expect(vacancyAttributes).toContain('title');
    expect(workerAttributes).not.toContain('_geo');
  });
});
