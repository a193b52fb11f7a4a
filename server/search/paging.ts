import { SEARCH_TOTAL_LIMIT } from './types';

/**
 * A backend's count, capped at SEARCH_TOTAL_LIMIT. Backends count one past the limit
 * (PostgreSQL's `limit`, Meilisearch's maxTotalHits), so "exactly the limit" and "more" differ.
 */
export function cappedTotal(counted: number): { total: number; totalCapped: boolean } {
  return { total: Math.min(counted, SEARCH_TOTAL_LIMIT), totalCapped: counted > SEARCH_TOTAL_LIMIT };
}

/** The hits of a page that lie within the first SEARCH_TOTAL_LIMIT: pages end where the count does. */
export function hitsWithinLimit<T>(hits: T[], page: number, hitsPerPage: number): T[] {
  return hits.slice(0, Math.max(0, SEARCH_TOTAL_LIMIT - (page - 1) * hitsPerPage));
}
