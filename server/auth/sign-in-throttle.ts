import type { Database } from '~/db/client';
import { clearAttempts, countAttempt, giveAttemptBack, lockKey } from '~/server/lib/throttle';
import { normaliseEmail } from './identity';

/**
 * Limits on password guessing, counted in PostgreSQL so that every app instance shares them
 * (server/lib/throttle.ts). Each attempt is counted before the password is checked (atomically,
 * so parallel guesses are counted too); a successful sign-in clears the account's count and
 * gives the address its attempt back, so colleagues behind one office address do not lock each
 * other out.
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

/**
 * Before a password is checked: may this attempt go ahead? If so, `finish` records how it went.
 * An account with too many failed attempts is locked for a while, whoever tries.
 */
export async function beginSignInAttempt(
  db: Database,
  who: { email: string; address: string | null },
): Promise<SignInAttempt> {
  const account = await countAttempt(db, accountKey(who.email), signInLimits.windowSeconds);
  if (account.lockedFor > 0) return { allowed: false, retryAfterSeconds: account.lockedFor };
  if (account.attempts > signInLimits.perAccount) {
    await lockKey(db, accountKey(who.email), signInLimits.lockSeconds);
    return { allowed: false, retryAfterSeconds: signInLimits.lockSeconds };
  }
  const address = who.address ? await countAttempt(db, addressKey(who.address), signInLimits.windowSeconds) : null;
  if (address && address.attempts > signInLimits.perAddress) {
    return { allowed: false, retryAfterSeconds: address.windowEndsIn };
  }
  return {
    allowed: true,
    async finish(succeeded) {
      if (!succeeded) return;
      await clearAttempts(db, accountKey(who.email));
      if (who.address) await giveAttemptBack(db, addressKey(who.address));
    },
  };
}
