import { createHash, randomBytes } from 'node:crypto';

/**
 * Secrets that travel in a link (invitations): 32 random bytes, URL-safe. Only the hash is
 * stored, so a copy of the database holds no usable link.
 */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashLinkToken(token) };
}

export const hashLinkToken = (token: string): string => sha256(token);

/** SHA-256, URL-safe base64: how secrets that must be recognised but not kept are stored. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}
