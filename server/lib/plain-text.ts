import { z } from 'zod';

// Control characters (NUL, escapes, line breaks) and unpaired surrogates have no place in a
// one-line text a person typed; PostgreSQL would refuse some of them with an error instead.
const CONTROL = /\p{Cc}/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Format characters (zero-width, direction overrides) and spaces: text made only of these looks empty.
const INVISIBLE = /[\p{Cf}\p{Z}]/gu;

/** A trimmed, one-line text of at most `max` characters. */
export function oneLineText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((s) => !CONTROL.test(s), 'must not contain control characters or line breaks')
    .refine((s) => !LONE_SURROGATE.test(s), 'contains an invalid character');
}

/** A one-line text that says something: at least `min` visible characters. */
export function requiredOneLineText(min: number, max: number) {
  return oneLineText(max).refine(
    (s) => s.replace(INVISIBLE, '').length >= min,
    `needs at least ${min} visible characters`,
  );
}
