import { NextResponse, type NextRequest } from 'next/server';
import { dropUnacceptableCallbackCookies } from '~/server/auth/callback-url';
import { securityHeaders } from '~/server/http/security-headers';

/**
 * Every request: a fresh nonce, and the security headers on the answer. The policy also goes on
 * the request, where Next.js finds the nonce for the scripts it renders; a callback-URL cookie
 * next-auth would choke on is taken off the request. Runs for every path,
 * static files and API answers included, so no answer leaves without the headers.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
  // The app's server (scripts/serve.mjs) sets this header truthfully on every request.
  const https = request.headers.get('x-forwarded-proto') === 'https';
  const headers = securityHeaders({ nonce, https, dev: process.env.NODE_ENV === 'development' });

  dropUnacceptableCallbackCookies(request.cookies);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', headers['content-security-policy']!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
