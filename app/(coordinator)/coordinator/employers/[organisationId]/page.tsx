import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { AccountStatus } from '~/app/_components/account-status';
import { AccountStatusControl } from '~/app/_components/account-status-control';
import { DataTable } from '~/app/_components/data-table';
import { Pagination } from '~/app/_components/pagination';
import { orNotFound } from '~/app/_lib/or-not-found';
import { pageParam } from '~/app/_lib/page-param';
import { requireRole } from '~/app/_lib/require-role';
import { serverApi } from '~/trpc/server';

export const metadata: Metadata = { title: 'Werkgever / Employer' };

const params = z.object({ page: pageParam });

/**
 * One employer of the coordinator's region and the HR accounts that act for it, which the
 * coordinator can disable and enable. Another region's employer is a 404, like a missing one.
 */
export default async function CoordinatorEmployer({
  params: route,
  searchParams,
}: {
  params: Promise<{ organisationId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole('coordinator');
  const [{ organisationId }, { page }] = await Promise.all([route, searchParams.then((p) => params.parse(p))]);
  const api = await serverApi();
  const [t, { organisation, accounts }] = await Promise.all([
    getTranslations(),
    orNotFound(api.employerAccount.listForEmployer({ organisationId, page })),
  ]);
  return (
    <>
      <p>
        <Link href="/coordinator">← {t('employerAccounts.back')}</Link>
      </p>
      <h1>{organisation.name}</h1>
      <dl className="facts">
        <dt>{t('coordinator.columns.sector')}</dt>
        <dd>
          {t.has(`enums.sector.${organisation.sector}`)
            ? t(`enums.sector.${organisation.sector}`)
            : organisation.sector}
        </dd>
        <dt>{t('coordinator.columns.city')}</dt>
        <dd>{organisation.city}</dd>
        <dt>{t('coordinator.columns.approval')}</dt>
        <dd>{t(`enums.approval.${organisation.approvalStatus}`)}</dd>
      </dl>
      <section aria-labelledby="hr-accounts-title">
        <h2 id="hr-accounts-title">{t('employerAccounts.accounts')}</h2>
        <p>{t('employerAccounts.intro')}</p>
        <DataTable
          caption={t('employerAccounts.accounts')}
          rows={accounts.rows}
          rowKey={(a) => a.id}
          empty={t('employerAccounts.none')}
          columns={[
            { key: 'name', header: t('employerAccounts.columns.name'), rowHeader: true, cell: (a) => a.name },
            { key: 'email', header: t('employerAccounts.columns.email'), cell: (a) => a.email },
            {
              key: 'status',
              header: t('employerAccounts.columns.status'),
              cell: (a) => <AccountStatus account={a} />,
            },
            {
              key: 'action',
              header: t('employerAccounts.columns.action'),
              cell: (a) => (
                <AccountStatusControl
                  manager="coordinator"
                  account={{ id: a.id, name: a.name, disabled: a.disabledAt !== null }}
                />
              ),
            },
          ]}
        />
        <Pagination
          label={t('employerAccounts.accounts')}
          page={accounts.page}
          pageSize={accounts.pageSize}
          total={accounts.total}
          path={`/coordinator/employers/${organisation.id}`}
          params={{}}
        />
      </section>
    </>
  );
}
