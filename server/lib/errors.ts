/**
 * Domain errors thrown by services. They know nothing of HTTP or tRPC; the tRPC layer maps
 * them to status codes (404, 403, 409, 400).
 */
export class DomainError extends Error {
  constructor(
    readonly kind: 'not_found' | 'forbidden' | 'conflict' | 'invalid',
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
export const conflict = (message: string) => new DomainError('conflict', message);
export const invalid = (message: string, field?: string) => new DomainError('invalid', message, field);
