import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { migrateDatabase, openDatabase, type DatabaseHandle } from '~/db/client';
import { seedDemoRegion, type DemoSeedSummary } from '~/db/seed/demo';
import { DEMO_PASSWORD } from '~/db/seed/demo-accounts';
import { hashPassword } from '~/server/auth/password';

export interface TestDatabase extends DatabaseHandle {
  /** Closes the connection and, on a PostgreSQL server, drops the database. */
  destroy(): Promise<void>;
  label: string;
  /** On a PostgreSQL server: the test database's connection string, e.g. for a child process. */
  url?: string;
}

/** The day the demo region of the seeded test databases is anchored to, so results are stable. */
export const DEMO_TODAY = '2026-11-22';

/** Where tests/database-templates.ts (vitest's global setup) left the run's templates. */
export const TEMPLATES_ENV = 'OVERSTAP_TEST_DATABASE_TEMPLATES';

/**
 * The run's templates: database names on a PostgreSQL server, files holding a dump of PGlite's
 * data directory on PGlite; and what the seed made.
 */
export interface DatabaseTemplates {
  driver: 'postgres' | 'pglite';
  migrated: string;
  seeded: string;
  summary: DemoSeedSummary;
}

function templates(): DatabaseTemplates | null {
  const json = process.env[TEMPLATES_ENV];
  if (!json) return null;
  const found = JSON.parse(json) as DatabaseTemplates;
  // A template of the other driver (a shell that switched DATABASE_URL) is no use here.
  return found.driver === (process.env.DATABASE_URL ? 'postgres' : 'pglite') ? found : null;
}

/**
 * A fresh, migrated database for one test file: a new database on the PostgreSQL server named
 * by DATABASE_URL when set, otherwise an in-memory PGlite. Copied from the run's template when
 * there is one (`which`), else migrated here.
 */
export async function createTestDatabase(which: 'migrated' | 'seeded' = 'migrated'): Promise<TestDatabase> {
  const template = templates()?.[which];
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({
      pgliteDir: null,
      from: template ? new Blob([readFileSync(template)]) : undefined,
    });
    if (!template) await migrateDatabase(handle);
    return { ...handle, label: 'pglite', destroy: () => handle.close() };
  }
  const name = `overstap_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(template ? `create database ${name} template ${template}` : `create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  if (!template) await migrateDatabase(handle);
  return {
    ...handle,
    label: `postgres:${name}`,
    url: url.toString(),
    destroy: async () => {
      await handle.close();
      const dropper = new Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

let demoHash: Promise<string> | undefined;

/** A fresh database holding the demo region, anchored to a fixed day so results are stable. */
export async function createSeededTestDatabase(
  today = DEMO_TODAY,
): Promise<TestDatabase & { summary: DemoSeedSummary }> {
  const template = today === DEMO_TODAY ? templates() : null;
  if (template) return { ...(await createTestDatabase('seeded')), summary: template.summary };
  const database = await createTestDatabase();
  demoHash ??= hashPassword(DEMO_PASSWORD);
  const summary = await seedDemoRegion(database.db, { passwordHash: await demoHash, today });
  return { ...database, summary };
}
