import type { inferRouterOutputs } from '@trpc/server';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { DataTable } from '~/app/_components/data-table';
import type { AppRouter } from '~/server/api/root';

type OrganisationRow = inferRouterOutputs<AppRouter>['organisation']['listForRegion'][number];

/** The region's employers, awaiting approval first; each leads to its HR accounts. */
export function EmployersTable({ organisations }: { organisations: OrganisationRow[] }) {
  const t = useTranslations();
  return (
    <DataTable
      caption={t('coordinator.employers')}
      rows={organisations}
      rowKey={(o) => o.id}
      empty={t('coordinator.noEmployers')}
      columns={[
        {
          key: 'name',
          header: t('coordinator.columns.name'),
          rowHeader: true,
          cell: (o) => <Link href={`/coordinator/employers/${o.id}`}>{o.name}</Link>,
        },
        {
          key: 'sector',
          header: t('coordinator.columns.sector'),
          cell: (o) => (t.has(`enums.sector.${o.sector}`) ? t(`enums.sector.${o.sector}`) : o.sector),
        },
        { key: 'city', header: t('coordinator.columns.city'), cell: (o) => o.city },
        {
          key: 'size',
          header: t('coordinator.columns.size'),
          // A firm that registered itself gave its size band, not a head count.
          cell: (o) => o.employeeCount ?? t(`enums.sizeBand.${o.sizeBand}`),
        },
        {
          key: 'approval',
          header: t('coordinator.columns.approval'),
          cell: (o) => t(`enums.approval.${o.approvalStatus}`),
        },
      ]}
    />
  );
}
