import type { inferRouterOutputs } from '@trpc/server';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { DataTable } from '~/app/_components/data-table';
import { calendarDate } from '~/i18n/config';
import type { AppRouter } from '~/server/api/root';

type AnnouncementRow = inferRouterOutputs<AppRouter>['redundancy']['listMine'][number];

/** The firm's redundancy announcements (one page of them), each linking to its own page. */
export function AnnouncementTable({ announcements }: { announcements: AnnouncementRow[] }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <DataTable
      caption={t('employer.redundancies')}
      rows={announcements}
      rowKey={(a) => a.id}
      empty={t('employer.noRedundancies')}
      columns={[
        {
          key: 'title',
          header: t('employer.columns.title'),
          rowHeader: true,
          cell: (a) => (
            <>
              <Link href={`/employer/announcements/${a.id}`}>{a.title}</Link>
              <ul className="inline-list">
                {a.roles.map((role) => (
                  <li key={`${role.occupationId}|${role.title}`}>
                    {t('announcements.roleCount', { count: role.count, role: role.title })}
                  </li>
                ))}
              </ul>
            </>
          ),
        },
        {
          key: 'expected',
          header: t('employer.columns.expectedDate'),
          cell: (a) => format.dateTime(calendarDate(a.expectedDate), 'medium'),
        },
        { key: 'reason', header: t('employer.columns.reason'), cell: (a) => t(`enums.reason.${a.reason}`) },
        { key: 'affected', header: t('employer.columns.affected'), cell: (a) => format.number(a.affectedCount) },
        {
          key: 'registered',
          header: t('employer.columns.registered'),
          cell: (a) => format.number(a.registeredWorkers),
        },
        {
          key: 'status',
          header: t('employer.columns.status'),
          cell: (a) => (
            <span className={a.status === 'cancelled' ? 'status-badge status-badge-off' : 'status-badge'}>
              {t(`enums.redundancyStatus.${a.status}`)}
            </span>
          ),
        },
      ]}
    />
  );
}
