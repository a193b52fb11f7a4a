import Link from 'next/link';
import type { inferRouterOutputs } from '@trpc/server';
import { useTranslations } from 'next-intl';
import { DataTable } from '~/app/_components/data-table';
import type { AppRouter } from '~/server/api/root';

type RegionRow = inferRouterOutputs<AppRouter>['region']['list']['rows'][number];

/** Every region's size at a glance and who coordinates it, with a way to their accounts. */
export function RegionsTable({ regions }: { regions: RegionRow[] }) {
  const t = useTranslations();
  return (
    <DataTable
      caption={t('admin.regions')}
      rows={regions}
      rowKey={(r) => r.id}
      empty={t('admin.noRegions')}
      columns={[
        { key: 'name', header: t('admin.regionColumns.name'), rowHeader: true, cell: (r) => r.name },
        { key: 'employers', header: t('admin.regionColumns.employers'), cell: (r) => r.employers },
        { key: 'at-risk', header: t('admin.regionColumns.atRiskWorkers'), cell: (r) => r.atRiskWorkers },
        { key: 'vacancies', header: t('admin.regionColumns.openVacancies'), cell: (r) => r.openVacancies },
        {
          key: 'coordinators',
          header: t('admin.regionColumns.coordinators'),
          cell: (r) => (
            <>
              {r.coordinators.length === 0 ? (
                <span className="field-hint">{t('admin.noCoordinators')}</span>
              ) : (
                <ul className="plain-list">
                  {r.coordinators.map((coordinator) => (
                    <li key={coordinator.id}>
                      {coordinator.name}
                      {coordinator.disabledAt && ` (${t('accounts.disabled').toLowerCase()})`}
                      <span className="field-hint"> {coordinator.email}</span>
                    </li>
                  ))}
                </ul>
              )}
              <Link href={`/admin?region=${r.id}#accounts`}>{t('admin.regionAccounts', { region: r.name })}</Link>
            </>
          ),
        },
      ]}
    />
  );
}
