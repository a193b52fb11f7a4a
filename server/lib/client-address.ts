import { CLIENT_ADDRESS_HEADER, OWN_SERVER_ENV } from './forwarded-headers.mjs';

/**
 * The header in which the app's own server (scripts/serve.mjs) hands the client's address to
 * the app: the socket's peer, or, behind a reverse proxy named by TRUST_PROXY, the address that
 * proxy saw. It removes any copy a client sends, so the value cannot be forged from outside.
 */
export { CLIENT_ADDRESS_HEADER };

/**
 * The client's address, or null when the app runs without its own server (`next dev`, or a
 * bare `next start`): there the header would be whatever the client sent, so it is not read.
 */
export function clientAddress(headers: Headers): string | null {
  if (process.env[OWN_SERVER_ENV] !== '1') return null;
  return headers.get(CLIENT_ADDRESS_HEADER) || null;
}
