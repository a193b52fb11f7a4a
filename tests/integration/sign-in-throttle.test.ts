/**
 * Password guessing is limited per account and per client address, with the counts in the
 * database (so several app instances share them), and parallel guesses are counted too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { beginSignInAttempt, signInLimits } from '~/server/auth/sign-in-throttle';
import { createTestDatabase, type TestDatabase } from '~/tests/helpers/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.destroy());

let n = 0;
/** A fresh account and address for each test, so the tests do not share counts. */
const fresh = () => ({ email: `guess.${++n}@example.nl`, address: `192.0.2.${n}` });

/** One attempt that fails (a wrong password); returns whether it was allowed to run at all. */
async function failedAttempt(who: { email: string; address: string }) {
  const attempt = await beginSignInAttempt(database.db, who);
  if (attempt.allowed) await attempt.finish(false);
  return attempt;
}

describe('per account', () => {
  it(`allows ${signInLimits.perAccount} attempts, then locks the account, even for the right password`, async () => {
    const who = fresh();
    for (let i = 0; i < signInLimits.perAccount; i++) expect((await failedAttempt(who)).allowed).toBe(true);
    const refused = await failedAttempt(who);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: signInLimits.lockSeconds });
    // From another address, with what would be the right password: still locked.
    const later = await beginSignInAttempt(database.db, { ...who, address: '198.51.100.7' });
    expect(later.allowed).toBe(false);
    if (!later.allowed) expect(later.retryAfterSeconds).toBeGreaterThan(signInLimits.lockSeconds - 60);
  });

  it('counts the same account whatever the spelling of its e-mail address', async () => {
    const who = fresh();
    for (let i = 0; i < signInLimits.perAccount; i++) {
      await failedAttempt({ ...who, email: i % 2 ? who.email.toUpperCase() : ` ${who.email} ` });
    }
    expect((await failedAttempt(who)).allowed).toBe(false);
  });

  it('starts counting afresh after a successful sign-in', async () => {
    const who = fresh();
    for (let i = 0; i < signInLimits.perAccount - 1; i++) await failedAttempt(who);
    const success = await beginSignInAttempt(database.db, who);
    expect(success.allowed).toBe(true);
    if (success.allowed) await success.finish(true);
    for (let i = 0; i < signInLimits.perAccount; i++) expect((await failedAttempt(who)).allowed).toBe(true);
  });

  it('counts parallel guesses: of 40 at once, exactly the limit go through', async () => {
    const who = fresh();
    const attempts = await Promise.all(Array.from({ length: 40 }, () => beginSignInAttempt(database.db, who)));
    expect(attempts.filter((a) => a.allowed)).toHaveLength(signInLimits.perAccount);
  });
});

describe('per address', () => {
  it(`allows ${signInLimits.perAddress} failed attempts from one address over many accounts, then refuses it`, async () => {
    const address = '203.0.113.9';
    for (let i = 0; i < signInLimits.perAddress; i++) {
      expect((await failedAttempt({ email: `spray.${i}@example.nl`, address })).allowed).toBe(true);
    }
    const refused = await failedAttempt({ email: demoAccounts.worker, address });
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeLessThanOrEqual(signInLimits.windowSeconds);
    // Another address is not affected.
    expect((await failedAttempt({ email: demoAccounts.worker, address: '203.0.113.10' })).allowed).toBe(true);
  });

  it('does not count successful sign-ins against an office address shared by many colleagues', async () => {
    const address = '203.0.113.20';
    for (let i = 0; i < signInLimits.perAddress * 2; i++) {
      const attempt = await beginSignInAttempt(database.db, { email: `colleague.${i}@example.nl`, address });
      expect(attempt.allowed).toBe(true);
      if (attempt.allowed) await attempt.finish(true);
    }
  });
});
