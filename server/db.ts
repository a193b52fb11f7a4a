import { migrateDatabase, openDatabase, type Database, type DatabaseHandle } from '~/db/client';
import { seedDemoIfEmpty } from '~/db/seed/run';
import { env } from './env';
import { startJobs } from './jobs/runtime';
import { startSearch } from './search/runtime';

/**
 * The app's one database, opened, migrated and (for the embedded database, or when SEED_DEMO
 * is set) seeded on first use. Kept on globalThis so dev-mode hot reloads reuse it: PGlite
 * allows only one open instance per data directory. The app's server (scripts/serve.mjs) closes
 * it from there on shutdown.
 */
const globalForDb = globalThis as unknown as { overstapDb?: Promise<DatabaseHandle> };

async function start(): Promise<DatabaseHandle> {
  const handle = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { pgliteDir: env.PGLITE_DIR });
  await migrateDatabase(handle);
  if (handle.driver === 'pglite' || env.SEED_DEMO) {
    const summary = await handle.exclusively(() => seedDemoIfEmpty(handle.db));
    if (summary) console.info('[overstap] seeded demo region', summary);
  }
  startSearch(handle.db);
  startJobs(handle.db);
  return handle;
}

export function getDb(): Promise<Database> {
  globalForDb.overstapDb ??= start().catch((error: unknown) => {
    globalForDb.overstapDb = undefined; // let the next request try again
    throw error;
  });
  return globalForDb.overstapDb.then((h) => h.db);
}
