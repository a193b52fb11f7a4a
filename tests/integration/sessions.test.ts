/**
 * Server-side sessions end when they should (issue #9, point 2): on sign-out, when the account
 * is disabled, when its membership changes or goes, when the user is deleted, and after the
 * absolute lifetime, however active the session is. Each case checks both the database (the
 * session row is gone) and what a request sees (resolveSession answers null: anonymous).
 *
 * Disabling through the app also clears this instance's short cache at once. A change made
 * directly in the database (an import, psql) is seen by the triggers at once and by an instance
 * that already looked at the session within its cache time: those cases move the clock past it.
 */
import { and, count, eq, ne } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { memberships, organisations, sessions, users } from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { disableAccount } from '~/server/services/account-status';
import { endSession, resolveSession, SESSION_LIFETIME_SECONDS, startSession } from '~/server/auth/sessions';
import { actorByEmail, sessionUserByEmail } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createSeededTestDatabase();
});
afterAll(() => database?.destroy());
afterEach(() => {
  vi.useRealTimers();
});

async function userIdOf(email: string) {
  return (await sessionUserByEmail(database.db, email)).id;
}

async function sessionRowsOf(userId: string) {
  const [row] = await database.db.select({ n: count() }).from(sessions).where(eq(sessions.userId, userId));
  return row!.n;
}

/** A signed-in session that a request has just used, so this instance has it in its cache. */
async function activeSession(userId: string) {
  const sessionId = await startSession(database.db, userId);
  expect(await resolveSession(database.db, sessionId, userId)).toMatchObject({ id: userId });
  return sessionId;
}

/** Moves the clock past the few seconds an instance trusts its last look at a session. */
function afterCacheTime() {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 60_000);
}

