// Plain JavaScript: read by the app's own server (scripts/serve.mjs, run by Node without a
// compiler) and by server/env.ts, so both accept exactly the same TRUST_PROXY values.
import proxyaddr from 'proxy-addr';

/**
 * Which peers are reverse proxies whose X-Forwarded-* headers the app believes: `address` is a
 * peer's address, `hop` 0 for the socket's peer, 1 for the last address in X-Forwarded-For, …
 * @typedef {(address: string, hop: number) => boolean} ProxyTrust
 */

/** @type {ProxyTrust} */
const trustNobody = () => false;

/**
 * Reads the TRUST_PROXY setting (the semantics of Express's "trust proxy", minus `true`):
 * - unset, empty, `0` or `false`: no proxy; the client is the socket's peer and any
 *   X-Forwarded-* or Forwarded header is a client's claim and removed;
 * - a number N: N proxies in front of the app; the client is the address the outermost one saw;
 * - a comma-separated list of addresses and subnets (`10.0.0.0/8`, `::1`) or the names
 *   `loopback`, `linklocal`, `uniquelocal`: only peers in that list are proxies.
 * `true` (trust every peer) is refused: it would let any client choose its own address.
 * @param {string | undefined} value
 * @returns {ProxyTrust}
 * @throws {Error} with a message for a person when the value is none of these
 */
export function parseTrustProxy(value) {
  const setting = (value ?? '').trim();
  if (setting === '' || setting === '0' || setting.toLowerCase() === 'false') return trustNobody;
  if (/^\d+$/.test(setting)) {
    const hops = Number(setting);
    return (_address, hop) => hop < hops;
  }
  if (setting.toLowerCase() === 'true') {
    throw new Error(
      'TRUST_PROXY=true would let any client choose its address: give the number of proxies or their addresses',
    );
  }
  try {
    return proxyaddr.compile(setting.split(',').map((entry) => entry.trim()));
  } catch (error) {
    throw new Error(
      `TRUST_PROXY must be a number of proxies or a list of proxy addresses/subnets (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}
