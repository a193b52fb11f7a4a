import type { inferRouterOutputs } from '@trpc/server';
import { useTranslations } from 'next-intl';
import { AccountStatus } from '~/app/_components/account-status';
import { AccountStatusControl } from '~/app/_components/account-status-control';
import { DataTable } from '~/app/_components/data-table';
import type { AppRouter } from '~/server/api/root';

type AccountRow = inferRouterOutputs<AppRouter>['account']['list']['rows'][number];

/** Accounts of every role and region, each with its state and what the admin may do with it. */
export function AccountsTable({ accounts }: { accounts: AccountRow[] }) {
  const t = useTranslations('admin');
  const roles = useTranslations('roles');
  return (
    <DataTable
      caption={t('accounts')}
      rows={accounts}
      rowKey={(a) => a.id}
      empty={t('noAccounts')}
      columns={[
        { key: 'name', header: t('accountColumns.name'), rowHeader: true, cell: (a) => a.name },
        { key: 'email', header: t('accountColumns.email'), cell: (a) => a.email },
        { key: 'role', header: t('accountColumns.role'), cell: (a) => (a.role ? roles(a.role) : '—') },
        { key: 'organisation', header: t('accountColumns.organisation'), cell: (a) => a.organisationName ?? '—' },
        { key: 'region', header: t('accountColumns.region'), cell: (a) => a.regionName ?? '—' },
        { key: 'status', header: t('accountColumns.status'), cell: (a) => <AccountStatus account={a} /> },
        {
          key: 'action',
          header: t('accountColumns.action'),
          cell: (a) =>
            a.isSelf ? (
              <span className="field-hint">{t('ownAccount')}</span>
            ) : (
              <AccountStatusControl
                manager="admin"
                account={{ id: a.id, name: a.name, disabled: a.disabledAt !== null }}
              />
            ),
        },
      ]}
    />
  );
}
