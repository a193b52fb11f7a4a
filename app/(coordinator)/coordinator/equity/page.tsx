import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requireRole } from '~/app/_lib/require-role';
import { equityDimensions, MIN_GROUP, type EquityDimension } from '~/server/services/region-equity';
import { serverApi } from '~/trpc/server';
import { DashboardFigure } from '../_dashboard/dashboard-figure';
import { ExportLinks } from '../_dashboard/export-links';
import { FiguresAsOf } from '../_dashboard/figures-as-of';

export const metadata: Metadata = { title: 'Gelijke kansen / Equity' };

/** Dashboard §5: placement rate and median time to placement per group; small groups suppressed by the service. */
export default async function EquityPage() {
  await requireRole('coordinator');
  const [t, format, { cells, asOf }] = await Promise.all([
    getTranslations('dashboard'),
    getFormatter(),
    (await serverApi()).dashboard.equity(),
  ]);
  const group = (g: string) => t(`equity.groups.${g as 'male'}`);
  return (
    <>
      <h1>{t('equity.title')}</h1>
      <p>{t('equity.intro', { min: MIN_GROUP })}</p>
      <p>{t('equity.hoursNote')}</p>
      <FiguresAsOf asOf={asOf} />
      <div className="chart-grid-layout">
        {(Object.keys(equityDimensions) as EquityDimension[]).map((dimension) => {
          const rows = cells.filter((c) => c.dimension === dimension);
          const title = t(`equity.dimension.${dimension}`);
          return (
            <DashboardFigure
              key={dimension}
              id={`equity-${dimension}`}
              title={title}
              bars={{
                series: [{ key: 'rate', label: t('equity.rate') }],
                format: (n) => t('equity.rateValue', { rate: n }),
                bar: (c) => ({
                  label: group(c.group),
                  note: c.suppressed ? `(${t('equity.suppressed')})` : undefined,
                  values: { rate: c.rate ?? 0 },
                }),
              }}
              columns={[
                { key: 'group', header: t('columns.equityGroup'), rowHeader: true, cell: (c) => group(c.group) },
                {
                  key: 'rate',
                  header: t('columns.rate'),
                  cell: (c) =>
                    c.suppressed || c.rate === null ? t('equity.suppressed') : t('equity.rateValue', { rate: c.rate }),
                },
                {
                  key: 'median',
                  header: t('columns.medianDays'),
                  cell: (c) =>
                    c.suppressed
                      ? t('equity.suppressed')
                      : c.medianDays === null
                        ? t('equity.noMedian')
                        : format.number(c.medianDays),
                },
              ]}
              rows={rows}
              rowKey={(c) => c.group}
              empty={t('overview.empty')}
            />
          );
        })}
      </div>
      <ExportLinks table="equity" title={t('equity.title')} />
    </>
  );
}
