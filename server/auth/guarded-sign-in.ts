import type { Database } from '~/db/client';
import { clientAddress } from '~/server/lib/client-address';
import type { AuthBody } from './auth-request';
import { authOrigin } from './origin';
import { TOO_MANY_ATTEMPTS } from './sign-in-errors';
import { beginSignInAttempt } from './sign-in-throttle';

const SESSION_COOKIE = /(^|,\s*)(__Secure-)?next-auth\.session-token(\.\d+)?=[^;,]/;

/**
 * The credentials sign-in, rate limited: counts the attempt before next-auth checks the
 * password and answers 429 with Retry-After (and a message a person can read) when the account
 * or the address has had too many attempts. `body` is the request's body as next-auth reads it
 * (a form or JSON: see auth-request.ts), so every way of sending a password is counted. Whether the attempt succeeded is read from the
 * answer: a successful sign-in sets the session cookie.
 */
export async function guardedSignIn(
  db: Database,
  req: Request,
  body: AuthBody,
  signIn: () => Promise<Response>,
): Promise<Response> {
  const email = body?.email;
  if (typeof email !== 'string' || email.trim() === '') return signIn(); // next-auth refuses it as it is
  const attempt = await beginSignInAttempt(db, { email, address: clientAddress(req.headers) });
  if (!attempt.allowed) return tooManyAttempts(req, attempt.retryAfterSeconds);
  const response = await signIn();
  await attempt.finish(SESSION_COOKIE.test(response.headers.get('set-cookie') ?? ''));
  return response;
}

function tooManyAttempts(req: Request, retryAfterSeconds: number): Response {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const url = new URL('/login', authOrigin(req));
  url.searchParams.set('error', `${TOO_MANY_ATTEMPTS}:${retryAfterSeconds}`);
  const body = {
    // next-auth's client reads `url` (and its error parameter); other clients the rest.
    url: url.toString(),
    error: TOO_MANY_ATTEMPTS,
    message: `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    retryAfterSeconds,
  };
  return new Response(JSON.stringify(body), {
    status: 429,
    headers: {
      'content-type': 'application/json',
      'retry-after': String(retryAfterSeconds),
      'cache-control': 'no-store',
    },
  });
}
