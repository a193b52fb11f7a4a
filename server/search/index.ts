import { sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { MeilisearchBackend } from './meilisearch/backend';
import { taxonomySynonyms } from './meilisearch/translate';
import { PostgresSearchBackend } from './postgres/backend';
import { rowsOf } from './postgres/rows';
import type { SearchBackend } from './types';

export type { SearchBackend } from './types';

/** Preferred and alternative labels of every skill and occupation, for synonym expansion. */
export async function loadTaxonomySynonyms(db: Database): Promise<Record<string, string[]>> {
  const rows = rowsOf<{ preferred: string[]; alt: string[] }>(
    await db.execute(sql`
      select array_remove(array[preferred_label_nl, preferred_label_en], null) as preferred, alt_labels_nl || alt_labels_en as alt
      from skills where cardinality(alt_labels_nl) + cardinality(alt_labels_en) > 0
      union all
      select array_remove(array[preferred_label_nl, preferred_label_en], null), alt_labels_nl || alt_labels_en
      from occupations where cardinality(alt_labels_nl) + cardinality(alt_labels_en) > 0`),
  );
  return taxonomySynonyms(rows.map((r) => ({ preferredLabels: r.preferred, altLabels: r.alt })));
}

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
      loadSynonyms: () => loadTaxonomySynonyms(db),
    });
  }
  return new PostgresSearchBackend(db);
}
