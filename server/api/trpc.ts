/**
 * The one place that builds the tRPC context and the role-checked procedures. Every procedure
 * in the app is one of these; tenancy (organisation, region) comes from the session, never
 * from the caller's input.
 */
import { initTRPC, TRPCError } from '@trpc/server';
import type { Session } from 'next-auth';
import superjson from 'superjson';
import { z, ZodError } from 'zod';
import type { Database } from '~/db/client';
import type { SessionUser } from '~/server/auth/roles';
import { PostgresSearchBackend } from '~/server/search/postgres/backend';
import type { SearchBackend } from '~/server/search/types';
import { DomainError } from '~/server/lib/errors';

export interface CreateContextOptions {
  db: Database;
  session: Session | null;
  /** The app's search backend; the built-in PostgreSQL search when not given. */
  search?: SearchBackend;
  headers?: Headers;
}

export function createTRPCContext(opts: CreateContextOptions) {
  return {
    db: opts.db,
    session: opts.session,
    search: opts.search ?? new PostgresSearchBackend(opts.db),
    headers: opts.headers ?? new Headers(),
  };
}
export type TRPCContext = ReturnType<typeof createTRPCContext>;

/** "hoursMax: Too small: expected number to be >=0; title: Required" — readable by a person and a client. */
export function describeZodError(error: ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

const t = initTRPC.context<TRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    return {
      ...shape,
      message: zodError ? `Invalid input — ${describeZodError(zodError)}` : shape.message,
      data: { ...shape.data, fieldErrors: zodError ? z.flattenError(zodError).fieldErrors : null },
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
} as const;

/** Services throw DomainErrors; the API answers them with the matching status and their message. */
export const publicProcedure = t.procedure.use(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: domainErrorCodes[cause.kind], message: cause.message, cause });
  }
  return result;
});

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session?.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first.' });
  return next({ ctx: { ...ctx, user: ctx.session.user } });
});

function requireRole(user: SessionUser, ...roles: SessionUser['role'][]) {
  if (!roles.includes(user.role)) {
    throw new TRPCError({ code: 'FORBIDDEN', message: `This needs the ${roles.join(' or ')} role.` });
  }
}

/** A worker acting on their own profile. */
export const workerProcedure = protectedProcedure.use(({ ctx, next }) => {
  requireRole(ctx.user, 'worker');
  return next({ ctx: { ...ctx, userId: ctx.user.id } });
});

/** An employer's HR user, scoped to their own organisation and its region. */
export const employerProcedure = protectedProcedure.use(({ ctx, next }) => {
  requireRole(ctx.user, 'employer');
  const { organisationId, regionId } = ctx.user;
  if (!organisationId || !regionId)
    throw new TRPCError({ code: 'FORBIDDEN', message: 'No organisation on this account.' });
  return next({ ctx: { ...ctx, organisationId, regionId } });
});

/** A regional coordinator, scoped to their region. */
export const coordinatorProcedure = protectedProcedure.use(({ ctx, next }) => {
  requireRole(ctx.user, 'coordinator');
  const { regionId } = ctx.user;
  if (!regionId) throw new TRPCError({ code: 'FORBIDDEN', message: 'No region on this account.' });
  return next({ ctx: { ...ctx, regionId } });
});

export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  requireRole(ctx.user, 'admin');
  return next({ ctx });
});
