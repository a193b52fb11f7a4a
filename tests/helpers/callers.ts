import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { eq } from 'drizzle-orm';
import superjson from 'superjson';
import type { Database } from '~/db/client';
import { users } from '~/db/schema';
import { appRouter, createCaller } from '~/server/api/root';
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

/** A signed-in session of the given user, valid for an hour. */
async function sessionFor(db: Database, email: string) {
  return { user: await sessionUserByEmail(db, email), expires: new Date(Date.now() + 3600_000).toISOString() };
}

/** A tRPC caller acting as the given signed-in user, through the real procedures and checks. */
export async function callerFor(db: Database, email: string) {
  return createCaller(createTRPCContext({ db, session: await sessionFor(db, email) }));
}

/** Posts to the real tRPC HTTP handler as the given signed-in user, the way the browser client does. */
export async function postAs<Body>(
  db: Database,
  email: string,
  path: string,
  input: unknown,
): Promise<{ status: number; body: Body }> {
  const session = await sessionFor(db, email);
  const response = await fetchRequestHandler({
    endpoint: '/api/trpc',
    router: appRouter,
    req: new Request(`http://localhost/api/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(superjson.serialize(input)),
    }),
    createContext: () => createTRPCContext({ db, session }),
  });
  return { status: response.status, body: (await response.json()) as Body };
}

export function anonymousCaller(db: Database) {
  return createCaller(createTRPCContext({ db, session: null }));
}
