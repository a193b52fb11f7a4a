/**
 * The one place that builds the tRPC context and the role-checked procedures. Every procedure
 * in the app is one of these; who is asking (`ctx.actor`) comes from the session, never from
 * the caller's input, and errors are mapped to answers here and nowhere else.
 */
import { randomBytes } from 'node:crypto';
import { initTRPC, TRPCError } from '@trpc/server';
import type { Session } from 'next-auth';
import { z, ZodError } from 'zod';
import type { Database } from '~/db/client';
import { actorOf, type Actor } from '~/server/auth/actor';
import type { SessionUser } from '~/server/auth/roles';
import { domainErrorOfDatabaseError } from '~/server/lib/database-errors';
import { DomainError, TooManyAttempts } from '~/server/lib/errors';
import { publicOrigin } from '~/server/lib/request-origin';
import { PostgresSearchBackend } from '~/server/search/postgres/backend';
import type { SearchBackend } from '~/server/search/types';
import { transformer } from './transformer';

export interface CreateContextOptions {
  db: Database;
  /** The session as next-auth resolved it: already checked against the database (server/auth/sessions.ts). */
  session: Session | null;
  /** The app's search backend; the built-in PostgreSQL search when not given. */
  search?: SearchBackend;
  /** About the HTTP request, when there is one (not for server components' direct calls). */
  request?: RequestInfo;
}

export interface RequestInfo {
  /** The app's public origin, for links in mail (server/lib/request-origin.ts). */
  origin: string;
  /** The client's address as the app's own server saw it; null when unknown. */
  clientAddress: string | null;
}

export function createTRPCContext(opts: CreateContextOptions) {
  const user: SessionUser | undefined = opts.session?.user;
  return {
    db: opts.db,
    user: user ?? null,
    actor: user ? actorOf(user) : null,
    search: opts.search ?? new PostgresSearchBackend(opts.db),
    request: opts.request ?? { origin: publicOrigin(null), clientAddress: null },
  };
}
export type TRPCContext = ReturnType<typeof createTRPCContext>;

/** Issues named in an error message; the rest are counted (every one is still in fieldErrors). */
const MAX_DESCRIBED_ISSUES = 10;

/** "hoursMax: Too small: expected number to be >=0; title: Required" — readable by a person and a client. */
export function describeZodError(error: ZodError): string {
  const described = error.issues
    .slice(0, MAX_DESCRIBED_ISSUES)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
  const more = error.issues.length - described.length;
  // A list of 40 wrong items would otherwise answer with 40 sentences.
  return more > 0 ? `${described.join('; ')}; and ${more} more` : described.join('; ');
}

/** A refusal by an access rule (not signed in, wrong role, firm not approved), as opposed to a business rule. */
export class AccessDenied extends Error {
  override name = 'AccessDenied';
}

