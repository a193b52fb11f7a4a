import { readBodyWithin } from '~/server/http/body-limit';
import { isAcceptableCallbackUrl } from './callback-url';

/**
 * What next-auth v4 would turn into a 500 instead of refusing, answered before it sees the
 * request; and the body read the way next-auth reads it, so the sign-in limit sees the same
 * e-mail address that the password check will.
 */

/** A POST body as next-auth reads it: JSON or a form; undefined for anything else or none. */
export type AuthBody = Record<string, unknown> | undefined;

/** Either the request may go on to next-auth (with its body as read), or it has been answered here. */
export type AuthRequestCheck = { ok: true; body: AuthBody } | { ok: false; response: Response };

/** No sign-in, sign-out or session form comes near this. */
export const MAX_AUTH_BODY_BYTES = 16 * 1024;

// On its error route next-auth copies the error into a redirect's Location unencoded, and a header
// cannot carry every character: only codes of its own shape ("CredentialsSignin") go to it.
const ERROR_CODE = /^[A-Za-z0-9_.:-]{0,100}$/;

function refuse(status: 400 | 413, message: string): AuthRequestCheck {
  const response = new Response(JSON.stringify({ error: status === 413 ? 'PayloadTooLarge' : 'BadRequest', message }), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });
  return { ok: false, response };
}

/**
 * Where next-auth's error route sends a person (pages.error), with the error encoded. An OAuth
 * provider's failure can arrive here as a sentence; the login page shows a general message for it.
 */
function toLoginPage(error: string): AuthRequestCheck {
  const location = `/login?error=${encodeURIComponent(error.slice(0, 100))}`;
  return {
    ok: false,
    response: new Response(null, { status: 302, headers: { location, 'cache-control': 'no-store' } }),
  };
}

/** Mirrors next-auth's getBody (next-auth/next/utils.js): the content type decides, by substring. */
function parseBody(type: string, bytes: Uint8Array): AuthBody | 'malformed' {
  const text = new TextDecoder().decode(bytes);
  if (type.includes('application/json')) {
    try {
      const json: unknown = JSON.parse(text);
      return json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
    } catch {
      return 'malformed';
    }
  }
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  return undefined;
}

/** `action` and `segment` are the auth route's first two path segments (`callback`, `credentials`). */
export async function checkAuthRequest(
  req: Request,
  action: string | undefined,
  segment: string | undefined,
): Promise<AuthRequestCheck> {
  const query = new URL(req.url).searchParams;
  if (action === 'error') {
    // next-auth reads the last of repeated parameters, or else the path's next segment.
    const error = query.getAll('error').at(-1) ?? segment;
    if (error !== undefined && !ERROR_CODE.test(error)) return toLoginPage(error);
  }
  if (query.getAll('callbackUrl').some((url) => url !== '' && !isAcceptableCallbackUrl(url))) {
    return refuse(400, 'The callbackUrl parameter is not a URL.');
  }
  if (req.method !== 'POST') return { ok: true, body: undefined };
  // A copy is read, so next-auth still finds the body where it looks for it.
  const bytes = await readBodyWithin(req.clone(), MAX_AUTH_BODY_BYTES);
  if (bytes === 'too-large') {
    // Only the copy was cancelled; the original must be too, or the answer waits for its reading.
    req.body?.cancel().catch(() => undefined);
    return refuse(413, `The request body is larger than ${MAX_AUTH_BODY_BYTES / 1024} KiB.`);
  }
  const body = bytes ? parseBody(req.headers.get('content-type') ?? '', bytes) : undefined;
  if (body === 'malformed') return refuse(400, 'The request body is not valid JSON.');
  return { ok: true, body };
}
