import type { inferRouterOutputs } from '@trpc/server';
import Link from 'next/link';
import { DataTable } from '~/app/_components/data-table';
import type { Messages } from '~/i18n/messages/nl';
import type { AppRouter } from '~/server/api/root';

type OrganisationRow = inferRouterOutputs<AppRouter>['organisation']['listForRegion'][number];

/** The region's employers, awaiting approval first; each leads to its HR accounts. */
export function EmployersTable({ organisations, t }: { organisations: OrganisationRow[]; t: Messages }) {
  const c = t.coordinator.columns;
  return (
    <DataTable
      caption={t.coordinator.employers}
      rows={organisations}
      rowKey={(o) => o.id}
      empty={t.coordinator.noEmployers}
      columns={[
        {
          key: 'name',
          header: c.name,
          rowHeader: true,
          cell: (o) => <Link href={`/coordinator/employers/${o.id}`}>{o.name}</Link>,
        },
        { key: 'sector', header: c.sector, cell: (o) => t.enums.sector[o.sector] ?? o.sector },
        { key: 'city', header: c.city, cell: (o) => o.city },
        { key: 'size', header: c.size, cell: (o) => o.employeeCount },
        { key: 'approval', header: c.approval, cell: (o) => t.enums.approval[o.approvalStatus] },
      ]}
    />
  );
}
