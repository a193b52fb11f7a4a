/**
 * The error codes a sign-in can end with besides next-auth's own, shared by the server and the
 * login form (so no server code here).
 */
/** "TooManyAttempts:<seconds until a new attempt is allowed>". */
export const TOO_MANY_ATTEMPTS = 'TooManyAttempts';
/** A correct password for a disabled account. */
export const ACCOUNT_DISABLED = 'AccountDisabled';
