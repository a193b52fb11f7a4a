import { env } from '~/server/env';

/**
 * The app's public origin for links that leave the request (in mail): NEXTAUTH_URL when set,
 * else the request's own protocol and host (made true by the app's server, scripts/serve.mjs,
 * which drops what a client forges), else the local default.
 */
export function publicOrigin(headers: Headers | null): string {
  if (env.NEXTAUTH_URL) return new URL(env.NEXTAUTH_URL).origin;
  const host = headers?.get('x-forwarded-host') ?? headers?.get('host');
  const proto = headers?.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return host ? `${proto}://${host}` : `http://localhost:${process.env.PORT ?? 3000}`;
}
