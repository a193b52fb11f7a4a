import { describe, expect, it } from 'vitest';
import { checkAuthRequest, MAX_AUTH_BODY_BYTES } from '~/server/auth/auth-request';

const base = 'http://overstap.test/api/auth';
const post = (path: string, type: string, body: string) =>
  new Request(`${base}${path}`, { method: 'POST', headers: { 'content-type': type }, body });

describe('auth requests next-auth would answer with a 500', () => {
  it('sends an error that is not a code to the login page, encoded', async () => {
    const check = await checkAuthRequest(
      new Request(`${base}/error?error=state%20cookie%0Amissing%E2%82%AC`),
      'error',
      undefined,
    );
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.response.status).toBe(302);
    expect(check.response.headers.get('location')).toBe('/login?error=state%20cookie%0Amissing%E2%82%AC');
    expect((await checkAuthRequest(new Request(`${base}/error/%E2%82%AC`), 'error', '€')).ok).toBe(false);
  });

  it('lets next-auth’s own error codes through', async () => {
    const check = await checkAuthRequest(new Request(`${base}/error?error=CredentialsSignin`), 'error', undefined);
    expect(check.ok).toBe(true);
  });

  it('refuses a callbackUrl next-auth would call a configuration error, any of them', async () => {
    for (const query of ['callbackUrl=javascript:alert(1)', 'callbackUrl=/ok&callbackUrl=http://%5B::1']) {
      const check = await checkAuthRequest(new Request(`${base}/session?${query}`), 'session', undefined);
      expect(check.ok ? 200 : check.response.status, query).toBe(400);
    }
    expect((await checkAuthRequest(new Request(`${base}/signin?callbackUrl=%2Fworker`), 'signin', undefined)).ok).toBe(
      true,
    );
  });

  it('reads the body as next-auth does, and refuses broken JSON and oversized bodies', async () => {
    const form = await checkAuthRequest(
      post('/callback/credentials', 'application/x-www-form-urlencoded', 'email=a%40b.nl&password=x'),
      'callback',
      'credentials',
    );
    expect(form).toEqual({ ok: true, body: { email: 'a@b.nl', password: 'x' } });
    const json = await checkAuthRequest(
      post('/callback/credentials', 'application/json; charset=utf-8', '{"email":"a@b.nl"}'),
      'callback',
      'credentials',
    );
    expect(json).toEqual({ ok: true, body: { email: 'a@b.nl' } });
    const broken = await checkAuthRequest(
      post('/callback/credentials', 'application/json', '{"email":'),
      'callback',
      'credentials',
    );
    expect(broken.ok ? 200 : broken.response.status).toBe(400);
    const huge = await checkAuthRequest(
      post('/callback/credentials', 'application/x-www-form-urlencoded', 'x'.repeat(MAX_AUTH_BODY_BYTES + 1)),
      'callback',
      'credentials',
    );
    expect(huge.ok ? 200 : huge.response.status).toBe(413);
  });

  it('leaves the request’s own body readable for next-auth', async () => {
    const req = post('/callback/credentials', 'application/x-www-form-urlencoded', 'email=a%40b.nl');
    await checkAuthRequest(req, 'callback', 'credentials');
    expect(await req.text()).toBe('email=a%40b.nl');
  });
});
