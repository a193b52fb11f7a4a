/**
 * Vitest global setup of the integration tests: a throwaway Meilisearch when none is given
 * (MEILI_URL unset) and the binary is installed, so the search tests run on both backends.
 * OVERSTAP_SEARCH=postgres keeps them on PostgreSQL only (scripts/meilisearch.mjs).
 * `npm test` starts one server for vitest and Playwright alike and sets MEILI_URL itself.
 */
import { meilisearchPlan, startMeilisearch } from '~/scripts/meilisearch.mjs';

export default async function searchServer(): Promise<(() => Promise<void>) | void> {
  const plan = meilisearchPlan();
  if (plan === 'none') {
    // Workers start after this: they see no Meilisearch, whatever the shell had.
    delete process.env.MEILI_URL;
    delete process.env.MEILI_MASTER_KEY;
    return;
  }
  if (plan === 'external') return;
  const server = await startMeilisearch();
  process.env.MEILI_URL = server.url;
  process.env.MEILI_MASTER_KEY = server.masterKey;
  console.info(`[search] throwaway Meilisearch at ${server.url} (pid ${server.pid})`);
  return async () => {
    await server.stop();
  };
}
