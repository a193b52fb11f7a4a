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
