/**
 * The security headers every answer carries (set by proxy.ts). The Content-Security-Policy
 * allows only this origin and, for scripts and style elements, those carrying the request's
 * nonce: Next.js reads the nonce from the policy and puts it on its own scripts (see Next's
 * Content Security Policy guide).
 */
export interface SecurityContext {
  /** A fresh, unguessable value for this request only. */
  nonce: string;
  /** Served over HTTPS (directly, or by a trusted proxy): only then HSTS and upgrades. */
  https: boolean;
  /** `next dev`: React's dev tooling needs eval and injects style elements without the nonce. */
  dev: boolean;
}

export function contentSecurityPolicy({ nonce, https, dev }: SecurityContext): string {
  const directives = [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    // A nonce makes browsers ignore 'unsafe-inline', so dev gets the one without the other.
    dev ? `style-src 'self' 'unsafe-inline'` : `style-src 'self' 'nonce-${nonce}'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** Features the app never uses, so a page of it (or anything injected into one) cannot ask for them. */
const permissionsPolicy = [
  'accelerometer',
  'camera',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'payment',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

export function securityHeaders(context: SecurityContext): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(context),
    // For browsers without CSP frame-ancestors: no portal may be framed (e.g. the consent form).
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': permissionsPolicy,
    'cross-origin-opener-policy': 'same-origin',
    // Over plain HTTP a browser ignores HSTS, and sending it would only confuse a test of it.
    ...(context.https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}
