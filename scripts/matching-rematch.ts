// `npm run matching:rematch [-- --region <slug>]`: recomputes and stores the top matches of
// every active worker in a region (all regions by default), with progress.
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { migrateDatabase, openDatabase } from '~/db/client';
import { regions } from '~/db/schema';
import { env } from '~/server/env';
import { rematchRegion } from '~/server/matching/engine';
import { loadMatchContext } from '~/server/matching/load';

const { values } = parseArgs({ options: { region: { type: 'string' } } });
const handle = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { pgliteDir: env.PGLITE_DIR });
try {
  await migrateDatabase(handle);
  const { db } = handle;
  const targets = values.region
    ? await db.select().from(regions).where(eq(regions.slug, values.region))
    : await db.select().from(regions);
  if (targets.length === 0) {
    console.error(`no region '${values.region}'`);
    process.exitCode = 2;
  }
  for (const region of targets) {
    const started = Date.now();
    const context = await loadMatchContext(db, region.id);
    const result = await rematchRegion(db, context, region.id, (done, total) => {
      if (done % 25 === 0 || done === total)
        process.stdout.write(`\r${region.name}: ${done}/${total} workers (${Math.round((done / total) * 100)}%)`);
    });
    process.stdout.write('\n');
    console.log(
      `${region.name}: ${result.stored} matches stored for ${result.workers} workers, ${result.newStrong} new strong matches notified, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
} finally {
  await handle.close();
}
