import { count } from 'drizzle-orm';
import { hashPassword } from '~/server/auth/password';
import { toIsoDate } from '~/server/lib/dates';
import type { Database } from '~/db/client';
import { regions } from '~/db/schema';
import { DEMO_PASSWORD } from './demo-accounts';
import { seedDemoRegion, type DemoSeedSummary } from './demo';

/** Seeds the demo region unless the database already holds a region. Returns null when it did nothing. */
export async function seedDemoIfEmpty(db: Database, today = toIsoDate(new Date())): Promise<DemoSeedSummary | null> {
  const [row] = await db.select({ n: count() }).from(regions);
  if ((row?.n ?? 0) > 0) return null;
  return seedDemoRegion(db, { passwordHash: await hashPassword(DEMO_PASSWORD), today });
}
