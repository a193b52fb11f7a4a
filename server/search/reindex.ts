/**
 * Rebuilds a search index from the database (`npm run search:reindex`, the bench): every
 * vacancy and worker through the same sync as the outbox, so what is no longer searchable is
 * removed. Idempotent.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { rowsOf } from './postgres/rows';
import { syncVacancies, syncWorkers } from './sync';
import type { SearchBackend } from './types';

/**
 * Meilisearch: a few large batches kept in flight. It merges document additions that are
 * already queued into one indexing pass, and each pass costs more than its documents (its
 * word-prefix, facet and geo structures are rebuilt over the whole index), so waiting for
 * every batch before sending the next, 1,000 at a time, made 100k vacancies take 12 minutes
 * (bench/RESULTS.md). Reading the next batch from the database overlaps with the indexing.
 * PostgreSQL: one batch at a time, in the statement size it handles well.
 */
const batching = {
  meilisearch: { size: 5000, inFlight: 3 },
  postgres: { size: 2000, inFlight: 1 },
} as const;

export type ReindexProgress = (what: 'vacancies' | 'workers', done: number, total: number) => void;

async function inBatches(
  ids: string[],
  { size, inFlight }: { size: number; inFlight: number },
  sync: (ids: string[]) => Promise<void>,
  onBatch: (done: number) => void,
) {
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < ids.length) {
      const batch = ids.slice(next, (next += size));
      await sync(batch);
      onBatch((done += batch.length));
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
}

export async function reindexAll(db: Database, backend: SearchBackend, onProgress?: ReindexProgress): Promise<void> {
  for (const [what, table, sync] of [
    ['vacancies', 'vacancies', syncVacancies],
    ['workers', 'worker_profiles', syncWorkers],
  ] as const) {
    const ids = rowsOf<{ id: string }>(await db.execute(sql`select id from ${sql.raw(table)} order by id`)).map(
      (r) => r.id,
    );
    await inBatches(
      ids,
      batching[backend.name],
      (batch) => sync(db, backend, batch),
      (done) => onProgress?.(what, done, ids.length),
    );
  }
}
