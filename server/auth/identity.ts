import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { memberships, organisations, users } from '~/db/schema';
import { hashPassword, verifyPassword } from './password';
import type { SessionUser } from './roles';

const identityColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: memberships.role,
  organisationId: memberships.organisationId,
  regionId: memberships.regionId,
  organisationStatus: organisations.approvalStatus,
};

/** The identity (role, organisation, region, approval) of an enabled user; null for a disabled, erased or unknown one. */
export async function loadSessionUser(db: Database, userId: string): Promise<SessionUser | null> {
  const [row] = await db
    .select(identityColumns)
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(users.id, userId), isNull(users.disabledAt), isNull(users.erasedAt)));
  return row ?? null;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

// Checked against when the address is unknown, so an unknown address costs the same argon2
// work as a known one and the answer time does not tell an attacker who has an account.
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword('overstap-decoy-password-never-valid'));

export type PasswordCheck = { ok: true; user: SessionUser } | { ok: false; reason: 'invalid' | 'disabled' };

export async function authenticateWithPassword(db: Database, email: string, password: string): Promise<PasswordCheck> {
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    // An erased account has no password and no real address, and is refused here as well.
    .where(and(eq(users.email, normaliseEmail(email)), isNull(users.erasedAt)));
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoy()), password);
  if (!user?.passwordHash || !passwordOk) return { ok: false, reason: 'invalid' };
  // Only someone who knows the password learns that the account is disabled.
  if (user.disabledAt) return { ok: false, reason: 'disabled' };
  const identity = await loadSessionUser(db, user.id);
  return identity ? { ok: true, user: identity } : { ok: false, reason: 'invalid' };
}

/** Single sign-on: an OIDC login is accepted only for an enabled user the region already knows by email. */
export async function findSessionUserByEmail(db: Database, email: string): Promise<SessionUser | null> {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, normaliseEmail(email)));
  return user ? loadSessionUser(db, user.id) : null;
}
