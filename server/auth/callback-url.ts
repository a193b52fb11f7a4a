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
