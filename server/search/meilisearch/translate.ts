/**
 * Pure translation between Overstap's search contract and Meilisearch: documents, filters,
 * sort, settings. No I/O here, so every rule is unit-tested without a server.
 */
import type { Settings } from 'meilisearch';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  SEARCH_TOTAL_LIMIT,
  type VacancyDocument,
  type VacancySearchQuery,
  type WorkerDocument,
  type WorkerSearchQuery,
} from '~/server/search/types';

export const VACANCY_INDEX = 'vacancies';
export const WORKER_INDEX = 'workers';

/** Dates as whole days since the epoch: Meilisearch compares numbers, not date strings. */
export function toEpochDay(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

/**
 * `priorityUntilMs` is the document's priorityUntil with 0 for none: a filter compares numbers,
 * and a missing or null value would match neither side of `<=`.
 */
export type MeiliVacancy = VacancyDocument & {
  _geo: { lat: number; lng: number };
  startDay: number | null;
  priorityUntilMs: number;
};
export type MeiliWorker = WorkerDocument & { _geo: { lat: number; lng: number }; availableDay: number | null };

export function toMeiliVacancy(doc: VacancyDocument): MeiliVacancy {
  return {
    ...doc,
    _geo: { lat: doc.lat, lng: doc.lon },
    startDay: doc.startDate ? toEpochDay(doc.startDate) : null,
    priorityUntilMs: doc.priorityUntil ?? 0,
  };
}

export function toMeiliWorker(doc: WorkerDocument): MeiliWorker {
  return {
    ...doc,
    _geo: { lat: doc.lat, lng: doc.lon },
    availableDay: doc.availableFrom ? toEpochDay(doc.availableFrom) : null,
  };
}

/**
 * What a search returns of a hit: the contract's document and nothing of Meilisearch's own
 * fields (`_geo`, day numbers), so a page carries no more than the app reads. Complete lists:
 * a key of the document left out here fails the typecheck.
 */
const vacancyKeys: Record<keyof VacancyDocument, true> = {
  id: true,
  regionId: true,
  organisationId: true,
  organisationName: true,
  title: true,
  description: true,
  occupationId: true,
  occupationLabels: true,
  iscoPath: true,
  skillIds: true,
  skillLabels: true,
  hoursMin: true,
  hoursMax: true,
  contractType: true,
  remote: true,
  city: true,
  lat: true,
  lon: true,
  salaryMin: true,
  salaryMax: true,
  startDate: true,
  openToRetraining: true,
  publishedAt: true,
  priorityUntil: true,
};
const workerKeys: Record<keyof WorkerDocument, true> = {
  id: true,
  regionId: true,
  openToOtherRegions: true,
  headline: true,
  occupationId: true,
  occupationLabels: true,
  iscoPath: true,
  skillIds: true,
  skillLabels: true,
  hoursMin: true,
  hoursMax: true,
  contractPreferences: true,
  homeArea: true,
  lat: true,
  lon: true,
  maxCommuteKm: true,
  availableFrom: true,
};
export const vacancyAttributes = Object.keys(vacancyKeys);
export const workerAttributes = Object.keys(workerKeys);

/** Strips the Meilisearch-only fields again, so both backends return the same documents. */
export function fromMeiliVacancy(hit: MeiliVacancy): VacancyDocument {
  const { _geo: _g, startDay: _s, priorityUntilMs: _p, ...doc } = hit as MeiliVacancy & { _geoDistance?: number };
  delete (doc as { _geoDistance?: number })._geoDistance;
  return doc;
}

export function fromMeiliWorker(hit: MeiliWorker): WorkerDocument {
  const { _geo: _g, availableDay: _a, ...doc } = hit as MeiliWorker & { _geoDistance?: number };
  delete (doc as { _geoDistance?: number })._geoDistance;
  return doc;
}

/** Quotes a value for a Meilisearch filter expression. */
export function quote(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const anyOf = (field: string, values: readonly (string | number)[]) =>
  values.length === 1 ? `${field} = ${quote(values[0]!)}` : `${field} IN [${values.map(quote).join(', ')}]`;

function hoursOverlap(hours: { min?: number; max?: number } | undefined): string[] {
  const filters: string[] = [];
  if (hours?.min !== undefined) filters.push(`hoursMax >= ${hours.min}`);
  if (hours?.max !== undefined) filters.push(`hoursMin <= ${hours.max}`);
  return filters;
}

const geoRadius = (near: { lat: number; lon: number; radiusKm: number }) =>
  `_geoRadius(${near.lat}, ${near.lon}, ${Math.round(near.radiusKm * 1000)})`;

export function vacancyFilter(query: VacancySearchQuery): string[] {
  const filters: string[] = [];
  if (query.regionIds?.length) filters.push(anyOf('regionId', query.regionIds));
  for (const skillId of query.skillIds ?? []) filters.push(`skillIds = ${quote(skillId)}`);
  if (query.occupationId) filters.push(`occupationId = ${quote(query.occupationId)}`);
  if (query.iscoGroup) filters.push(`iscoPath = ${quote(query.iscoGroup)}`);
  filters.push(...hoursOverlap(query.hours));
  if (query.contractTypes?.length) filters.push(anyOf('contractType', query.contractTypes));
  if (query.remote?.length) filters.push(anyOf('remote', query.remote));
  if (query.startBefore) filters.push(`(startDay <= ${toEpochDay(query.startBefore)} OR startDay IS NULL)`);
  if (query.openToRetraining !== undefined) filters.push(`openToRetraining = ${query.openToRetraining}`);
  if (query.near) filters.push(geoRadius(query.near));
  if (query.priorityWindow) filters.push(outsidePriorityWindow(query.priorityWindow));
  if (query.excludeIds?.length) filters.push(`NOT ${anyOf('id', query.excludeIds)}`);
  return filters;
}

/** Out of the priority window, or in it but of the region that may see it (see server/lib/priority-window.ts). */
function outsidePriorityWindow(window: NonNullable<VacancySearchQuery['priorityWindow']>): string {
  const over = `priorityUntilMs <= ${window.now}`;
  return window.visibleInRegionId ? `(${over} OR regionId = ${quote(window.visibleInRegionId)})` : over;
}

export function workerFilter(query: WorkerSearchQuery): string[] {
  // The employer's region, and its neighbours' workers who opted in to other regions.
  const neighbours = query.neighbourRegionIds ?? [];
  const filters = [
    neighbours.length
      ? `(regionId = ${quote(query.regionId)} OR (openToOtherRegions = true AND ${anyOf('regionId', neighbours)}))`
      : `regionId = ${quote(query.regionId)}`,
  ];
  for (const skillId of query.skillIds ?? []) filters.push(`skillIds = ${quote(skillId)}`);
  if (query.iscoGroup) filters.push(`iscoPath = ${quote(query.iscoGroup)}`);
  filters.push(...hoursOverlap(query.hours));
  if (query.contractTypes?.length) filters.push(anyOf('contractPreferences', query.contractTypes));
  if (query.near) filters.push(geoRadius(query.near));
  return filters;
}

export function vacancySort(query: VacancySearchQuery): string[] | undefined {
  switch (query.sort) {
    case 'newest':
      return ['publishedAt:desc'];
    case 'startDate':
      return ['startDay:asc'];
    case 'distance':
      return query.near ? [`_geoPoint(${query.near.lat}, ${query.near.lon}):asc`] : undefined;
    default:
      return undefined; // relevance
  }
}

export function pagination(query: { page?: number; pageSize?: number }) {
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const hitsPerPage = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(query.pageSize ?? DEFAULT_PAGE_SIZE)));
  return { page, hitsPerPage };
}

