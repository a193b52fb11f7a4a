import type { inferRouterOutputs } from '@trpc/server';
import { useTranslations } from 'next-intl';
import { DataTable } from '~/app/_components/data-table';
import { calendarDate } from '~/i18n/config';
import type { AppRouter } from '~/server/api/root';
import { ReopenPlacement } from './reopen-placement';

type PlacementRow = inferRouterOutputs<AppRouter>['introduction']['regionPlacements']['rows'][number];

/** One page of the region's placements: from which firm to which, since when, and the safety net. */
export function PlacementTable({ rows }: { rows: PlacementRow[] }) {
  const t = useTranslations('placements.coordinator');
  const tKind = useTranslations('introductions.placement.kinds');
  const describe = (p: PlacementRow) => t('label', { to: p.toOrganisation, date: calendarDate(p.startDate) });
  return (
    <DataTable
      caption={t('title')}
      rows={rows}
      rowKey={(p) => p.id}
      empty={t('none')}
      columns={[
        {
          key: 'to',
          header: t('columns.to'),
          rowHeader: true,
          cell: (p) => (
            <>
              {p.toOrganisation}
              {p.vacancyTitle && <span className="cell-detail">{p.vacancyTitle}</span>}
            </>
          ),
        },
        { key: 'from', header: t('columns.from'), cell: (p) => p.fromOrganisation ?? '—' },
        {
          key: 'kind',
          header: t('columns.kind'),
          cell: (p) => (
            <>
              {tKind(p.kind)}
              <span className="cell-detail">
                {t('since', { date: calendarDate(p.startDate) })}
                {p.endDate && <> · {t('until', { date: calendarDate(p.endDate) })}</>}
              </span>
            </>
          ),
        },
        {
          key: 'safetyNet',
          header: t('columns.safetyNet'),
          cell: (p) =>
            p.reopenedAt ? (
              t('reopenedOn', { date: p.reopenedAt })
            ) : p.canReopen && p.safetyNetUntil ? (
              <>
                <span className="cell-detail">{t('safetyNetUntil', { date: calendarDate(p.safetyNetUntil) })}</span>
                <ReopenPlacement placementId={p.id} startDate={p.startDate} label={describe(p)} />
              </>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}
