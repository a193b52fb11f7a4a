import type { inferRouterOutputs } from '@trpc/server';
import { AccountStatus } from '~/app/_components/account-status';
import { AccountStatusControl } from '~/app/_components/account-status-control';
import { DataTable } from '~/app/_components/data-table';
import type { Locale } from '~/i18n/config';
import type { Messages } from '~/i18n/messages/nl';
import type { AppRouter } from '~/server/api/root';

type AccountRow = inferRouterOutputs<AppRouter>['account']['list']['rows'][number];

/** Accounts of every role and region, each with its state and what the admin may do with it. */
export function AccountsTable({ accounts, locale, t }: { accounts: AccountRow[]; locale: Locale; t: Messages }) {
  const c = t.admin.accountColumns;
  return (
    <DataTable
      caption={t.admin.accounts}
      rows={accounts}
      rowKey={(a) => a.id}
      empty={t.admin.noAccounts}
      columns={[
        { key: 'name', header: c.name, rowHeader: true, cell: (a) => a.name },
        { key: 'email', header: c.email, cell: (a) => a.email },
        { key: 'role', header: c.role, cell: (a) => (a.role ? t.roles[a.role] : '—') },
        { key: 'organisation', header: c.organisation, cell: (a) => a.organisationName ?? '—' },
        { key: 'region', header: c.region, cell: (a) => a.regionName ?? '—' },
        { key: 'status', header: c.status, cell: (a) => <AccountStatus account={a} locale={locale} t={t} /> },
        {
          key: 'action',
          header: c.action,
          cell: (a) =>
            a.isSelf ? (
              <span className="field-hint">{t.admin.ownAccount}</span>
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
