import { Meilisearch, type EnqueuedTaskPromise, type SearchParams } from 'meilisearch';
import { haversineKm } from '~/server/lib/geo';
import { meilisearchHttpClient } from './http';
import { cappedTotal, hitsWithinLimit } from '~/server/search/paging';
import type {
  SearchBackend,
  SearchResult,
  VacancyDocument,
  VacancySearchQuery,
  WorkerDocument,
  WorkerSearchQuery,
} from '~/server/search/types';
import {
  fromMeiliVacancy,
  fromMeiliWorker,
  pagination,
  toMeiliVacancy,
  toMeiliWorker,
  VACANCY_INDEX,
  vacancyFilter,
  vacancyIndexSettings,
  vacancySort,
  WORKER_INDEX,
  workerFilter,
  workerIndexSettings,
  vacancyAttributes,
  workerAttributes,
  type MeiliVacancy,
  type MeiliWorker,
} from './translate';

export interface MeilisearchOptions {
  url: string;
  apiKey?: string;
  /** Prefix for index names, so tests can use their own indexes on a shared server. */
  indexPrefix?: string;
}

/**
 * Every word of the query must match, as on PostgreSQL (server/search/postgres/query.ts):
 * Meilisearch's default ('last') drops words from the end until something matches, so
 * "lasser eindhoven" would also count every welder elsewhere.
 */
const matchingStrategy = 'all';

/** Waits for a Meilisearch task and turns a failed task into an error. */
async function settle(task: EnqueuedTaskPromise): Promise<void> {
  const done = await task.waitTask({ timeout: 10 * 60_000 });
  if (done.status !== 'succeeded') {
    throw new Error(`Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? 'no reason given'}`);
  }
}

export class MeilisearchBackend implements SearchBackend {
  readonly name = 'meilisearch' as const;
  private readonly client: Meilisearch;
  private readonly vacancyIndex: string;
  private readonly workerIndex: string;

  constructor(private readonly options: MeilisearchOptions) {
    this.client = new Meilisearch({ host: options.url, apiKey: options.apiKey, httpClient: meilisearchHttpClient });
    this.vacancyIndex = `${options.indexPrefix ?? ''}${VACANCY_INDEX}`;
    this.workerIndex = `${options.indexPrefix ?? ''}${WORKER_INDEX}`;
  }

  async prepare(): Promise<void> {
    for (const [uid, settings] of [
      [this.vacancyIndex, vacancyIndexSettings()],
      [this.workerIndex, workerIndexSettings()],
    ] as const) {
      const existing = await this.client.getIndex(uid).catch(() => null);
      if (!existing) await settle(this.client.createIndex(uid, { primaryKey: 'id' }));
      // Settings are declarative: applying the same settings again is a no-op task.
      await settle(this.client.index(uid).updateSettings(settings));
    }
  }

  async upsertVacancies(documents: VacancyDocument[]): Promise<void> {
    if (documents.length)
      await settle(this.client.index<MeiliVacancy>(this.vacancyIndex).addDocuments(documents.map(toMeiliVacancy)));
  }

  async removeVacancies(ids: string[]): Promise<void> {
    if (ids.length) await settle(this.client.index(this.vacancyIndex).deleteDocuments(ids));
  }

  async upsertWorkers(documents: WorkerDocument[]): Promise<void> {
    if (documents.length)
      await settle(this.client.index<MeiliWorker>(this.workerIndex).addDocuments(documents.map(toMeiliWorker)));
  }

  async removeWorkers(ids: string[]): Promise<void> {
    if (ids.length) await settle(this.client.index(this.workerIndex).deleteDocuments(ids));
  }

  async searchVacancies(query: VacancySearchQuery): Promise<SearchResult<VacancyDocument>> {
    const { page, hitsPerPage } = pagination(query);
    const params: SearchParams = {
      filter: vacancyFilter(query),
      sort: vacancySort(query),
      facets: query.facets,
      page,
      hitsPerPage,
      attributesToRetrieve: vacancyAttributes,
      matchingStrategy,
    };
    const response = await this.client
      .index<MeiliVacancy>(this.vacancyIndex)
      .search(query.text?.trim() || null, params);
    return {
      hits: hitsWithinLimit(response.hits, page, hitsPerPage).map((hit) => ({
        document: fromMeiliVacancy(hit),
        distanceKm: query.near ? distanceKm(hit as { _geoDistance?: number }, query.near, hit) : null,
      })),
      ...cappedTotal(totalOf(response)),
      page,
      pageSize: hitsPerPage,
      facets: normaliseFacets(response.facetDistribution),
    };
  }

  async searchWorkers(query: WorkerSearchQuery): Promise<SearchResult<WorkerDocument>> {
    const { page, hitsPerPage } = pagination(query);
    const response = await this.client.index<MeiliWorker>(this.workerIndex).search(query.text?.trim() || null, {
      filter: workerFilter(query),
      page,
      hitsPerPage,
      attributesToRetrieve: workerAttributes,
      matchingStrategy,
    });
    return {
      hits: hitsWithinLimit(response.hits, page, hitsPerPage).map((hit) => ({
        document: fromMeiliWorker(hit),
        distanceKm: query.near ? distanceKm(hit as { _geoDistance?: number }, query.near, hit) : null,
      })),
      ...cappedTotal(totalOf(response)),
      page,
      pageSize: hitsPerPage,
      facets: {},
    };
  }
}

/** Meilisearch reports _geoDistance only when sorting by distance; otherwise compute it. */
function distanceKm(
  hit: { _geoDistance?: number },
  near: { lat: number; lon: number },
  doc: { lat: number; lon: number },
): number {
  if (typeof hit._geoDistance === 'number') return Math.round(hit._geoDistance / 100) / 10;
  return Math.round(haversineKm(near.lat, near.lon, doc.lat, doc.lon) * 10) / 10;
}

/** With page/hitsPerPage Meilisearch counts exactly (totalHits) up to pagination.maxTotalHits; otherwise it estimates. */
function totalOf(response: object): number {
  const r = response as { totalHits?: number; estimatedTotalHits?: number };
  return r.totalHits ?? r.estimatedTotalHits ?? 0;
}

function normaliseFacets(distribution: Record<string, Record<string, number>> | undefined) {
  return distribution ?? {};
}
