// `npm run db:migrate`: applies the SQL migrations to DATABASE_URL, or to the embedded database.
import { migrateDatabase, openDatabase } from '~/db/client';
import { env } from '~/server/env';

const handle = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { pgliteDir: env.PGLITE_DIR });
await migrateDatabase(handle);
await handle.close();
console.log(`migrations applied (${handle.driver})`);
