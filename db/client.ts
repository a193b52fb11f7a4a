import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Schema = typeof schema;
/** A drizzle database or transaction, whichever driver is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export interface DatabaseHandle {
  db: Database;
  driver: 'postgres' | 'pglite';
  close(): Promise<void>;
  /** Runs `fn` while holding a lock that other processes migrating the same database wait for. */
  exclusively<T>(fn: () => Promise<T>): Promise<T>;
}

export type DatabaseTarget =
  | { url: string }
  /** `from`: a dump (PGlite's dumpDataDir) to start from instead of an empty database. */
  | { pgliteDir: string | null; from?: Blob };

export const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

/**
 * Opens a database: node-postgres against a server when a URL is given, otherwise embedded
 * PGlite persisted in `pgliteDir` (null = in memory, for tests). Imports are dynamic so the
 * unused driver is never loaded.
 */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if ('url' in target) {
    const { Pool } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const pool = new Pool({ connectionString: target.url, max: 10 });
    // An idle connection dropped by the server (restart, failover) must not crash the app;
    // the pool replaces it on the next query.
    pool.on('error', (error) => console.error(`[db] idle connection lost: ${error.message}`));
    const db = drizzle({ client: pool, schema, casing: 'snake_case' });
    const exclusively = async <T>(fn: () => Promise<T>): Promise<T> => {
      const lockClient = await pool.connect();
      try {
        await lockClient.query('select pg_advisory_lock(7346001)');
        return await fn();
      } finally {
        await lockClient.query('select pg_advisory_unlock(7346001)').catch(() => undefined);
        lockClient.release();
      }
    };
    return { db, driver: 'postgres', close: () => pool.end(), exclusively };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const { drizzle } = await import('drizzle-orm/pglite');
  if (target.pgliteDir) mkdirSync(target.pgliteDir, { recursive: true });
  // The same extensions a PostgreSQL server provides from contrib, for full-text search.
  const client = await PGlite.create(target.pgliteDir ?? undefined, {
    extensions: { pg_trgm, unaccent },
    loadDataDir: target.from,
  });
  const db = drizzle({ client, schema, casing: 'snake_case' });
  // PGlite is single-process, single-connection: nothing else can migrate concurrently.
  return { db, driver: 'pglite', close: () => client.close(), exclusively: (fn) => fn() };
}

/** Applies the drizzle-kit SQL migrations; safe to call on every start. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  const { migrate } =
    handle.driver === 'postgres'
      ? await import('drizzle-orm/node-postgres/migrator')
      : await import('drizzle-orm/pglite/migrator');
  await handle.exclusively(() => migrate(handle.db as never, { migrationsFolder }));
}
