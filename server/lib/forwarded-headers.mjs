// Plain JavaScript: run by the app's own server (scripts/serve.mjs) before Next.js sees a
// request, and imported by the app for the header's name, so the two always agree.
import { isIP } from 'node:net';
import proxyaddr from 'proxy-addr';

/** Where the app's server hands the client's address to the app (see server/lib/client-address.ts). */
export const CLIENT_ADDRESS_HEADER = 'x-overstap-client-address';
/**
 * Set in the environment by the app's server, which runs Next.js in its own process: only then
 * has CLIENT_ADDRESS_HEADER been made true. Under `next start` or `next dev` it is a client's word.
 */
export const OWN_SERVER_ENV = 'OVERSTAP_OWN_SERVER';

// A host name, IPv4 address or bracketed IPv6 address, with an optional port: nothing that
// could turn into a path, credentials or a second URL once the app builds an origin from it.
const HOST =
  /^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * Is `host` (a Host or X-Forwarded-Host value) a well-formed host[:port]?
 * @param {unknown} host
 */
export function isValidHost(host) {
  if (typeof host !== 'string' || host.length > 260 || !HOST.test(host)) return false;
  const port = /:(\d+)$/.exec(host)?.[1];
  return port === undefined || Number(port) <= 65535;
}

/**
 * The first entry of a header that may hold a comma-separated list (what the outermost proxy
 * wrote, as Express reads it).
 * @param {string | string[] | undefined} header
 */
function firstEntry(header) {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(',')[0]?.trim() || undefined;
}

/**
 * `::ffff:127.0.0.1` and `127.0.0.1` are one client: count them under one address.
 * @param {string} address
 */
function plainAddress(address) {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/**
 * Makes a request's forwarding headers true before the app reads them: the client's address in
 * CLIENT_ADDRESS_HEADER, and one X-Forwarded-For/-Host/-Proto each that Next.js and next-auth
 * use as they are. Without a trusted proxy in front every such header is a client's claim and
 * is replaced; behind one, its X-Forwarded-* headers are read (only when the socket's peer is
 * that proxy) and checked.
 * @param {{ headers: import('node:http').IncomingHttpHeaders, socket: { remoteAddress?: string, encrypted?: boolean } }} req
 * @param {import('./trust-proxy.mjs').ProxyTrust} trust
 * @returns {boolean} false when the request names no well-formed host (answer it with 400)
 */
export function rewriteForwardedHeaders(req, trust) {
  const { headers } = req;
  const peer = req.socket.remoteAddress ?? '';
  const viaProxy = peer !== '' && trust(peer, 0);

  const claimed = proxyaddr(req, trust);
  const address = plainAddress(viaProxy && isIP(claimed) ? claimed : peer);
  const ownProto = req.socket.encrypted ? 'https' : 'http';
  const forwardedProto = viaProxy ? firstEntry(headers['x-forwarded-proto'])?.toLowerCase() : undefined;
  const proto = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : ownProto;
  const host = (viaProxy ? firstEntry(headers['x-forwarded-host']) : undefined) ?? headers.host;
  const port = viaProxy ? firstEntry(headers['x-forwarded-port']) : undefined;

  for (const name of Object.keys(headers)) {
    if (name.startsWith('x-forwarded-') || name === 'x-real-ip' || name === CLIENT_ADDRESS_HEADER) delete headers[name];
  }
  if (!viaProxy) delete headers.forwarded;
  if (!isValidHost(host) || !isValidHost(headers.host)) return false;

  headers['x-forwarded-for'] = address;
  headers['x-forwarded-host'] = host;
  headers['x-forwarded-proto'] = proto;
  if (port && /^\d{1,5}$/.test(port)) headers['x-forwarded-port'] = port;
  if (address) headers[CLIENT_ADDRESS_HEADER] = address;
  return true;
}
