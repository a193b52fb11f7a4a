import { randomBytes } from 'node:crypto';
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

/**
 * A fresh, migrated database for one test file: a new database on the PostgreSQL server named
 * by DATABASE_URL when set, otherwise an in-memory PGlite.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({ pgliteDir: null });
    await migrateDatabase(handle);
    return { ...handle, label: 'pglite', destroy: () => handle.close() };
  }
  const name = `overstap_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  await migrateDatabase(handle);
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
  today = '2026-11-22',
): Promise<TestDatabase & { summary: DemoSeedSummary }> {
  const database = await createTestDatabase();
  demoHash ??= hashPassword(DEMO_PASSWORD);
  const summary = await seedDemoRegion(database.db, { passwordHash: await demoHash, today });
  return { ...database, summary };
}
