import { eq } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { memberships, users } from '~/db/schema';
import { verifyPassword } from './password';
import type { SessionUser } from './roles';

/** Loads the session identity (role, organisation, region) for a user id. */
export async function loadSessionUser(db: Database, userId: string): Promise<SessionUser | null> {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      organisationId: memberships.organisationId,
      regionId: memberships.regionId,
    })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(eq(users.id, userId));
  return row ?? null;
}

export async function authenticateWithPassword(
  db: Database,
  email: string,
  password: string,
): Promise<SessionUser | null> {
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, password))) return null;
  return loadSessionUser(db, user.id);
}

/** Single sign-on: an OIDC login is accepted only for a user the region already knows by email. */
export async function findSessionUserByEmail(db: Database, email: string): Promise<SessionUser | null> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email.trim().toLowerCase()));
  return user ? loadSessionUser(db, user.id) : null;
}
