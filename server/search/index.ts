import type { Database } from '~/db/client';
import { MeilisearchBackend } from './meilisearch/backend';
import { PostgresSearchBackend } from './postgres/backend';
import type { SearchBackend } from './types';

export type { SearchBackend } from './types';

export interface SearchConfig {
  meiliUrl?: string;
  meiliKey?: string;
  indexPrefix?: string;
}

/** Meilisearch when configured, PostgreSQL full-text search otherwise. Same interface, same results contract. */
export function createSearchBackend(db: Database, config: SearchConfig): SearchBackend {
  if (config.meiliUrl) {
    return new MeilisearchBackend({
      url: config.meiliUrl,
      apiKey: config.meiliKey,
      indexPrefix: config.indexPrefix,
    });
  }
  return new PostgresSearchBackend(db);
}