const rankingRules = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];
/** Counted exactly one past the limit both backends share (server/search/paging.ts). */
const paginationSettings = { maxTotalHits: SEARCH_TOTAL_LIMIT + 1 };
const typoTolerance = { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } };

/**
 * What both indexes share besides their fields (measured in bench/RESULTS.md, issue 12):
 * - No synonyms: every document already carries all labels (nl + en, preferred and
 *   alternative) of its skills and occupation, which is how the PostgreSQL backend finds
 *   "bekabeling"; the taxonomy's 2,700 synonym sets added nothing to that but made every text
 *   search ~10× slower (the query graph grows with every synonym of every word). `{}` also
 *   clears the synonyms an older version set.
 * - No facet search (the app never searches within facet values): its per-value index was a
 *   large part of the indexing time, with the ids among the filterable attributes.
 * - Proximity by attribute, not by word distance: PostgreSQL ranks without word distance too,
 *   and the word-pair index was the larger part of what remained of the indexing time.
 */
const commonSettings = {
  rankingRules,
  typoTolerance,
  synonyms: {},
  facetSearch: false,
  proximityPrecision: 'byAttribute',
  pagination: paginationSettings,
} satisfies Settings;

export function vacancyIndexSettings(): Settings {
  return {
    searchableAttributes: ['title', 'occupationLabels', 'skillLabels', 'description', 'organisationName', 'city'],
    filterableAttributes: [
      'id',
      'regionId',
      'organisationId',
      'skillIds',
      'occupationId',
      'iscoPath',
      'hoursMin',
      'hoursMax',
      'contractType',
      'remote',
      'city',
      'startDay',
      'openToRetraining',
      'priorityUntilMs',
      '_geo',
    ],
    sortableAttributes: ['publishedAt', 'startDay', '_geo'],
    ...commonSettings,
  };
}

export function workerIndexSettings(): Settings {
  return {
    searchableAttributes: ['headline', 'occupationLabels', 'skillLabels'],
    filterableAttributes: [
      'regionId',
      'openToOtherRegions',
      'skillIds',
      'occupationId',
      'iscoPath',
      'hoursMin',
      'hoursMax',
      'contractPreferences',
      'availableDay',
      '_geo',
    ],
    sortableAttributes: ['availableDay', '_geo'],
    ...commonSettings,
  };
}
