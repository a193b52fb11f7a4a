import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, demoAccounts } from '~/db/seed/demo-accounts';
import { signInLimits } from '~/server/auth/sign-in-throttle';
import { expectAccessible, login } from './helpers';
import { cookiePairs, rawRequest, setCookiesOf, signInOverHttp } from './http';

// The e2e server trusts 127.0.0.1 as its reverse proxy (TRUST_PROXY in playwright.config.ts):
// Playwright's own requests stand for the proxy, so `x-forwarded-proto: https` simulates HTTPS
// and `x-forwarded-for` gives a test a client address of its own. rawRequest() comes from other
// loopback addresses: clients the server does not trust.
const viaHttps = { 'x-forwarded-proto': 'https' };
const UNTRUSTED = '127.0.0.2';

/** A demo worker no other test signs in as; a retry takes another, as the first may be locked. */
const spareWorker = (n: number, retry: number) => `werknemer.${String(n + retry * 10).padStart(3, '0')}@overstap.demo`;

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, what).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).not.toContain('unsafe-inline');
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], what).toContain('camera=()');
}

test.describe('security headers', () => {
  test('a page, an API answer and an auth answer carry them; API and auth answers are not stored', async ({
    request,
  }) => {
    const page = await request.get('/login');
    expect(page.status()).toBe(200);
    expectSecurityHeaders(page.headers(), 'page');
    // Next.js put the request's nonce on its scripts.
    const nonce = /'nonce-([^']+)'/.exec(page.headers()['content-security-policy']!)![1]!;
    const html = await page.text();
    expect(html).toContain(`nonce="${nonce}"`);
    expect(html.match(/<script(?![^>]*nonce=)[^>]*>/g) ?? []).toEqual([]);

    const again = await request.get('/login');
    expect(again.headers()['content-security-policy']).not.toContain(nonce);

    const api = await request.get('/api/trpc/worker.me', { headers: { 'x-overstap-client': '1' } });
    expect(api.status()).toBe(401);
    expectSecurityHeaders(api.headers(), 'API answer');
    expect(api.headers()['cache-control']).toBe('no-store');

    for (const path of ['/api/auth/session', '/api/auth/csrf', '/api/auth/providers', '/api/auth/signin']) {
      const auth = await request.get(path, { maxRedirects: 0 });
      expect(auth.status(), path).toBeLessThan(400);
      expectSecurityHeaders(auth.headers(), path);
      expect(auth.headers()['cache-control'], path).toBe('no-store');
    }

    const missing = await request.get('/no-such-page');
    expect(missing.status()).toBe(404);
    expectSecurityHeaders(missing.headers(), 'not found');

    for (const response of [page, api, missing])
      expect(response.headers()).not.toHaveProperty('strict-transport-security');
  });

  test('an answer with personal data is not stored', async ({ request, playwright, baseURL }) => {
    const signIn = await signInOverHttp(playwright, baseURL!, spareWorker(52, test.info().retry), DEMO_PASSWORD, {
      'x-forwarded-for': '203.0.113.52',
    });
    expect(signIn.status).toBe(200);
    const cookie = cookiePairs(signIn.setCookies);
    const me = await request.get('/api/trpc/worker.me', { headers: { 'x-overstap-client': '1', cookie } });
    expect(me.status()).toBe(200);
    expect(me.headers()['cache-control']).toBe('no-store');
    const session = await request.get('/api/auth/session', { headers: { cookie } });
    expect(((await session.json()) as { user?: { email?: string } }).user?.email).toBe(
      spareWorker(52, test.info().retry),
    );
    expect(session.headers()['cache-control']).toBe('no-store');
  });

  test('HSTS only over HTTPS, and a client cannot claim HTTPS itself', async ({ request, baseURL }) => {
    for (const path of ['/login', '/api/auth/session']) {
      const https = await request.get(path, { headers: viaHttps });
      expect(https.headers()['strict-transport-security'], path).toMatch(/^max-age=\d+/);
      expect(https.headers()['content-security-policy'], path).toContain('upgrade-insecure-requests');
      expectSecurityHeaders(https.headers(), path);
    }
    const forged = await rawRequest(baseURL!, { from: UNTRUSTED, path: '/login', headers: viaHttps });
    expect(forged.status).toBe(200);
    expect(forged.headers).not.toHaveProperty('strict-transport-security');
  });
});

