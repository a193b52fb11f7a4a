/**
 * Where to go after signing in or out: a path on this site, or an absolute URL of this site;
 * anything else (another host, `javascript:`, a malformed URL) goes to the start page. Never
 * throws, so no callbackUrl can make an auth route fail.
 */
export function safeCallbackUrl(url: string, baseUrl: string): string {
  try {
    const base = new URL(baseUrl);
    // "//evil.example" and "/\evil.example" are protocol-relative in browsers: not a path of ours.
    if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\')) return new URL(url, base).toString();
    const target = new URL(url);
    return target.origin === base.origin ? target.toString() : base.toString();
  } catch {
    return baseUrl;
  }
}

/**
 * Would next-auth accept this as a callback URL (query parameter or cookie)? It refuses anything
 * else with a configuration error, a 500, and fails every session lookup while such a cookie
 * is sent; so such a value never reaches it (auth-request.ts, proxy.ts). Same test as
 * next-auth's own (next-auth/core/lib/assert.js): an http(s) URL, or a path.
 */
export function isAcceptableCallbackUrl(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url, url.startsWith('/') ? 'http://localhost' : undefined).protocol);
  } catch {
    return false;
  }
}

/** next-auth's callback-URL cookie, over HTTPS and over HTTP. */
const CALLBACK_COOKIE = /^(__Secure-)?next-auth\.callback-url$/;

/**
 * Removes a callback-URL cookie next-auth would refuse from a request's cookies, so that a
 * forged or damaged cookie cannot turn every page into a 500 (next-auth reissues a good one).
 */
export function dropUnacceptableCallbackCookies(cookies: {
  getAll(): { name: string; value: string }[];
  delete(name: string): unknown;
}): void {
  for (const { name, value } of cookies.getAll()) {
    if (CALLBACK_COOKIE.test(name) && value !== '' && !isAcceptableCallbackUrl(value)) cookies.delete(name);
  }
}
