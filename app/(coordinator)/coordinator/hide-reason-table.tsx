import type { inferRouterOutputs } from '@trpc/server';
import { useFormatter, useTranslations } from 'next-intl';
import { hideReasonValues } from '~/db/schema/enums';
import type { AppRouter } from '~/server/api/root';
import { DataTable } from '~/app/_components/data-table';

type Counts = inferRouterOutputs<AppRouter>['market']['hideReasonCounts'];

/** How often the region's workers hid a vacancy ("not for me"), per reason; counts only. */
export function HideReasonTable({ counts }: { counts: Counts }) {
  const t = useTranslations('market');
  const format = useFormatter();
  const rows = [...hideReasonValues, 'none' as const].map((reason) => ({ reason, count: counts.counts[reason] }));
  return (
    <section aria-labelledby="hide-reasons-title">
      <h2 id="hide-reasons-title">{t('hideReasonCounts.title')}</h2>
      <p>{t('hideReasonCounts.intro')}</p>
      <DataTable
        caption={t('hideReasonCounts.title')}
        rows={[...rows, { reason: 'total' as const, count: counts.total }]}
        rowKey={(r) => r.reason}
        empty={null}
        columns={[
          {
            key: 'reason',
            header: t('hideReasonCounts.reason'),
            rowHeader: true,
            cell: (r) => (r.reason === 'total' ? t('hideReasonCounts.total') : t(`hideReasons.${r.reason}`)),
          },
          { key: 'count', header: t('hideReasonCounts.count'), cell: (r) => format.number(r.count) },
        ]}
      />
    </section>
  );
}
