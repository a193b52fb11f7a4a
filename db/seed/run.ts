import { count } from 'drizzle-orm';
import { hashPassword } from '~/server/auth/password';
import { toIsoDate } from '~/server/lib/dates';
import { rematchRegion } from '~/server/matching/engine';
import { loadMatchContext } from '~/server/matching/load';
import type { Database } from '~/db/client';
import { regions } from '~/db/schema';
import { DEMO_PASSWORD } from './demo-accounts';
import { seedDemoRegion, type DemoSeedSummary } from './demo';

/**
 * Seeds the demo region unless the database already holds a region, then computes every
 * region's stored matches, so a fresh demo shows matches without a manual step. Returns null
 * when it did nothing.
 */
export async function seedDemoIfEmpty(
  db: Database,
  today = toIsoDate(new Date()),
): Promise<(DemoSeedSummary & { storedMatches: number }) | null> {
  const [row] = await db.select({ n: count() }).from(regions);
  if ((row?.n ?? 0) > 0) return null;
  const summary = await seedDemoRegion(db, { passwordHash: await hashPassword(DEMO_PASSWORD), today });
  let storedMatches = 0;
  for (const region of await db.select({ id: regions.id }).from(regions)) {
    storedMatches += (await rematchRegion(db, await loadMatchContext(db, region.id), region.id)).stored;
  }
  return { ...summary, storedMatches };
}