const t = initTRPC.context<TRPCContext>().create({
  transformer,
  // Stack traces stay on the server, whatever NODE_ENV says.
  isDev: false,
  errorFormatter({ shape, error, path }) {
    if (error.code === 'INTERNAL_SERVER_ERROR') {
      // The client gets a reference, the server log the details: SQL, parameters and stack stay here.
      const reference = randomBytes(6).toString('hex');
      console.error(`[api] error ${reference} on ${path ?? '<no path>'}:`, error.cause ?? error);
      return {
        ...shape,
        message: `Something went wrong on our side. Reference: ${reference}`,
        data: { ...shape.data, reference, retryAfterSeconds: null, fieldErrors: null },
      };
    }
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    const fieldError = error.cause instanceof DomainError && error.cause.field ? error.cause : null;
    return {
      ...shape,
      message: zodError ? `Invalid input — ${describeZodError(zodError)}` : shape.message,
      data: {
        ...shape.data,
        reference: null,
        // When to try again after a 429, for a form to say so (the HTTP answer has Retry-After too).
        retryAfterSeconds: error.cause instanceof TooManyAttempts ? error.cause.retryAfterSeconds : null,
        fieldErrors: zodError
          ? z.flattenError(zodError).fieldErrors
          : fieldError
            ? { [fieldError.field!]: [fieldError.message] }
            : null,
      },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;

const domainErrorCodes = {
  not_found: 'NOT_FOUND',
  forbidden: 'FORBIDDEN',
  conflict: 'CONFLICT',
  invalid: 'BAD_REQUEST',
  too_many_attempts: 'TOO_MANY_REQUESTS',
} as const;

/**
 * Services throw DomainErrors; the API answers them with the matching status and their
 * message. A database refusal caused by the input (a reference to nothing, a duplicate) is
 * answered the same way instead of as an internal error.
 */
export const publicProcedure = t.procedure.use(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  const domainError = cause instanceof DomainError ? cause : domainErrorOfDatabaseError(cause);
  if (domainError) {
    throw new TRPCError({ code: domainErrorCodes[domainError.kind], message: domainError.message, cause: domainError });
  }
  if (cause instanceof SyntaxError && result.error.code === 'INTERNAL_SERVER_ERROR') {
    throw new TRPCError({ code: 'PARSE_ERROR', message: 'The request body is not valid JSON.' });
  }
  return result;
});

const denied = (message: string) => new TRPCError({ code: 'FORBIDDEN', message, cause: new AccessDenied(message) });

/** Anyone signed in, whatever their role. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first.', cause: new AccessDenied('Sign in first.') });
  }
  if (!ctx.actor) throw denied('This account has no complete membership.');
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

function requireRole<R extends Actor['role']>(actor: Actor, role: R): Extract<Actor, { role: R }> {
  if (actor.role !== role) throw denied(`This needs the ${role} role.`);
  return actor as Extract<Actor, { role: R }>;
}

/** A worker acting on their own profile. */
export const workerProcedure = protectedProcedure.use(({ ctx, next }) =>
  next({ ctx: { ...ctx, actor: requireRole(ctx.actor, 'worker') } }),
);

/**
 * An employer's HR user whatever the firm's approval: only for the firm's own status page.
 * A pending, rejected or suspended firm sees that and nothing else.
 */
export const employerAccountProcedure = protectedProcedure.use(({ ctx, next }) =>
  next({ ctx: { ...ctx, actor: requireRole(ctx.actor, 'employer') } }),
);

/** An employer's HR user of an approved firm, scoped to that firm and its region. */
export const employerProcedure = employerAccountProcedure.use(({ ctx, next }) => {
  if (ctx.user?.organisationStatus !== 'approved') {
    throw denied('Your organisation has not been approved by the regional coordinator.');
  }
  return next({ ctx });
});

/** A regional coordinator, scoped to their region. */
export const coordinatorProcedure = protectedProcedure.use(({ ctx, next }) =>
  next({ ctx: { ...ctx, actor: requireRole(ctx.actor, 'coordinator') } }),
);

export const adminProcedure = protectedProcedure.use(({ ctx, next }) =>
  next({ ctx: { ...ctx, actor: requireRole(ctx.actor, 'admin') } }),
);

/** Either side of an introduction: a worker, or an employer's HR user of an approved firm. */
export const introductionPartyProcedure = protectedProcedure.use(({ ctx, next }) => {
  const { actor } = ctx;
  if (actor.role === 'worker') return next({ ctx: { ...ctx, actor } });
  if (actor.role !== 'employer') throw denied('This needs the worker or employer role.');
  if (ctx.user?.organisationStatus !== 'approved') {
    throw denied('Your organisation has not been approved by the regional coordinator.');
  }
  return next({ ctx: { ...ctx, actor } });
});

/** A worker about their own transition, or the coordinator of their region. */
export const workerOrCoordinatorProcedure = protectedProcedure.use(({ ctx, next }) => {
  const { actor } = ctx;
  if (actor.role === 'worker' || actor.role === 'coordinator') return next({ ctx: { ...ctx, actor } });
  throw denied('This needs the worker or coordinator role.');
});
