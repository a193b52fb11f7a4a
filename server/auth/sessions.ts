import { randomBytes } from 'node:crypto';
import { and, eq, gt, lte } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { sessions } from '~/db/schema';
import { loadSessionUser } from './identity';
import { sha256 } from './tokens';
import type { SessionUser } from './roles';

/** A session ends this long after sign-in (a working day), however active it is. */
export const SESSION_LIFETIME_SECONDS = 10 * 60 * 60;
/**
 * How long one app instance trusts its last look at a session. Ending a session (sign-out,
 * disabling, a changed membership) clears this instance's copy at once; other instances
 * see it within this time.
 */
const CACHE_MS = 5_000;
const CACHE_MAX = 10_000;

const hashOf = (sessionId: string) => sha256(sessionId);

// On globalThis: Next.js bundles route handlers and pages separately, each with its own copy of
// this module, and a sign-out handled by one must clear the copy the others read.
const globalForSessions = globalThis as unknown as {
  overstapSessionCache?: Map<string, { user: SessionUser | null; until: number }>;
};
const cache = (globalForSessions.overstapSessionCache ??= new Map());

/** Starts a session for a user who just signed in; the returned id goes into the cookie only. */
export async function startSession(db: Database, userId: string): Promise<string> {
  const sessionId = randomBytes(32).toString('base64url');
  // The user's expired sessions are of no use to anyone: tidy them up here.
  await db.delete(sessions).where(and(eq(sessions.userId, userId), lte(sessions.expires, new Date())));
  await db.insert(sessions).values({
    sessionToken: hashOf(sessionId),
    userId,
    expires: new Date(Date.now() + SESSION_LIFETIME_SECONDS * 1000),
  });
  return sessionId;
}

/** Signing out: the session row goes, so a copy of the cookie is worth nothing. */
export async function endSession(db: Database, sessionId: string): Promise<void> {
  cache.delete(hashOf(sessionId));
  await db.delete(sessions).where(eq(sessions.sessionToken, hashOf(sessionId)));
}

/** Ends every session of a user (disabled, removed): the database triggers do the same for direct changes. */
export async function endUserSessions(db: Database, userId: string): Promise<void> {
  for (const [key, entry] of cache) if (entry.user?.id === userId) cache.delete(key);
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/**
 * Makes this instance read the identity of a firm's users afresh on their next request (after
 * its approval changed), instead of trusting its cached copy for a few more seconds.
 */
export function forgetCachedOrganisation(organisationId: string): void {
  for (const [key, entry] of cache) if (entry.user?.organisationId === organisationId) cache.delete(key);
}

/**
 * Who a session cookie signs in now: the user's current identity while the session row exists,
 * has not expired and the account is enabled; otherwise null (the request is anonymous).
 */
export async function resolveSession(db: Database, sessionId: string, userId: string): Promise<SessionUser | null> {
  const key = hashOf(sessionId);
  const cached = cache.get(key);
  // The session belongs to one user: a cookie naming it with another is refused, cached or not.
  if (cached && cached.until > Date.now()) return cached.user?.id === userId ? cached.user : null;
  const [row] = await db
    .select({ userId: sessions.userId, expires: sessions.expires })
    .from(sessions)
    .where(and(eq(sessions.sessionToken, key), eq(sessions.userId, userId), gt(sessions.expires, new Date())));
  const user = row ? await loadSessionUser(db, row.userId) : null;
  if (cache.size >= CACHE_MAX) cache.clear();
  // Never trusted past the session's absolute end, not even by the few seconds of the cache.
  cache.set(key, { user, until: Math.min(Date.now() + CACHE_MS, row?.expires.getTime() ?? Infinity) });
  return user;
}
