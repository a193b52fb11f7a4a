// `npm run search:reindex`: rebuilds the search index from the database. Idempotent: it
// upserts every searchable vacancy and consenting worker and removes everything else.
import { sql } from 'drizzle-orm';
import { migrateDatabase, openDatabase } from '~/db/client';
import { env } from '~/server/env';
import { createSearchBackend } from '~/server/search';
import { reindexAll } from '~/server/search/reindex';

const handle = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { pgliteDir: env.PGLITE_DIR });
try {
  await migrateDatabase(handle);
  const { db } = handle;
  const backend = createSearchBackend(db, { meiliUrl: env.MEILI_URL, meiliKey: env.MEILI_MASTER_KEY });
  await backend.prepare();
  const started = Date.now();
  await reindexAll(db, backend, (what, done, total) =>
    process.stdout.write(
      `\r${what}: ${done}/${total} (${Math.round((done / total) * 100)}%)${done === total ? '\n' : ''}`,
    ),
  );
  // Everything is in the index now: nothing left for the outbox to do.
  await db.execute(
    sql`update outbox set processed_at = now() where processed_at is null and created_at <= to_timestamp(${started / 1000})`,
  );
  console.log(`reindexed into ${backend.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await handle.close();
}
