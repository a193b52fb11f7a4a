import type { Database } from '~/db/client';
import { env } from '~/server/env';
import { createSearchBackend, type SearchBackend } from './index';
import { rematchChanged } from '~/server/matching/background';
import { startOutboxSync } from './sync';

/** The app process's search backend and its background outbox sync, started once. */
const globalForSearch = globalThis as unknown as { overstapSearch?: SearchBackend };

export function startSearch(db: Database): SearchBackend {
  if (globalForSearch.overstapSearch) return globalForSearch.overstapSearch;
  const backend = createSearchBackend(db, { meiliUrl: env.MEILI_URL, meiliKey: env.MEILI_MASTER_KEY });
  globalForSearch.overstapSearch = backend;
  // Settings first (Meilisearch); if the backend is down the outbox keeps every change until it is back.
  void backend
    .prepare()
    .catch((error: unknown) => console.warn(`[search] ${backend.name} not ready yet: ${String(error)}`))
    .finally(() => startOutboxSync(db, backend, { afterSync: (changed) => rematchChanged(db, changed) }));
  return backend;
}
