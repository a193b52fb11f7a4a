// `npm run search:reindex`: rebuilds the search index from the database. Idempotent: it
// upserts every searchable vacancy and consenting worker and removes everything else.
import { sql } from 'drizzle-orm';
import { migrateDatabase, openDatabase } from '~/db/client';
import { env } from '~/server/env';
import { createSearchBackend } from '~/server/search';
import { rowsOf } from '~/server/search/postgres/rows';
import { syncVacancies, syncWorkers } from '~/server/search/sync';

const BATCH = 1000;
const handle = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { pgliteDir: env.PGLITE_DIR });
try {
  await migrateDatabase(handle);
  const { db } = handle;
  const backend = createSearchBackend(db, { meiliUrl: env.MEILI_URL, meiliKey: env.MEILI_MASTER_KEY });
  await backend.prepare();
  const started = Date.now();
  for (const [label, table, sync] of [
    ['vacancies', 'vacancies', syncVacancies],
    ['workers', 'worker_profiles', syncWorkers],
  ] as const) {
    const ids = rowsOf<{ id: string }>(await db.execute(sql`select id from ${sql.raw(table)} order by id`)).map(
      (r) => r.id,
    );
    for (let i = 0; i < ids.length; i += BATCH) {
      await sync(db, backend, ids.slice(i, i + BATCH));
      const done = Math.min(i + BATCH, ids.length);
      process.stdout.write(`\r${label}: ${done}/${ids.length} (${Math.round((done / ids.length) * 100)}%)`);
    }
    process.stdout.write('\n');
  }
  // Everything is in the index now: nothing left for the outbox to do.
  await db.execute(
    sql`update outbox set processed_at = now() where processed_at is null and created_at <= to_timestamp(${started / 1000})`,
  );
  console.log(`reindexed into ${backend.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await handle.close();
}