/** Collects CSP violations the page reports, from the first script on. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) messages.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
  return async () => [
    ...messages,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])),
  ];
}

test.describe('pages under the Content-Security-Policy', () => {
  test('the login page runs with no violation and stays accessible', async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto('/login');
    await expect(page.getByRole('heading', { name: 'Inloggen' })).toBeVisible();
    await expectAccessible(page);
    expect(await violations()).toEqual([]);
  });

  for (const [role, email, heading] of [
    ['worker', demoAccounts.worker, 'Mijn overstap'],
    ['employer', demoAccounts.employer, /Werkgeversportaal/],
    ['coordinator', demoAccounts.coordinator, /Regiodashboard/],
  ] as const) {
    test(`the ${role} portal runs with no violation, language switch included`, async ({ page }) => {
      const violations = await watchCsp(page);
      await login(page, email);
      await expect(page).toHaveURL(new RegExp(`/${role}$`));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
      await expectAccessible(page);
      // The language switch is a server action: a form posted by Next's scripts.
      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await page.getByRole('button', { name: 'Nederlands' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
      expect(await violations()).toEqual([]);
    });
  }

  test('the skills page’s combobox works with no violation', async ({ page }) => {
    const violations = await watchCsp(page);
    await login(page, spareWorker(53, test.info().retry));
    await expect(page).toHaveURL(/\/worker$/);
    await page.goto('/worker/skills');
    const combobox = page.getByRole('combobox', { name: 'Vaardigheid zoeken' });
    await combobox.focus();
    await page.keyboard.type('heftruk');
    await expect(page.getByRole('option', { name: /^heftruck rijden/ })).toBeVisible();
    expect(await violations()).toEqual([]);
  });
});

test.describe('session cookies and auth URLs', () => {
  test('the session cookie is Secure over HTTPS, and pages find it there', async ({ request, playwright, baseURL }) => {
    const email = spareWorker(54, test.info().retry);
    const https = { ...viaHttps, 'x-forwarded-for': '203.0.113.54' };
    const signIn = await signInOverHttp(playwright, baseURL!, email, DEMO_PASSWORD, https);
    expect(signIn.status).toBe(200);
    const session = signIn.setCookies.find((c) => c.includes('next-auth.session-token='));
    expect(session).toMatch(/^__Secure-next-auth\.session-token=/);
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);

    const cookie = cookiePairs(signIn.setCookies);
    const portal = await request.get('/worker', { headers: { ...https, cookie }, maxRedirects: 0 });
    expect(portal.status()).toBe(200); // getServerSession looked for the same cookie name
    const me = await request.get('/api/auth/session', { headers: { ...https, cookie } });
    expect(((await me.json()) as { user?: { email?: string } }).user?.email).toBe(email);
  });

  test('over plain http the session cookie is not Secure', async ({ playwright, baseURL }) => {
    const signIn = await signInOverHttp(playwright, baseURL!, spareWorker(55, test.info().retry), DEMO_PASSWORD, {
      'x-forwarded-for': '203.0.113.55',
    });
    expect(signIn.status).toBe(200);
    const session = signIn.setCookies.find((c) => c.includes('next-auth.session-token='));
    expect(session).toMatch(/^next-auth\.session-token=/);
    expect(session).not.toMatch(/;\s*Secure/i);
  });

  test('auth URLs are built from the request’s own host, not from a client’s claim', async ({ request, baseURL }) => {
    type Providers = { credentials: { callbackUrl: string; signinUrl: string } };
    const own = (await (await request.get('/api/auth/providers')).json()) as Providers;
    expect(own.credentials.callbackUrl).toBe(`${baseURL}/api/auth/callback/credentials`);

    const proxied = await request.get('/api/auth/providers', {
      headers: { ...viaHttps, 'x-forwarded-host': 'overstap.regio.example' },
    });
    expect(((await proxied.json()) as Providers).credentials.callbackUrl).toBe(
      'https://overstap.regio.example/api/auth/callback/credentials',
    );

    const signin = await request.get('/api/auth/signin', { maxRedirects: 0 });
    expect(signin.headers()['location']).toBe(`/login?callbackUrl=${encodeURIComponent(baseURL!)}`);

    const forged = await rawRequest(baseURL!, {
      from: UNTRUSTED,
      path: '/api/auth/providers',
      headers: { host: 'overstap.test:8080', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
    });
    expect((JSON.parse(forged.body) as Providers).credentials.callbackUrl).toBe(
      'http://overstap.test:8080/api/auth/callback/credentials',
    );
  });
});

test('hostile auth URLs, methods, bodies and cookies never get a 5xx', async ({ request, baseURL }) => {
  const csrf = await request.get('/api/auth/csrf');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = cookiePairs(setCookiesOf(csrf));
  const json = { 'content-type': 'application/json' };
  const form = { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie };
  const cases: { method?: string; path: string; headers?: Record<string, string>; body?: string }[] = [
    ...[
      'javascript:alert(1)',
      '//evil.example',
      '/\\evil.example',
      'http://[::1',
      'http://evil.example',
      '%00',
      '%E2%82%AC',
      '%ED%A0%80',
      'x'.repeat(4000),
    ].flatMap((callbackUrl) => [
      { path: `/api/auth/signin?callbackUrl=${callbackUrl}` },
      { path: `/api/auth/signout?callbackUrl=${callbackUrl}` },
      {
        method: 'POST',
        path: '/api/auth/signin/credentials',
        headers: form,
        body: new URLSearchParams({ callbackUrl, csrfToken, json: 'true' }).toString(),
      },
      { path: '/api/auth/session', headers: { cookie: `next-auth.callback-url=${encodeURIComponent(callbackUrl)}` } },
    ]),
    { path: '/api/auth/error?error=%E2%82%AC' },
    { path: '/api/auth/error?error=%0d%0aSet-Cookie:%20x=1' },
    { path: '/api/auth/error/%E2%82%AC' },
    { path: '/api/auth/error?error=Configuration' },
    { path: '/api/auth/signin?error=%E2%82%AC' },
    { path: '/api/auth/nothing-like-this' },
    { path: '/api/auth/callback/nothing' },
    { path: '/api/auth/signin/nothing' },
    { path: '/api/auth/session/extra/segments' },
    { path: '/api/auth/_log' },
    { path: '/api/auth/%' },
    { path: '/api/auth/%E0%A4%A' },
    ...['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'].map((method) => ({ method, path: '/api/auth/session' })),
    { method: 'POST', path: '/api/auth/callback/credentials', headers: json, body: '{"email":' },
    { method: 'POST', path: '/api/auth/callback/credentials', headers: json, body: '[1,2]' },
    { method: 'POST', path: '/api/auth/callback/credentials', headers: json, body: 'null' },
    {
      method: 'POST',
      path: '/api/auth/callback/credentials',
      headers: json,
      body: '{"email":["a@b.c"],"password":{}}',
    },
    { method: 'POST', path: '/api/auth/callback/credentials', headers: form, body: '%%%&&&==' },
    {
      method: 'POST',
      path: '/api/auth/callback/credentials',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: '--x\r\nbroken',
    },
    { method: 'POST', path: '/api/auth/callback/credentials', headers: form, body: 'x'.repeat(200_000) },
    { method: 'POST', path: '/api/auth/signout', headers: json, body: '{' },
    { method: 'POST', path: '/api/auth/signout', headers: form, body: 'csrfToken=wrong' },
    {
      method: 'POST',
      path: '/api/auth/session',
      headers: form,
      body: `csrfToken=${csrfToken}&data=%7B%22user%22%3A1%7D`,
    },
    { method: 'POST', path: '/api/auth/nothing', headers: form, body: '' },
    ...[
      'next-auth.session-token=garbage',
      'next-auth.session-token=%E0%A4%A',
      '__Secure-next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..x.y.z',
      'next-auth.session-token.0=a; next-auth.session-token.1=b',
      'next-auth.csrf-token=|||',
      'next-auth.csrf-token=%ZZ',
      '=; ==; ;;',
      `next-auth.session-token=${'a'.repeat(3000)}`,
    ].flatMap((cookie) => [
      { path: '/api/auth/session', headers: { cookie } },
      { path: '/api/auth/csrf', headers: { cookie } },
      { path: '/login', headers: { cookie } },
      { path: '/worker', headers: { cookie } },
    ]),
  ];
  for (const { method = 'GET', path, headers, body } of cases) {
    const response = await request.fetch(path, { method, headers, data: body, maxRedirects: 0 });
    expect(response.status(), `${method} ${path.slice(0, 100)} ${JSON.stringify(headers ?? {})}`).toBeLessThan(500);
  }

  // Hosts no URL can be built from are refused by the app's server before anything else.
  for (const host of ['evil.example/path', 'a b', 'x:99999', 'user@evil.example']) {
    const answer = await rawRequest(baseURL!, { from: UNTRUSTED, path: '/api/auth/providers', headers: { host } });
    expect(answer.status, host).toBe(400);
  }
});

test('an oversized body is refused, announced or streamed, before the API or next-auth reads it', async ({
  request,
  baseURL,
}) => {
  const huge = 'x'.repeat(300 * 1024);
  const trpc = await request.post('/api/trpc/vacancy.create', {
    headers: { 'x-overstap-client': '1', 'content-type': 'application/json' },
    data: huge,
  });
  expect(trpc.status()).toBe(413);
  const auth = await request.post('/api/auth/callback/credentials', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    data: huge,
  });
  expect(auth.status()).toBe(413);
  for (const path of ['/api/trpc/vacancy.create', '/api/auth/callback/credentials']) {
    const streamed = await rawRequest(baseURL!, {
      from: UNTRUSTED,
      method: 'POST',
      path,
      headers: { 'x-overstap-client': '1', 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: huge,
    });
    expect(streamed.status, path).toBe(413);
  }
});

test.describe('the sign-in limit over HTTP', () => {
  test('the 11th wrong password answers 429 with when to retry; then even the right one is refused', async ({
    playwright,
    baseURL,
  }) => {
    const email = spareWorker(50, test.info().retry);
    const from = { 'x-forwarded-for': '203.0.113.50' };
    for (let attempt = 1; attempt <= signInLimits.perAccount; attempt++) {
      const answer = await signInOverHttp(playwright, baseURL!, email, 'not-the-password', from);
      expect(answer.status, `attempt ${attempt}`).not.toBe(429);
      expect(answer.body.url, `attempt ${attempt}`).toContain('error=CredentialsSignin');
    }
    const refused = await signInOverHttp(playwright, baseURL!, email, 'not-the-password', from);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body.message).toMatch(/^Too many sign-in attempts\. Try again in \d+ minutes?\.$/);
    expect(refused.body.url).toMatch(new RegExp(`^${baseURL}/login\\?error=TooManyAttempts`));

    // The account is locked, whoever asks and however right the password.
    const right = await signInOverHttp(playwright, baseURL!, email, DEMO_PASSWORD, {
      'x-forwarded-for': '203.0.113.150',
    });
    expect(right.status).toBe(429);
    expect(right.setCookies.join()).not.toContain('session-token');
  });

  test('an untrusted client’s X-Forwarded-For does not change the address counted', async ({ baseURL, playwright }) => {
    // Its own loopback address, so no other test shares the count.
    const client = `127.0.0.${10 + test.info().retry}`;
    const attempt = async (i: number) => {
      const csrf = await rawRequest(baseURL!, { from: client, path: '/api/auth/csrf' });
      const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
      return rawRequest(baseURL!, {
        from: client,
        method: 'POST',
        path: '/api/auth/callback/credentials',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          cookie: cookiePairs(csrf.headers['set-cookie']),
          // A new address each time: were it believed, no address would ever reach the limit.
          'x-forwarded-for': `198.51.100.${i % 250}`,
          'x-overstap-client-address': `198.51.100.${i % 250}`,
        },
        body: new URLSearchParams({
          email: `nobody.${i}.${Date.now()}@overstap.demo`,
          password: 'guess',
          csrfToken,
          json: 'true',
        }).toString(),
      });
    };
    for (let i = 1; i <= signInLimits.perAddress; i++) expect((await attempt(i)).status, `attempt ${i}`).not.toBe(429);
    const refused = await attempt(signInLimits.perAddress + 1);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);

    // The trusted proxy's X-Forwarded-For is believed: naming that client counts against it too.
    const viaProxy = await signInOverHttp(playwright, baseURL!, `nobody.proxy.${Date.now()}@overstap.demo`, 'guess', {
      'x-forwarded-for': client,
    });
    expect(viaProxy.status).toBe(429);
  });

  test('a person at the login form is told to wait', async ({ page, playwright, baseURL }) => {
    const email = spareWorker(51, test.info().retry);
    for (let attempt = 1; attempt <= signInLimits.perAccount; attempt++) {
      const answer = await signInOverHttp(playwright, baseURL!, email, 'not-the-password', {
        'x-forwarded-for': '203.0.113.51',
      });
      expect(answer.status).not.toBe(429);
    }
    await login(page, email, 'not-the-password');
    const alert = page.getByRole('alert').filter({ hasText: 'Te veel inlogpogingen' });
    await expect(alert).toHaveText(/^Te veel inlogpogingen\. Probeer het na \d{2}:\d{2} opnieuw\.$/);
    await expect(page).toHaveURL(/\/login/);
  });
});
