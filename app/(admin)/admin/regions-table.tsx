import Link from 'next/link';
import type { inferRouterOutputs } from '@trpc/server';
import { DataTable } from '~/app/_components/data-table';
import { format } from '~/i18n/config';
import type { Messages } from '~/i18n/messages/nl';
import type { AppRouter } from '~/server/api/root';

type RegionRow = inferRouterOutputs<AppRouter>['region']['list']['rows'][number];

/** Every region's size at a glance and who coordinates it, with a way to their accounts. */
export function RegionsTable({ regions, t }: { regions: RegionRow[]; t: Messages }) {
  const c = t.admin.regionColumns;
  return (
    <DataTable
      caption={t.admin.regions}
      rows={regions}
      rowKey={(r) => r.id}
      empty={t.admin.noRegions}
      columns={[
        { key: 'name', header: c.name, rowHeader: true, cell: (r) => r.name },
        { key: 'employers', header: c.employers, cell: (r) => r.employers },
        { key: 'at-risk', header: c.atRiskWorkers, cell: (r) => r.atRiskWorkers },
        { key: 'vacancies', header: c.openVacancies, cell: (r) => r.openVacancies },
        {
          key: 'coordinators',
          header: c.coordinators,
          cell: (r) => (
            <>
              {r.coordinators.length === 0 ? (
                <span className="field-hint">{t.admin.noCoordinators}</span>
              ) : (
                <ul className="plain-list">
                  {r.coordinators.map((coordinator) => (
                    <li key={coordinator.id}>
                      {coordinator.name}
                      {coordinator.disabledAt && ` (${t.accounts.disabled.toLowerCase()})`}
                      <span className="field-hint"> {coordinator.email}</span>
                    </li>
                  ))}
                </ul>
              )}
              <Link href={`/admin?region=${r.id}#accounts`}>{format(t.admin.regionAccounts, { region: r.name })}</Link>
            </>
          ),
        },
      ]}
    />
  );
}
