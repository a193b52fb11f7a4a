/**
 * The audit entries that enable and disable accounts. The reason for disabling lives only in
 * its audit entry (metadata.reason), so the account lists read it back from there.
 */
export const ACCOUNT_DISABLED = 'account.disabled';
export const ACCOUNT_ENABLED = 'account.enabled';

export type AccountAuditMetadata = {
  /** Why the account was disabled, in the words of whoever did it. */
  reason?: string;
  /** The account's role when it changed: kept even if the membership goes later. */
  role: string | null;
};
