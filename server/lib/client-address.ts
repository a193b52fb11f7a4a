import { CLIENT_ADDRESS_HEADER } from './forwarded-headers.mjs';

/**
 * The header in which the app's own server (scripts/serve.mjs) hands the client's address to
 * the app: the socket's peer, or, behind a reverse proxy named by TRUST_PROXY, the address that
 * proxy saw. It removes any copy a client sends, so the value cannot be forged from outside.
 */
export { CLIENT_ADDRESS_HEADER };

/** The client's address, or null when the app runs without its own server (e.g. `next dev`). */
export function clientAddress(headers: Headers): string | null {
  return headers.get(CLIENT_ADDRESS_HEADER) || null;
}
