import { useTranslations } from 'next-intl';

/** Whether an account is enabled, or since when and why it is disabled. */
export function AccountStatus({ account }: { account: { disabledAt: Date | null; disabledReason: string | null } }) {
  const t = useTranslations('accounts');
  if (!account.disabledAt) return <span className="status-badge">{t('enabled')}</span>;
  return (
    <>
      <span className="status-badge status-badge-off">{t('disabledOn', { date: account.disabledAt })}</span>
      {account.disabledReason && (
        <span className="field-hint status-reason">{t('reason', { reason: account.disabledReason })}</span>
      )}
    </>
  );
}
