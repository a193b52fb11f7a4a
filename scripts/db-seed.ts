// `npm run db:seed [-- --today YYYY-MM-DD]`: migrates, then seeds the demo region into an empty database.
import { parseArgs } from 'node:util';
import { migrateDatabase, openDatabase } from '~/db/client';
import { seedDemoIfEmpty } from '~/db/seed/run';
import { env } from '~/server/env';
import { toIsoDate } from '~/server/lib/dates';

const { values } = parseArgs({ options: { today: { type: 'string' } } });
const today = values.today ?? toIsoDate(new Date());
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error(`--today must be a date as YYYY-MM-DD, got '${today}'`);
  process.exit(2);
}

const handle = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { pgliteDir: env.PGLITE_DIR });
try {
  await migrateDatabase(handle);
  const started = Date.now();
  const summary = await handle.exclusively(() => seedDemoIfEmpty(handle.db, today));
  if (summary) {
    console.log(`seeded the demo region in ${Date.now() - started} ms (${handle.driver}):`);
    console.table(summary);
  } else {
    console.log('the database already holds a region: nothing seeded');
  }
} finally {
  await handle.close();
}
