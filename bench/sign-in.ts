/**
 * Sign-in timing: a wrong password for a known address against any password for an unknown
 * one. They must cost the same (argon2 runs for both), or the answer time tells an attacker
 * who has an account. Measured on embedded PGlite, in one process, interleaved so load on the
 * machine hits both alike. `npm run bench -- --only sign-in` runs just this.
 */
import { migrateDatabase, openDatabase } from '~/db/client';
import { memberships, regions, users } from '~/db/schema';
import { authenticateWithPassword } from '~/server/auth/identity';
import { hashPassword } from '~/server/auth/password';
import { percentile, type Timing } from './stats';

export interface SignInBenchResult {
  samples: number;
  knownAddress: Timing;
  unknownAddress: Timing;
}

const timing = (values: number[]): Timing => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
};

export async function runSignInBench(samples = 100): Promise<SignInBenchResult> {
  const handle = await openDatabase({ pgliteDir: null });
  try {
    await migrateDatabase(handle);
    const { db } = handle;
    const [region] = await db
      .insert(regions)
      .values({ name: 'Bench', slug: 'bench', centreLat: 51.44, centreLon: 5.47 })
      .returning();
    const [user] = await db
      .insert(users)
      .values({ name: 'Bench', email: 'known@example.nl', passwordHash: await hashPassword('the-right-one') })
      .returning();
    await db.insert(memberships).values({ userId: user!.id, role: 'coordinator', regionId: region!.id });

    const known: number[] = [];
    const unknown: number[] = [];
    const time = async (email: string) => {
      const started = performance.now();
      await authenticateWithPassword(db, email, 'a-wrong-guess');
      return performance.now() - started;
    };
    await time('warm@example.nl'); // the decoy hash is made on first use
    for (let i = 0; i < samples; i++) {
      known.push(await time('known@example.nl'));
      unknown.push(await time(`nobody.${i}@example.nl`));
    }
    return { samples, knownAddress: timing(known), unknownAddress: timing(unknown) };
  } finally {
    await handle.close();
  }
}
