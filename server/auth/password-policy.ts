import { z } from 'zod';

/**
 * What a new password must be (NIST SP 800-63B, OWASP ASVS): long enough to resist guessing,
 * not the account's own e-mail address, and otherwise the user's choice: no rules about kinds
 * of characters, which make passwords harder to remember and no harder to guess. Spaces and
 * any letters are fine; control characters and broken text (a lone surrogate) are refused
 * because they cannot be typed the same way twice.
 */
export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase, short enough that hashing it costs nothing extra. */
export const PASSWORD_MAX_LENGTH = 128;

const CONTROL_OR_BROKEN = /\p{Cc}|\p{Cs}/u;

/** A new password as it is typed: never trimmed or changed, what is hashed is exactly what was sent. */
export const newPassword = () =>
  z
    .string()
    .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
    .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`)
    .refine((p) => !CONTROL_OR_BROKEN.test(p), 'must not contain control characters or broken text');

/** Why `password` may not go with the account `email`, or null: it must not be the address or its name part. */
export function passwordProblemWithEmail(password: string, email: string): string | null {
  const typed = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  const name = address.split('@')[0] ?? '';
  return typed === address || typed === name ? 'must not be your e-mail address' : null;
}
