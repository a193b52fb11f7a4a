import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '~/server/http/security-headers';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d] as const));

describe('security headers', () => {
  it('allow scripts and style elements only from this origin with the request’s nonce', () => {
    const csp = directives(contentSecurityPolicy({ nonce: 'abc123', https: false, dev: false }));
    expect(csp.get('script-src')).toBe(`script-src 'self' 'nonce-abc123' 'strict-dynamic'`);
    expect(csp.get('style-src')).toBe(`style-src 'self' 'nonce-abc123'`);
    expect(csp.get('frame-ancestors')).toBe(`frame-ancestors 'none'`);
    expect(csp.get('object-src')).toBe(`object-src 'none'`);
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
    expect([...csp.values()].join(' ')).not.toMatch(/unsafe/);
  });

  it('loosen only what next dev needs', () => {
    const csp = directives(contentSecurityPolicy({ nonce: 'abc123', https: false, dev: true }));
    expect(csp.get('script-src')).toContain(`'unsafe-eval'`);
    expect(csp.get('style-src')).toBe(`style-src 'self' 'unsafe-inline'`);
  });

  it('send HSTS and upgrade requests only over HTTPS', () => {
    expect(securityHeaders({ nonce: 'n', https: false, dev: false })).not.toHaveProperty('strict-transport-security');
    const https = securityHeaders({ nonce: 'n', https: true, dev: false });
    expect(https['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
    expect(https['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  it('forbid framing, sniffing and unused browser features', () => {
    const headers = securityHeaders({ nonce: 'n', https: false, dev: false });
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
  });
});
