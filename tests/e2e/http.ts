import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { APIRequest, APIResponse } from '@playwright/test';

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A request from another loopback address than the browser's and Playwright's (127.0.0.1, the
 * e2e server's trusted proxy: see playwright.config.ts), i.e. from a client the server does not
 * trust; and with headers exactly as given (Host included), which fetch-like clients won't allow.
 */
export function rawRequest(
  baseURL: string,
  options: { from: string; path: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<RawAnswer> {
  const url = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        localAddress: options.from,
        path: options.path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** `name=value` pairs of Set-Cookie headers, ready for a Cookie header. */
export function cookiePairs(setCookie: string[] | string | undefined): string {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return all.map((c) => c.split(';')[0]).join('; ');
}

export interface SignInAnswer {
  status: number;
  headers: Record<string, string>;
  setCookies: string[];
  /** `{ url }` from next-auth, or `{ message, retryAfterSeconds }` from the sign-in limit. */
  body: { url?: string; message?: string };
}

/**
 * Signs in with a password the way next-auth's client does (a CSRF token, then the credentials
 * form with json=true), in a request context of its own (no cookies from earlier attempts) that
 * sends the given extra headers.
 */
export async function signInOverHttp(
  playwright: { request: APIRequest },
  baseURL: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<SignInAnswer> {
  const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: headers });
  try {
    const csrf = await context.get('/api/auth/csrf');
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const answer = await context.post('/api/auth/callback/credentials', {
      // Explicitly: the jar may keep a Secure cookie from simulated HTTPS to itself.
      headers: { cookie: cookiePairs(setCookiesOf(csrf)) },
      form: { email, password, csrfToken, json: 'true' },
      maxRedirects: 0,
    });
    return {
      status: answer.status(),
      headers: answer.headers(),
      setCookies: setCookiesOf(answer),
      body: (await answer.json()) as SignInAnswer['body'],
    };
  } finally {
    await context.dispose();
  }
}

/** Every Set-Cookie header of an answer. */
export function setCookiesOf(response: APIResponse): string[] {
  return response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .map((h) => h.value);
}
