import { eq } from 'drizzle-orm';
import type { Session } from 'next-auth';
import superjson from 'superjson';
import type { Database } from '~/db/client';
import { users } from '~/db/schema';
import { CLIENT_HEADER } from '~/server/api/client-limits';
import { handleTrpcRequest } from '~/server/api/http';
import { createCaller } from '~/server/api/root';
import { createTRPCContext, type RequestInfo } from '~/server/api/trpc';
import { actorOf, type Actor } from '~/server/auth/actor';
import { loadSessionUser } from '~/server/auth/identity';
import type { SessionUser } from '~/server/auth/roles';

export async function sessionUserByEmail(db: Database, email: string): Promise<SessionUser> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) throw new Error(`no user ${email}`);
  const sessionUser = await loadSessionUser(db, user.id);
  if (!sessionUser) throw new Error(`no membership for ${email}`);
  return sessionUser;
}

/** The actor a service receives for the given user, with the role narrowed as the procedures do. */
export async function actorByEmail<R extends Actor['role']>(
  db: Database,
  email: string,
  role: R,
): Promise<Extract<Actor, { role: R }>> {
  const actor = actorOf(await sessionUserByEmail(db, email));
  if (actor?.role !== role) throw new Error(`${email} is not a ${role}`);
  return actor as Extract<Actor, { role: R }>;
}

/** A signed-in session of the given user, valid for an hour (as next-auth hands it on after checking it). */
export async function sessionFor(db: Database, email: string): Promise<Session> {
  return { user: await sessionUserByEmail(db, email), expires: new Date(Date.now() + 3600_000).toISOString() };
}

/** A tRPC caller acting as the given signed-in user, through the real procedures and checks. */
export async function callerFor(db: Database, email: string, request?: RequestInfo) {
  return createCaller(createTRPCContext({ db, session: await sessionFor(db, email), request }));
}

export interface TrpcHttpRequest {
  /** Who is signed in; null for an anonymous request. */
  session: Session | null;
  method?: 'GET' | 'POST';
  input?: unknown;
  /** Extra or replaced headers; the app's client header is sent unless set to null here. */
  headers?: Record<string, string | null>;
  /** A raw body instead of the serialized input. */
  body?: BodyInit;
  /** The input as the JSON text of superjson's `{ json, meta }`, for input superjson itself would refuse to write. */
  serializedInput?: string;
  /** What the app's route knows of the request (origin, client address); unknown when not given. */
  request?: RequestInfo;
}

/** Sends a request to the real tRPC HTTP handler (the one the Next.js route serves), the way the browser client does. */
export async function trpcHttp(db: Database, path: string, request: TrpcHttpRequest): Promise<Response> {
  const method = request.method ?? 'POST';
  const headers = new Headers({ 'content-type': 'application/json', [CLIENT_HEADER]: 'test' });
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  const serialized = request.serializedInput ?? JSON.stringify(superjson.serialize(request.input));
  const url =
    method === 'GET' && (request.input !== undefined || request.serializedInput !== undefined)
      ? `http://localhost/api/trpc/${path}?input=${encodeURIComponent(serialized)}`
      : `http://localhost/api/trpc/${path}`;
  const body = method === 'POST' ? (request.body ?? serialized) : undefined;
  // duplex: a streamed body (a ReadableStream) needs it; it is harmless for the others.
  const init = { method, headers, body, duplex: 'half' } as RequestInit;
  return handleTrpcRequest(new Request(url, init), async () => ({
    db,
    session: request.session,
    request: request.request,
  }));
}

/** Posts to the real tRPC HTTP handler as the given signed-in user. */
export async function postAs<Body>(
  db: Database,
  email: string,
  path: string,
  input: unknown,
): Promise<{ status: number; body: Body }> {
  const response = await trpcHttp(db, path, { session: await sessionFor(db, email), input });
  return { status: response.status, body: (await response.json()) as Body };
}

/** Asks the real tRPC HTTP handler for a query (GET, the input in the URL) as the given signed-in user. */
export async function getAs<Body>(
  db: Database,
  email: string,
  path: string,
  input: unknown,
): Promise<{ status: number; body: Body }> {
  const response = await trpcHttp(db, path, { session: await sessionFor(db, email), method: 'GET', input });
  return { status: response.status, body: (await response.json()) as Body };
}

export function anonymousCaller(db: Database, request?: RequestInfo) {
  return createCaller(createTRPCContext({ db, session: null, request }));
}
