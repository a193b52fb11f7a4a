import { format, formatDate, type Locale } from '~/i18n/config';
import type { Messages } from '~/i18n/messages/nl';

/** Whether an account is enabled, or since when and why it is disabled. */
export function AccountStatus({
  account,
  locale,
  t,
}: {
  account: { disabledAt: Date | null; disabledReason: string | null };
  locale: Locale;
  t: Messages;
}) {
  const a = t.accounts;
  if (!account.disabledAt) return <span className="status-badge">{a.enabled}</span>;
  return (
    <>
      <span className="status-badge status-badge-off">
        {format(a.disabledOn, { date: formatDate(locale, account.disabledAt.toISOString()) })}
      </span>
      {account.disabledReason && (
        <span className="field-hint status-reason">{format(a.reason, { reason: account.disabledReason })}</span>
      )}
    </>
  );
}
