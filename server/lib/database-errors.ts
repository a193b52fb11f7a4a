import { DomainError } from './errors';

/**
 * A database refusal that can only come from the request's values (a reference to nothing, a
 * duplicate, a value out of range), as a DomainError with a message fit for the client. The
 * services check what they can first; this is the net under them, so such input is a clear
 * 4xx and never a 500. Anything else returns null and stays an internal error.
 */
const byCode: Record<string, DomainError> = {
  '23503': new DomainError('invalid', 'Something this refers to does not exist.'),
  '23505': new DomainError('conflict', 'This already exists.'),
  '23514': new DomainError('invalid', 'A value is outside what is allowed.'),
  '23502': new DomainError('invalid', 'A required value is missing.'),
  '22001': new DomainError('invalid', 'A text is too long.'),
  '22003': new DomainError('invalid', 'A number is out of range.'),
  '22007': new DomainError('invalid', 'A date or time is not valid.'),
  '22008': new DomainError('invalid', 'A date or time is out of range.'),
  '22021': new DomainError('invalid', 'A text contains characters that cannot be stored.'),
  '22P02': new DomainError('invalid', 'A value has the wrong format.'),
  '22P05': new DomainError('invalid', 'A text contains characters that cannot be stored.'),
  '54000': new DomainError('invalid', 'A value is too large.'),
  '40001': new DomainError('conflict', 'Someone else changed this at the same time; please try again.'),
  '40P01': new DomainError('conflict', 'Someone else changed this at the same time; please try again.'),
};

/** What the client reads when this net caught a refusal: tests assert that valid-looking input never gets this far. */
export const databaseRefusalMessages: ReadonlySet<string> = new Set(Object.values(byCode).map((e) => e.message));

/** The SQLSTATE of a database error, wherever it sits in the cause chain (drizzle wraps the driver's error). */
export function sqlStateOf(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

export function domainErrorOfDatabaseError(error: unknown): DomainError | null {
  const state = sqlStateOf(error);
  return state ? (byCode[state] ?? null) : null;
}
