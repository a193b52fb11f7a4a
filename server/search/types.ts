import type { contractTypeValues, remotePolicyValues } from '~/db/schema/enums';

type ContractType = (typeof contractTypeValues)[number];
type RemotePolicy = (typeof remotePolicyValues)[number];

/** What the search index holds for a vacancy. Built from the database by documents.ts. */
export interface VacancyDocument {
  id: string;
  regionId: string;
  organisationId: string;
  organisationName: string;
  title: string;
  description: string;
  occupationId: string | null;
  occupationLabels: string[];
  /** ISCO-08 group and its ancestors, e.g. ['7', '72', '721', '7212']: filter on any level. */
  iscoPath: string[];
  skillIds: string[];
  /** Preferred and alternative labels (nl + en) of the vacancy's skills: synonyms find them. */
  skillLabels: string[];
  hoursMin: number;
  hoursMax: number;
  contractType: ContractType;
  remote: RemotePolicy;
  city: string;
  lat: number;
  lon: number;
  salaryMin: number | null;
  salaryMax: number | null;
  /** ISO date; null = as soon as possible. */
  startDate: string | null;
  openToRetraining: boolean;
  /** Epoch milliseconds, for "newest first". */
  publishedAt: number;
  /**
   * Epoch milliseconds: until then only the at-risk workers of the vacancy's region may find it
   * (server/lib/priority-window.ts); null when it has no priority window.
   */
  priorityUntil: number | null;
}

/**
 * What the index holds for a worker who consented to be found. Anonymised: no name, no
 * contact details, no employer, home location rounded to about a kilometre (for the geo
 * filter). Never sent to an employer as it is: the id and the location stay on the server,
 * and services/candidate-view.ts makes what an employer sees of a candidate.
 */
export interface WorkerDocument {
  id: string;
  regionId: string;
  openToOtherRegions: boolean;
  headline: string;
  occupationId: string | null;
  occupationLabels: string[];
  iscoPath: string[];
  skillIds: string[];
  skillLabels: string[];
  hoursMin: number;
  hoursMax: number;
  contractPreferences: ContractType[];
  homeArea: string; // 4-digit postcode area
  lat: number;
  lon: number;
  maxCommuteKm: number;
  availableFrom: string | null;
}

export const vacancyFacetNames = ['contractType', 'remote', 'city', 'iscoPath', 'openToRetraining'] as const;
export type VacancyFacet = (typeof vacancyFacetNames)[number];

export interface GeoFilter {
  lat: number;
  lon: number;
  radiusKm: number;
}

export interface VacancySearchQuery {
  text?: string;
  regionIds?: string[];
  /** Every listed skill must be asked for. */
  skillIds?: string[];
  occupationId?: string;
  /** Any ISCO level: '7' (craft workers) … '7212' (welders). */
  iscoGroup?: string;
  /** The vacancy's hours must overlap this range. */
  hours?: { min?: number; max?: number };
  contractTypes?: ContractType[];
  remote?: RemotePolicy[];
  /** Starts on or before this date (or has no fixed start). */
  startBefore?: string;
  openToRetraining?: boolean;
  near?: GeoFilter;
  /**
   * For a worker's search: vacancies still in their priority window at `now` (epoch ms) are
   * left out, except those of `visibleInRegionId` (the worker's own region when they are at
   * risk; null leaves them all out). Absent for employers and coordinators.
   */
  priorityWindow?: { now: number; visibleInRegionId: string | null };
  /** Vacancies left out whatever else matches: those the worker hid ("not for me"). */
  excludeIds?: string[];
  facets?: VacancyFacet[];
  sort?: 'relevance' | 'newest' | 'distance' | 'startDate';
  page?: number;
  pageSize?: number;
}

export interface WorkerSearchQuery {
  text?: string;
  /** The employer's region: workers of that region, plus workers of its neighbours who are open to other regions. */
  regionId: string;
  /** The regions bordering `regionId` (server/lib/region-neighbours.ts); none when not given. */
  neighbourRegionIds?: string[];
  skillIds?: string[];
  iscoGroup?: string;
  hours?: { min?: number; max?: number };
  contractTypes?: ContractType[];
  near?: GeoFilter;
  page?: number;
  pageSize?: number;
}

export interface SearchHit<T> {
  document: T;
  /** Kilometres from `near`, when a point was given. */
  distanceKm: number | null;
}

export interface SearchResult<T> {
  hits: SearchHit<T>[];
  /** Exact up to SEARCH_TOTAL_LIMIT; past it, the limit (and `totalCapped`). */
  total: number;
  /** More than SEARCH_TOTAL_LIMIT match: the UI says "10,000+", and pages end at the limit. */
  totalCapped: boolean;
  page: number;
  pageSize: number;
  facets: Partial<Record<string, Record<string, number>>>;
}

/** The one search interface of the app: PostgreSQL full-text search or Meilisearch behind it. */
export interface SearchBackend {
  readonly name: 'postgres' | 'meilisearch';
  /** Creates indexes and applies settings; safe to call on every start. */
  prepare(): Promise<void>;
  upsertVacancies(documents: VacancyDocument[]): Promise<void>;
  removeVacancies(ids: string[]): Promise<void>;
  upsertWorkers(documents: WorkerDocument[]): Promise<void>;
  removeWorkers(ids: string[]): Promise<void>;
  searchVacancies(query: VacancySearchQuery): Promise<SearchResult<VacancyDocument>>;
  searchWorkers(query: WorkerSearchQuery): Promise<SearchResult<WorkerDocument>>;
}

export const DEFAULT_PAGE_SIZE = 20;
/**
 * How far both backends count and page: a search matching more says "10,000+". Meilisearch
 * counts exactly only up to its `pagination.maxTotalHits`; PostgreSQL stops counting here too,
 * so both report the same total for the same query.
 */
export const SEARCH_TOTAL_LIMIT = 10_000;
export const MAX_PAGE_SIZE = 100;
