import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '~': path.dirname(fileURLToPath(import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    // Each integration file gets its own fresh database; two cores, so keep concurrency modest.
    maxWorkers: 2,
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Limits that only stop a hang: a busy machine makes tests slower, never red.
          testTimeout: 10 * 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // A throwaway Meilisearch when the binary is installed and MEILI_URL is unset.
          // And the migrated and seeded databases each test file's own database is copied from.
          globalSetup: ['tests/search-server.ts', 'tests/database-templates.ts'],
          testTimeout: 10 * 60_000,
          hookTimeout: 10 * 60_000,
        },
      },
    ],
  },
});
