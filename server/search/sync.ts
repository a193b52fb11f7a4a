/**
 * Drains the transactional outbox into the search backend. Writes never wait for search: if
 * the backend is down, rows stay in the outbox and are retried with exponential backoff, so
 * the index catches up when the backend returns. The database is the truth: each run reads
 * the current rows, so order and duplicates in the outbox do not matter.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { loadVacancyDocuments, loadWorkerDocuments } from './documents';
import { rowsOf } from './postgres/rows';
import type { SearchBackend } from './types';

export interface DrainOptions {
  batchSize?: number;
  /** Called after a batch reached the index, with the changed vacancies and workers (e.g. to rematch them). */
  afterSync?: (changed: { vacancyIds: string[]; workerIds: string[] }) => Promise<void>;
  /** How long a claimed batch stays invisible to other sync workers. */
  leaseSeconds?: number;
}

export interface DrainResult {
  synced: number;
  failed: number;
  error?: string;
}

interface ClaimedRow {
  id: number;
  aggregate: 'vacancy' | 'worker_profile';
  aggregate_id: string;
  attempts: number;
}

/** Syncs one batch of due outbox rows. Returns how many were synced or failed. */
export async function drainOutboxOnce(
  db: Database,
  backend: SearchBackend,
  options: DrainOptions = {},
): Promise<DrainResult> {
  const batchSize = options.batchSize ?? 500;
  const lease = options.leaseSeconds ?? 60;
  // Claim a batch with a lease instead of holding a transaction open across the network call.
  const claimed = rowsOf<ClaimedRow>(
    await db.execute(sql`
      update outbox set available_at = now() + make_interval(secs => ${lease})
      where id in (
        select id from outbox where processed_at is null and available_at <= now()
        order by id limit ${batchSize} for update skip locked)
      returning id, aggregate, aggregate_id, attempts`),
  );
  if (claimed.length === 0) return { synced: 0, failed: 0 };

  const ids = claimed.map((r) => r.id);
  const idList = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  const vacancyIds = [...new Set(claimed.filter((r) => r.aggregate === 'vacancy').map((r) => r.aggregate_id))];
  const workerIds = [...new Set(claimed.filter((r) => r.aggregate === 'worker_profile').map((r) => r.aggregate_id))];
  try {
    await syncVacancies(db, backend, vacancyIds);
    await syncWorkers(db, backend, workerIds);
    await db.execute(sql`update outbox set processed_at = now(), last_error = null where id in (${idList})`);
    await options.afterSync?.({ vacancyIds, workerIds });
    return { synced: claimed.length, failed: 0 };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.execute(sql`
      update outbox set attempts = attempts + 1, last_error = ${message.slice(0, 1000)},
        -- exponential backoff: 4, 8, 16 … seconds, at most five minutes
        available_at = now() + make_interval(secs => least(300, power(2, attempts + 2))::int)
      where id in (${idList})`);
    return { synced: 0, failed: claimed.length, error: message };
  }
}

/** Upserts what is searchable now and removes what no longer is (closed, deleted, consent revoked). */
export async function syncVacancies(db: Database, backend: SearchBackend, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const documents = await loadVacancyDocuments(db, ids);
  const present = new Set(documents.map((d) => d.id));
  await backend.upsertVacancies(documents);
  await backend.removeVacancies(ids.filter((id) => !present.has(id)));
}

export async function syncWorkers(db: Database, backend: SearchBackend, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const documents = await loadWorkerDocuments(db, ids);
  const present = new Set(documents.map((d) => d.id));
  await backend.upsertWorkers(documents);
  await backend.removeWorkers(ids.filter((id) => !present.has(id)));
}

/** Drains until nothing is due (or only failing rows remain). */
export async function drainOutbox(
  db: Database,
  backend: SearchBackend,
  options: DrainOptions = {},
): Promise<DrainResult> {
  const total: DrainResult = { synced: 0, failed: 0 };
  for (;;) {
    const result = await drainOutboxOnce(db, backend, options);
    total.synced += result.synced;
    total.failed += result.failed;
    if (result.error) total.error = result.error;
    if (result.synced === 0) return total;
  }
}

/** The background sync loop of an app process. Returns a stop function. */
export function startOutboxSync(
  db: Database,
  backend: SearchBackend,
  options: DrainOptions = {},
  intervalMs = 1000,
): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    try {
      const result = await drainOutbox(db, backend, options);
      if (result.error) console.warn(`[search] ${result.failed} index updates failed, will retry: ${result.error}`);
    } catch (error) {
      console.error('[search] outbox sync failed', error);
    }
    if (!stopped) timer = setTimeout(() => void tick(), intervalMs);
  };
  void tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
