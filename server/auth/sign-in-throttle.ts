import { eq, sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { signInThrottle } from '~/db/schema';
import { normaliseEmail } from './identity';

/**
 * Limits on password guessing, counted in PostgreSQL so that every app instance shares them.
 * Each attempt is counted before the password is checked (atomically, so parallel guesses are
 * counted too); a successful sign-in clears the account's count and gives the address its
 * attempt back, so colleagues behind one office address do not lock each other out.
 */
export const signInLimits = {
  /** Attempts on one account per window; one more locks the account for `lockSeconds`. */
  perAccount: 10,
  /** Attempts from one client address per window, over all accounts. */
  perAddress: 50,
  windowSeconds: 15 * 60,
  lockSeconds: 15 * 60,
};

export type SignInAttempt =
  { allowed: true; finish(succeeded: boolean): Promise<void> } | { allowed: false; retryAfterSeconds: number };

const accountKey = (email: string) => `account:${normaliseEmail(email)}`;
const addressKey = (address: string) => `address:${address}`;

let lastPruned = 0;
/** Rows of windows long past (every address and e-mail ever tried) are dropped about once an hour. */
async function pruneNowAndThen(db: Database) {
  if (Date.now() - lastPruned < 60 * 60 * 1000) return;
  lastPruned = Date.now();
  await db
    .delete(signInThrottle)
    .where(
      sql`${signInThrottle.windowStartedAt} < now() - interval '1 day' and coalesce(${signInThrottle.lockedUntil} < now(), true)`,
    );
}

/** Counts one attempt on `key` in its current window; returns the count and any lock. */
async function count(db: Database, key: string) {
  const window = sql`make_interval(secs => ${signInLimits.windowSeconds})`;
  const fresh = sql`${signInThrottle.windowStartedAt} <= now() - ${window}`;
  const [row] = await db
    .insert(signInThrottle)
    .values({ key, attempts: 1, windowStartedAt: sql`now()` })
    .onConflictDoUpdate({
      target: signInThrottle.key,
      set: {
        attempts: sql`case when ${fresh} then 1 else ${signInThrottle.attempts} + 1 end`,
        windowStartedAt: sql`case when ${fresh} then now() else ${signInThrottle.windowStartedAt} end`,
      },
    })
    .returning({
      attempts: signInThrottle.attempts,
      windowEndsIn: sql<number>`ceil(extract(epoch from ${signInThrottle.windowStartedAt} + ${window} - now()))::int`,
      lockedFor: sql<number>`greatest(0, ceil(extract(epoch from ${signInThrottle.lockedUntil} - now())))::int`,
    });
  return { attempts: row!.attempts, windowEndsIn: Math.max(1, row!.windowEndsIn), lockedFor: row!.lockedFor ?? 0 };
}

/**
 * Before a password is checked: may this attempt go ahead? If so, `finish` records how it went.
 * An account with too many failed attempts is locked for a while, whoever tries.
 */
export async function beginSignInAttempt(
  db: Database,
  who: { email: string; address: string | null },
): Promise<SignInAttempt> {
  await pruneNowAndThen(db);
  const account = await count(db, accountKey(who.email));
  if (account.lockedFor > 0) return { allowed: false, retryAfterSeconds: account.lockedFor };
  if (account.attempts > signInLimits.perAccount) {
    await db
      .update(signInThrottle)
      .set({ lockedUntil: sql`now() + make_interval(secs => ${signInLimits.lockSeconds})` })
      .where(eq(signInThrottle.key, accountKey(who.email)));
    return { allowed: false, retryAfterSeconds: signInLimits.lockSeconds };
  }
  const address = who.address ? await count(db, addressKey(who.address)) : null;
  if (address && address.attempts > signInLimits.perAddress) {
    return { allowed: false, retryAfterSeconds: address.windowEndsIn };
  }
  return {
    allowed: true,
    async finish(succeeded) {
      if (!succeeded) return;
      await db.delete(signInThrottle).where(eq(signInThrottle.key, accountKey(who.email)));
      if (who.address) {
        await db
          .update(signInThrottle)
          .set({ attempts: sql`greatest(0, ${signInThrottle.attempts} - 1)` })
          .where(eq(signInThrottle.key, addressKey(who.address)));
      }
    },
  };
}
