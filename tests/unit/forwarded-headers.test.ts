import type { IncomingHttpHeaders } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER, clientAddress } from '~/server/lib/client-address';
import { isValidHost, OWN_SERVER_ENV, rewriteForwardedHeaders } from '~/server/lib/forwarded-headers.mjs';
import { parseTrustProxy } from '~/server/lib/trust-proxy.mjs';

function request(peer: string, headers: IncomingHttpHeaders, encrypted = false) {
  const all: Record<string, string | string[] | undefined> = { host: 'overstap.example', ...headers };
  return { headers: all, socket: { remoteAddress: peer, encrypted } };
}

const forged = {
  'x-forwarded-for': '203.0.113.66',
  'x-forwarded-host': 'evil.example',
  'x-forwarded-proto': 'https',
  'x-forwarded-port': '443',
  'x-real-ip': '203.0.113.67',
  forwarded: 'for=203.0.113.68;proto=https',
  [CLIENT_ADDRESS_HEADER]: '203.0.113.69',
};

describe('TRUST_PROXY', () => {
  it('trusts nobody when unset, empty, 0 or false', () => {
    for (const value of [undefined, '', '0', 'false', ' FALSE '])
      expect(parseTrustProxy(value)('127.0.0.1', 0)).toBe(false);
  });

  it('reads a number as that many proxies in front of the app', () => {
    const trust = parseTrustProxy('2');
    expect([0, 1, 2].map((hop) => trust('10.0.0.1', hop))).toEqual([true, true, false]);
  });

  it('reads a list of addresses, subnets and range names', () => {
    const trust = parseTrustProxy('10.0.0.0/8, loopback');
    expect(trust('10.1.2.3', 0)).toBe(true);
    expect(trust('127.0.0.1', 0)).toBe(true);
    expect(trust('::1', 0)).toBe(true);
    expect(trust('192.168.1.1', 0)).toBe(false);
  });

  it('refuses true and anything that is not an address, naming the setting', () => {
    expect(() => parseTrustProxy('true')).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy('proxy.example')).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy('10.0.0.0/99')).toThrow(/TRUST_PROXY/);
  });
});

describe('the forwarding headers the app sees', () => {
  it('without a trusted proxy: the socket peer, whatever the client claims', () => {
    const req = request('198.51.100.7', forged);
    expect(rewriteForwardedHeaders(req, parseTrustProxy(undefined))).toBe(true);
    expect(req.headers).toEqual({
      host: 'overstap.example',
      'x-forwarded-for': '198.51.100.7',
      'x-forwarded-host': 'overstap.example',
      'x-forwarded-proto': 'http',
      [CLIENT_ADDRESS_HEADER]: '198.51.100.7',
    });
  });

  it('a client that is not the trusted proxy is treated as if there were none', () => {
    const req = request('198.51.100.7', forged);
    rewriteForwardedHeaders(req, parseTrustProxy('10.0.0.1'));
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe('198.51.100.7');
    expect(req.headers['x-forwarded-proto']).toBe('http');
    expect(req.headers['x-forwarded-host']).toBe('overstap.example');
    expect(req.headers.forwarded).toBeUndefined();
  });

  it('behind a trusted proxy: the address it recorded, and its protocol and host', () => {
    const req = request('10.0.0.1', {
      'x-forwarded-for': '203.0.113.66, 198.51.100.7',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'overstap.regio.nl',
      [CLIENT_ADDRESS_HEADER]: '203.0.113.69',
    });
    expect(rewriteForwardedHeaders(req, parseTrustProxy('1'))).toBe(true);
    // The client prepended 203.0.113.66 itself; the proxy appended the address it saw.
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe('198.51.100.7');
    expect(req.headers['x-forwarded-for']).toBe('198.51.100.7');
    expect(req.headers['x-forwarded-proto']).toBe('https');
    expect(req.headers['x-forwarded-host']).toBe('overstap.regio.nl');
  });

  it('counts each trusted hop', () => {
    const req = request('10.0.0.2', { 'x-forwarded-for': '203.0.113.66, 198.51.100.7, 10.0.0.1' });
    rewriteForwardedHeaders(req, parseTrustProxy('2'));
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe('198.51.100.7');
  });

  it('a trusted proxy that forwards nothing: its own peer, with the Host header', () => {
    const req = request('::ffff:127.0.0.1', {});
    rewriteForwardedHeaders(req, parseTrustProxy('loopback'));
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe('127.0.0.1'); // one client, one address form
    expect(req.headers['x-forwarded-proto']).toBe('http');
    expect(req.headers['x-forwarded-host']).toBe('overstap.example');
  });

  it('ignores a protocol other than http or https and a forwarded address that is not one', () => {
    const req = request('10.0.0.1', { 'x-forwarded-proto': 'javascript', 'x-forwarded-for': 'not-an-address' });
    rewriteForwardedHeaders(req, parseTrustProxy('10.0.0.1'));
    expect(req.headers['x-forwarded-proto']).toBe('http');
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe('10.0.0.1');
  });

  it('TLS on the socket itself is HTTPS', () => {
    const req = request('198.51.100.7', {}, true);
    rewriteForwardedHeaders(req, parseTrustProxy(undefined));
    expect(req.headers['x-forwarded-proto']).toBe('https');
  });

  it('refuses a malformed Host or forwarded host', () => {
    for (const host of [
      'evil.example/path',
      'a b',
      'user@evil.example',
      'evil.example:99999999',
      'evil.example:65536',
      '',
      'x'.repeat(300),
    ]) {
      expect(rewriteForwardedHeaders(request('198.51.100.7', { host }), parseTrustProxy(undefined)), host).toBe(false);
    }
    const proxied = request('10.0.0.1', { 'x-forwarded-host': 'evil.example/x' });
    expect(rewriteForwardedHeaders(proxied, parseTrustProxy('10.0.0.1'))).toBe(false);
  });

  it('accepts the hosts people use', () => {
    for (const host of ['localhost:3000', '127.0.0.1:3201', '[::1]:3000', 'overstap.regio.nl', 'app_1.internal']) {
      expect(isValidHost(host), host).toBe(true);
    }
  });
});

describe('the client address the app reads', () => {
  afterEach(() => {
    delete process.env[OWN_SERVER_ENV];
  });

  it('is the header the app’s own server set', () => {
    process.env[OWN_SERVER_ENV] = '1';
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: '198.51.100.7' }))).toBe('198.51.100.7');
  });

  it('is unknown without that server (next dev, a bare next start), where a client could send the header', () => {
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: '198.51.100.7' }))).toBeNull();
  });
});
