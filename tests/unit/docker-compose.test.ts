import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
}

describe('docker-compose.yml (for users; no Docker engine runs the tests)', () => {
  const compose = parse(readFileSync('docker-compose.yml', 'utf8')) as { services: Record<string, Service> };

  it('runs PostgreSQL, Meilisearch and the app', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'meilisearch', 'postgres']);
    expect(compose.services.app!.build).toBe('.');
  });

  it('pins Meilisearch to a v1.x release and takes its master key from the environment', () => {
    const meili = compose.services.meilisearch!;
    expect(meili.image).toMatch(/^getmeili\/meilisearch:v1\.\d+\.\d+$/);
    expect(meili.environment?.MEILI_MASTER_KEY).toMatch(/^\$\{MEILI_MASTER_KEY/);
  });

  it('points the app at both services and waits until they are healthy', () => {
    const app = compose.services.app!;
    expect(app.environment?.DATABASE_URL).toMatch(/@postgres:5432\//);
    expect(app.environment?.MEILI_URL).toBe('http://meilisearch:7700');
    expect(app.depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
      meilisearch: { condition: 'service_healthy' },
    });
  });
});
