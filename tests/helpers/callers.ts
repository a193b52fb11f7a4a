import { eq } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { users } from '~/db/schema';
import { createCaller } from '~/server/api/root';
import { createTRPCContext } from '~/server/api/trpc';
import { loadSessionUser } from '~/server/auth/identity';
import type { SessionUser } from '~/server/auth/roles';

export async function sessionUserByEmail(db: Database, email: string): Promise<SessionUser> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) throw new Error(`no user ${email}`);
  const sessionUser = await loadSessionUser(db, user.id);
  if (!sessionUser) throw new Error(`no membership for ${email}`);
  return sessionUser;
}

/** A tRPC caller acting as the given signed-in user, through the real procedures and checks. */
export async function callerFor(db: Database, email: string) {
  const user = await sessionUserByEmail(db, email);
  return createCaller(createTRPCContext({ db, session: { user, expires: new Date(Date.now() + 3600_000).toISOString() } }));
}

export function anonymousCaller(db: Database) {
  return createCaller(createTRPCContext({ db, session: null }));
}
