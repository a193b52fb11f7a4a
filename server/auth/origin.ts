import { env } from '~/server/env';

/**
 * Lets next-auth build its URLs (sign-in and callback redirects, the SSO redirect URI) and pick
 * Secure cookies from the request's own X-Forwarded-Host and X-Forwarded-Proto when NEXTAUTH_URL
 * is unset; NEXTAUTH_URL, when set, still wins. Without this next-auth v4 answers with
 * http://localhost:3000 whatever the host. Its only switch is this environment variable, read on
 * every request. Believing those headers is safe because the app's server (scripts/serve.mjs)
 * replaces any a client sends, unless they come from a proxy named in TRUST_PROXY; under
 * `next dev` Next.js fills them from the request itself.
 */
export function buildAuthUrlsFromRequest(): void {
  process.env.AUTH_TRUST_HOST ??= 'true';
}

/**
 * The origin next-auth builds its URLs from for this request, for answers given beside it (the
 * sign-in limit's): NEXTAUTH_URL when set, else the forwarded host and protocol, as next-auth's
 * detectOrigin reads them.
 */
export function authOrigin(req: Request): string {
  const fallback = new URL(req.url).origin;
  try {
    if (env.NEXTAUTH_URL) return new URL(env.NEXTAUTH_URL).origin;
    const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
    const protocol = req.headers.get('x-forwarded-proto') === 'http' ? 'http' : 'https';
    return host ? new URL(`${protocol}://${host}`).origin : fallback;
  } catch {
    return fallback;
  }
}
