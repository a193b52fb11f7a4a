/**
 * Domain errors thrown by services. They know nothing of HTTP or tRPC; the tRPC layer maps
 * them to status codes (404, 403, 409, 400, 429).
 */
export class DomainError extends Error {
  constructor(
    readonly kind: 'not_found' | 'forbidden' | 'conflict' | 'invalid' | 'too_many_attempts',
    message: string,
    /** The input field the error is about, when there is one: a form shows the message at that field. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} not found.`);
export const forbidden = (message: string) => new DomainError('forbidden', message);
export const conflict = (message: string, field?: string) => new DomainError('conflict', message, field);
export const invalid = (message: string, field?: string) => new DomainError('invalid', message, field);

/** Too many attempts from one caller (an address registering firm after firm): try again after a while. */
export class TooManyAttempts extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('too_many_attempts', message);
  }
}