describe('a session', () => {
  it('resolves to the current identity while it lasts, and only for its own user', async () => {
    const { db } = database;
    const userId = await userIdOf('hr.kempensoft@overstap.demo');
    const otherId = await userIdOf('hr.dataweide@overstap.demo');
    const sessionId = await startSession(db, userId);
    expect(await resolveSession(db, sessionId, userId)).toMatchObject({
      id: userId,
      email: 'hr.kempensoft@overstap.demo',
      role: 'employer',
      organisationStatus: 'approved',
    });
    // A cookie naming one session and another user is worth nothing.
    expect(await resolveSession(db, sessionId, otherId)).toBeNull();
    expect(await resolveSession(db, 'not-a-session', userId)).toBeNull();
  });

  it('ends on sign-out, at once', async () => {
    const { db } = database;
    const userId = await userIdOf('hr.sensoor@overstap.demo');
    const signedOut = await activeSession(userId);
    const otherDevice = await activeSession(userId);
    await endSession(db, signedOut);
    expect(await resolveSession(db, signedOut, userId)).toBeNull();
    // Only that session: the same user signed in elsewhere stays signed in.
    expect(await resolveSession(db, otherDevice, userId)).toMatchObject({ id: userId });
    expect(await sessionRowsOf(userId)).toBe(1);
  });

  it('ends in every browser at once when the account is disabled', async () => {
    const { db } = database;
    const userId = await userIdOf('hr.peelwerk@overstap.demo');
    const first = await activeSession(userId);
    const second = await activeSession(userId);
    const coordinator = await actorByEmail(db, demoAccounts.coordinator, 'coordinator');
    await disableAccount(db, coordinator, { userId, reason: 'Left the firm' });
    expect(await sessionRowsOf(userId)).toBe(0);
    // No waiting for the cache: disabling through the app makes this instance forget at once.
    expect(await resolveSession(db, first, userId)).toBeNull();
    expect(await resolveSession(db, second, userId)).toBeNull();
  });

  it('ends when the account is disabled directly in the database', async () => {
    const { db } = database;
    const userId = await userIdOf('hr.voltadrive@overstap.demo');
    const sessionId = await activeSession(userId);
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, userId));
    expect(await sessionRowsOf(userId)).toBe(0);
    afterCacheTime();
    expect(await resolveSession(db, sessionId, userId)).toBeNull();
  });

  describe('ends when the membership changes', () => {
    it('when the user moves to another firm', async () => {
      const { db } = database;
      const user = await sessionUserByEmail(db, 'hr.kempen-cargo@overstap.demo');
      const sessionId = await activeSession(user.id);
      const [otherFirm] = await db
        .select({ id: organisations.id })
        .from(organisations)
        .where(and(eq(organisations.regionId, user.regionId!), ne(organisations.id, user.organisationId!)))
        .limit(1);
      await db.update(memberships).set({ organisationId: otherFirm!.id }).where(eq(memberships.userId, user.id));
      expect(await sessionRowsOf(user.id)).toBe(0);
      afterCacheTime();
      expect(await resolveSession(db, sessionId, user.id)).toBeNull();
      // Signing in again gives the new firm.
      const fresh = await startSession(db, user.id);
      expect(await resolveSession(db, fresh, user.id)).toMatchObject({ organisationId: otherFirm!.id });
    });

    it('when the role changes', async () => {
      const { db } = database;
      const userId = await userIdOf('hr.dc-de-peel@overstap.demo');
      const sessionId = await activeSession(userId);
      await db.update(memberships).set({ role: 'worker' }).where(eq(memberships.userId, userId));
      expect(await sessionRowsOf(userId)).toBe(0);
      afterCacheTime();
      expect(await resolveSession(db, sessionId, userId)).toBeNull();
    });

    it('when the membership is removed', async () => {
      const { db } = database;
      const userId = await userIdOf('hr.transport-gerrits@overstap.demo');
      const sessionId = await activeSession(userId);
      await db.delete(memberships).where(eq(memberships.userId, userId));
      expect(await sessionRowsOf(userId)).toBe(0);
      afterCacheTime();
      expect(await resolveSession(db, sessionId, userId)).toBeNull();
    });

    it('but not when something else about the membership is saved', async () => {
      const { db } = database;
      const userId = await userIdOf('hr.dataweide@overstap.demo');
      const sessionId = await activeSession(userId);
      await db.update(memberships).set({ updatedAt: new Date() }).where(eq(memberships.userId, userId));
      expect(await sessionRowsOf(userId)).toBe(1);
      afterCacheTime();
      expect(await resolveSession(db, sessionId, userId)).toMatchObject({ id: userId });
    });
  });

  it('ends when the user is deleted', async () => {
    const { db } = database;
    const userId = await userIdOf('hr.brightlane-embedded@overstap.demo');
    const sessionId = await activeSession(userId);
    await db.delete(users).where(eq(users.id, userId));
    expect(await sessionRowsOf(userId)).toBe(0);
    afterCacheTime();
    expect(await resolveSession(db, sessionId, userId)).toBeNull();
  });

  describe('has an absolute lifetime', () => {
    it('of a working day from sign-in, which activity does not extend', async () => {
      const { db } = database;
      const userId = await userIdOf('hr.gemertse-hoeve@overstap.demo');
      const before = Date.now();
      const sessionId = await startSession(db, userId);
      const [row] = await db.select({ expires: sessions.expires }).from(sessions).where(eq(sessions.userId, userId));
      const lifetime = row!.expires.getTime() - before;
      expect(lifetime).toBeGreaterThan(SESSION_LIFETIME_SECONDS * 1000 - 60_000);
      expect(lifetime).toBeLessThanOrEqual(SESSION_LIFETIME_SECONDS * 1000 + 1_000);
      for (let i = 0; i < 3; i++) {
        afterCacheTime();
        expect(await resolveSession(db, sessionId, userId)).toMatchObject({ id: userId });
      }
      const [after] = await db.select({ expires: sessions.expires }).from(sessions).where(eq(sessions.userId, userId));
      expect(after!.expires.getTime()).toBe(row!.expires.getTime());
    });

    it('after which the session is refused', async () => {
      const { db } = database;
      const userId = await userIdOf('hr.broodfabriek-de-zuidhoek@overstap.demo');
      const sessionId = await startSession(db, userId);
      await db
        .update(sessions)
        .set({ expires: new Date(Date.now() - 1_000) })
        .where(eq(sessions.userId, userId));
      expect(await resolveSession(db, sessionId, userId)).toBeNull();
    });

    it('that the cache does not stretch, not even by a few seconds', async () => {
      const { db } = database;
      const userId = await userIdOf('hr.kempische-zuivel@overstap.demo');
      const sessionId = await startSession(db, userId);
      await db
        .update(sessions)
        .set({ expires: new Date(Date.now() + 1_000) })
        .where(eq(sessions.userId, userId));
      expect(await resolveSession(db, sessionId, userId)).toMatchObject({ id: userId });
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + 2_000); // past `expires`, well within the cache time
      expect(await resolveSession(db, sessionId, userId)).toBeNull();
    });

    it('and signing in again tidies the expired rows away', async () => {
      const { db } = database;
      const userId = await userIdOf('hr.bouwgroep-tongelre@overstap.demo');
      await db.insert(sessions).values({ sessionToken: 'expired-1', userId, expires: new Date(Date.now() - 60_000) });
      await startSession(db, userId);
      expect(await sessionRowsOf(userId)).toBe(1);
    });
  });
});
