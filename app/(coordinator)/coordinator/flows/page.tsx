import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { SankeyChart } from '~/app/_components/charts/sankey-chart';
import { hrefWith } from '~/app/_lib/href';
import { requireRole } from '~/app/_lib/require-role';
import { getLanguage } from '~/i18n/server';
import { getTranslator } from '~/i18n/translator';
import { flowNodeLabel } from '~/server/exports/dashboard-tables';
import { serverApi } from '~/trpc/server';
import { DashboardFigure } from '../_dashboard/dashboard-figure';
import { dashboardParams, type SearchParams } from '../_dashboard/dashboard-params';
import { PeriodPicker } from '../_dashboard/period-picker';

export const metadata: Metadata = { title: 'Stromen / Flows' };

/** Dashboard §6: where hired workers came from and went, by sector or firm, and how many stayed in the region. */
export default async function FlowsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireRole('coordinator');
  const { months, level } = dashboardParams.parse(await searchParams);
  const [t, format, language] = await Promise.all([getTranslations('dashboard'), getFormatter(), getLanguage()]);
  const flows = await (await serverApi()).dashboard.flows({ months, level });
  const translator = getTranslator(language);
  const node = (key: string) => flowNodeLabel(flows.level, key, translator);
  const params = { months: String(months), level };
  return (
    <>
      <h1>{t('flows.title')}</h1>
      <p>{t('flows.intro')}</p>
      <PeriodPicker path="/coordinator/flows" months={months} params={{ level }} />
      <nav aria-label={t('flows.level')} className="period-picker">
        <span aria-hidden="true">{t('flows.level')}:</span>
        <ul>
          {(['sector', 'organisation'] as const).map((l) => (
            <li key={l}>
              <Link
                href={hrefWith('/coordinator/flows', { months: String(months), level: l })}
                aria-current={l === level ? 'true' : undefined}
              >
                {t(`flows.${l}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="tile" data-testid="tile-stay">
        <span className="tile-value">
          {flows.stayShare === null
            ? t('flows.noStay')
            : t('flows.stayValue', { share: flows.stayShare, stayed: flows.stayedInRegion, total: flows.placements })}
        </span>
        <span className="tile-label">{t('flows.stay')}</span>
      </p>
      <DashboardFigure
        id="flows"
        title={t('flows.chart')}
        summary={t('flows.chartSummary')}
        chart={
          <SankeyChart
            title={t('flows.chart')}
            links={flows.links.map((l) => ({ from: l.from, to: l.to, value: l.placements }))}
            labelOf={(_, key) => node(key)}
          />
        }
        columns={[
          { key: 'from', header: t('columns.from'), rowHeader: true, cell: (l) => node(l.from) },
          { key: 'to', header: t('columns.to'), cell: (l) => node(l.to) },
          { key: 'placements', header: t('columns.placements'), cell: (l) => format.number(l.placements) },
        ]}
        rows={flows.links}
        rowKey={(l) => `${l.from}\u0000${l.to}`}
        empty={t('flows.empty')}
        download={{ table: 'flows', params }}
      />
    </>
  );
}
