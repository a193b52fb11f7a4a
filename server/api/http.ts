import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { readBodyWithin, withBody } from '~/server/http/body-limit';
import { TooManyAttempts } from '~/server/lib/errors';
import { CLIENT_HEADER, MAX_BATCH_SIZE } from './client-limits';
import { appRouter } from './root';
import { createTRPCContext, type CreateContextOptions } from './trpc';

/** Largest request body the API reads; the largest real input (a vacancy text) is far below it. */
export const MAX_BODY_BYTES = 256 * 1024;

const statusCodes = { FORBIDDEN: -32003, PAYLOAD_TOO_LARGE: -32413 } as const;

/** A refusal in the shape of a tRPC error, for requests turned away before tRPC sees them. */
function refuse(status: 403 | 413, code: keyof typeof statusCodes, message: string): Response {
  const body = { error: { json: { message, code: statusCodes[code], data: { code, httpStatus: status } } } };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });
}

/**
 * The tRPC HTTP endpoint: refuses cross-site calls and oversized bodies or batches before any
 * procedure runs, and marks every answer as not to be cached (they carry personal data).
 */
export async function handleTrpcRequest(req: Request, context: () => Promise<CreateContextOptions>): Promise<Response> {
  if (!req.headers.get(CLIENT_HEADER)) {
    return refuse(403, 'FORBIDDEN', `This API answers only the Overstap app (the ${CLIENT_HEADER} header is missing).`);
  }
  const body = await readBodyWithin(req, MAX_BODY_BYTES);
  if (body === 'too-large') {
    return refuse(
      413,
      'PAYLOAD_TOO_LARGE',
      `The request body is larger than ${Math.round(MAX_BODY_BYTES / 1024)} KiB.`,
    );
  }
  const response = await fetchRequestHandler({
    endpoint: '/api/trpc',
    req: withBody(req, body),
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: async () => createTRPCContext(await context()),
    responseMeta: ({ errors }) => {
      // A 429 says when to try again, in the header HTTP clients and proxies know.
      const waits = errors.flatMap((e) => (e.cause instanceof TooManyAttempts ? [e.cause.retryAfterSeconds] : []));
      return waits.length ? { headers: { 'retry-after': String(Math.max(...waits)) } } : {};
    },
  });
  response.headers.set('cache-control', 'no-store');
  return response;
}
