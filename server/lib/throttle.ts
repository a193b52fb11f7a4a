import { eq, sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { signInThrottle } from '~/db/schema';

/**
 * Attempts counted per key in fixed windows, in PostgreSQL so that every app instance shares
 * the counts. Each count is one atomic statement, so parallel attempts are all counted. Used by
 * the sign-in limits (server/auth/sign-in-throttle.ts) and the limit on anonymous firm
 * registrations; each use has its own key prefix ("account:", "address:", "registration:…").
 * The rows live in the sign_in_throttle table, which was made for sign-in and keys anything.
 */
export interface AttemptCount {
  /** Attempts in the current window, this one included. */
  attempts: number;
  /** Seconds until the current window ends (at least 1). */
  windowEndsIn: number;
  /** Seconds the key is still locked for; 0 when it is not locked. */
  lockedFor: number;
}

/** Windows are at most this long: rows of older windows are dropped (see pruneNowAndThen). */
const MAX_WINDOW_SECONDS = 24 * 60 * 60;

let lastPruned = 0;
/** Rows of windows long past (every address and e-mail ever tried) are dropped about once an hour. */
async function pruneNowAndThen(db: Database) {
  if (Date.now() - lastPruned < 60 * 60 * 1000) return;
  lastPruned = Date.now();
  await db
    .delete(signInThrottle)
    .where(
      sql`${signInThrottle.windowStartedAt} < now() - make_interval(secs => ${MAX_WINDOW_SECONDS}) and coalesce(${signInThrottle.lockedUntil} < now(), true)`,
    );
}

/** Counts one attempt on `key` in its current window of `windowSeconds`; returns the count and any lock. */
export async function countAttempt(db: Database, key: string, windowSeconds: number): Promise<AttemptCount> {
  if (windowSeconds > MAX_WINDOW_SECONDS) throw new Error(`a throttle window is at most ${MAX_WINDOW_SECONDS} s`);
  await pruneNowAndThen(db);
  const window = sql`make_interval(secs => ${windowSeconds})`;
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

/** Locks `key` for `seconds`: until then its count reports the lock, whatever the attempts. */
export async function lockKey(db: Database, key: string, seconds: number): Promise<void> {
  await db
    .update(signInThrottle)
    .set({ lockedUntil: sql`now() + make_interval(secs => ${seconds})` })
    .where(eq(signInThrottle.key, key));
}

/** Forgets the attempts on `key` (a successful sign-in starts its account's count afresh). */
export async function clearAttempts(db: Database, key: string): Promise<void> {
  await db.delete(signInThrottle).where(eq(signInThrottle.key, key));
}

/** Takes one attempt back from `key`'s count (an attempt that turned out not to count against it). */
export async function giveAttemptBack(db: Database, key: string): Promise<void> {
  await db
    .update(signInThrottle)
    .set({ attempts: sql`greatest(0, ${signInThrottle.attempts} - 1)` })
    .where(eq(signInThrottle.key, key));
}

export interface AttemptLimit {
  /** Attempts allowed per window; the next one is refused until the window ends. */
  perWindow: number;
  windowSeconds: number;
}

export type LimitedAttempt = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts one attempt on `key` and says whether it stays within `limit`. */
export async function attemptWithin(db: Database, key: string, limit: AttemptLimit): Promise<LimitedAttempt> {
  const count = await countAttempt(db, key, limit.windowSeconds);
  return count.attempts > limit.perWindow
    ? { allowed: false, retryAfterSeconds: count.windowEndsIn }
    : { allowed: true };
}
