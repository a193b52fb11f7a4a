import type { inferRouterOutputs } from '@trpc/server';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { DataTable } from '~/app/_components/data-table';
import { calendarDate } from '~/i18n/config';
import type { AppRouter } from '~/server/api/root';

export type CaseloadRow = inferRouterOutputs<AppRouter>['coordination']['caseload']['rows'][number];

/** Days left, or how long ago the window ended. */
export function DaysLeft({ days }: { days: number }) {
  const t = useTranslations('coordinatorTools.caseload');
  return days < 0 ? <strong>{t('passedBy', { days: -days })}</strong> : <>{t('daysLeft', { days })}</>;
}

/** The next action and its day, marked when overdue; a review says what to suggest. */
export function NextAction({ row }: { row: CaseloadRow }) {
  const t = useTranslations('coordinatorTools.caseload');
  const format = useFormatter();
  if (!row.nextAction || !row.nextDue) return <>{t('noAction')}</>;
  return (
    <>
      {t(`actions.${row.nextAction}`)}
      <span className={row.overdue ? 'cell-detail error' : 'cell-detail'}>
        {t('dueOn', { date: format.dateTime(calendarDate(row.nextDue), 'medium') })}
        {row.overdue && <> · {t('overdue')}</>}
      </span>
      {row.nextAction === 'review' && <span className="cell-detail">{t('reviewHint', { km: row.maxCommuteKm })}</span>}
    </>
  );
}

export function CaseloadTable({ rows }: { rows: CaseloadRow[] }) {
  const t = useTranslations('coordinatorTools');
  const format = useFormatter();
  const date = (iso: string) => <span className="nowrap">{format.dateTime(calendarDate(iso), 'medium')}</span>;
  return (
    <DataTable
      caption={t('caseload.title')}
      rows={rows}
      rowKey={(r) => r.workerId}
      empty={t('caseload.empty')}
      columns={[
        {
          key: 'name',
          header: t('caseload.columns.name'),
          rowHeader: true,
          cell: (r) => (
            <>
              <Link href={`/coordinator/caseload/${r.workerId}`}>{r.name}</Link>
              {r.organisation && <span className="cell-detail">{r.organisation}</span>}
            </>
          ),
        },
        { key: 'status', header: t('caseload.columns.status'), cell: (r) => t(`status.${r.status}`) },
        {
          key: 'deadline',
          header: t('caseload.columns.guidanceDeadline'),
          cell: (r) => (
            <>
              {date(r.guidanceDeadline)}
              <span className="cell-detail">
                <DaysLeft days={r.daysLeft} />
              </span>
            </>
          ),
        },
        { key: 'next', header: t('caseload.columns.nextAction'), cell: (r) => <NextAction row={r} /> },
        { key: 'activity', header: t('caseload.columns.lastActivity'), cell: (r) => date(r.lastActivity) },
      ]}
    />
  );
}
