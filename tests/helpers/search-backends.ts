import { randomBytes } from 'node:crypto';
import type { SearchConfig } from '~/server/search';

/**
 * The search backends a test runs against: PostgreSQL always, Meilisearch too when MEILI_URL
 * is set (the integration tests' global setup starts a throwaway one when the binary is
 * installed; tests/search-server.ts). Each call gets index names of its own on the server.
 */
export function searchBackends(label: string): { name: 'postgres' | 'meilisearch'; config: SearchConfig }[] {
  if (!process.env.MEILI_URL) console.info(`${label}: MEILI_URL not set, running the PostgreSQL backend only`);
  return [
    { name: 'postgres', config: {} },
    ...(process.env.MEILI_URL
      ? [
          {
            name: 'meilisearch' as const,
            config: {
              meiliUrl: process.env.MEILI_URL,
              meiliKey: process.env.MEILI_MASTER_KEY,
              indexPrefix: `test_${randomBytes(4).toString('hex')}_`,
            },
          },
        ]
      : []),
  ];
}
