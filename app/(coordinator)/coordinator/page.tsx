import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { Pagination } from '~/app/_components/pagination';
import { offsetOf, PAGE_SIZE } from '~/server/lib/pagination';
import { serverApi } from '~/trpc/server';
import { pageParam } from '~/app/_lib/page-param';
import { requireRole } from '~/app/_lib/require-role';
import { LineChart } from '~/app/_components/charts/line-chart';
import { DashboardFigure } from './_dashboard/dashboard-figure';
import { periodParam, type SearchParams } from './_dashboard/dashboard-params';
import { PeriodPicker } from './_dashboard/period-picker';
import { EmployersTable } from './employers-table';
import { HideReasonTable } from './hide-reason-table';
import { FiguresAsOf } from './_dashboard/figures-as-of';

export const metadata: Metadata = { title: 'Regio / Region' };

const params = z.object({ page: pageParam, months: periodParam });

export default async function CoordinatorHome({ searchParams }: { searchParams: SearchParams }) {
  await requireRole('coordinator');
  const { page, months } = params.parse(await searchParams);
  const api = await serverApi();
  const [t, tIntroductions, tDash, tStatus, format, overview, organisations, hideReasons, trends] = await Promise.all([
    getTranslations('coordinator'),
    getTranslations('introductions.overview'),
    getTranslations('dashboard'),
    getTranslations('enums.status'),
    getFormatter(),
    api.region.overview(),
    api.organisation.listForRegion(),
    api.market.hideReasonCounts({}),
    api.dashboard.overview({ months }),
  ]);
  const periodParams = { months: String(months) };
  const percent = (rate: number | null) => (rate === null ? '—' : tDash('overview.rateValue', { rate }));
  const pipeline = [
    { id: 'strong-matches', label: tDash('overview.strongMatches'), value: format.number(trends.strongMatches) },
    { id: 'period-introductions', label: tDash('overview.introductions'), value: format.number(trends.introductions) },
    { id: 'period-trials', label: tDash('overview.trialPlacements'), value: format.number(trends.trialPlacements) },
    { id: 'period-placements', label: tDash('overview.placements'), value: format.number(trends.placements) },
    {
      id: 'median-days',
      label: tDash('overview.medianDays'),
      value:
        trends.medianDaysToPlacement === null
          ? tDash('overview.noMedian')
          : tDash('overview.medianValue', { days: Math.round(trends.medianDaysToPlacement) }),
    },
  ];
  // A region has tens of employers, not thousands: the page is cut from the whole list.
  const employers = organisations.slice(offsetOf(page), offsetOf(page) + PAGE_SIZE);
  const tiles: { label: string; value: string; id: string; warn?: boolean; href?: string }[] = [
    { label: t('atRiskWorkers'), value: format.number(overview.atRiskWorkers), id: 'at-risk' },
    {
      label: t('nearDeadline'),
      value: format.number(overview.nearDeadline),
      id: 'near-deadline',
      warn: overview.nearDeadline > 0,
    },
    { label: t('openVacancies'), value: format.number(overview.openVacancies), id: 'open-vacancies' },
    {
      label: t('vacanciesPerWorker'),
      value: overview.vacanciesPerWorker === null ? '—' : format.number(overview.vacanciesPerWorker),
      id: 'ratio',
      warn: overview.vacanciesPerWorker !== null && overview.vacanciesPerWorker < 1,
    },
    { label: t('approvedEmployers'), value: format.number(overview.approvedEmployers), id: 'employers' },
    {
      label: t('pendingEmployers'),
      value: format.number(overview.pendingEmployers),
      id: 'pending',
      warn: overview.pendingEmployers > 0,
      // The figure leads to the queue where those firms are approved or rejected.
      href: '/coordinator/approvals',
    },
    {
      label: t('openRedundancies'),
      value: format.number(overview.openRedundancies),
      id: 'redundancies',
      // The figure leads to the announcements, each with its cohort's transition paths.
      href: '/coordinator/cohorts',
    },
    {
      label: tIntroductions('placements'),
      value: format.number(overview.placements),
      id: 'placements',
      // The figure leads to the placements themselves, where the safety net is used.
      href: '/coordinator/placements',
    },
    {
      label: tIntroductions('running'),
      value: format.number(overview.runningIntroductions),
      id: 'introductions',
    },
  ];
  return (
    <>
      <h1>
        {t('title')}: {overview.region.name}
      </h1>
      <p>{t('guidanceWindow', { months: overview.region.guidanceWindowMonths })}</p>
      <ul className="tiles" aria-label={t('title')}>
        {tiles.map((tile) => (
          <li key={tile.id} className={tile.warn ? 'tile tile-warn' : 'tile'} data-testid={`tile-${tile.id}`}>
            {tile.href ? (
              <Link href={tile.href} className="tile-link">
                <span className="tile-value">{tile.value}</span>
                <span className="tile-label">{tile.label}</span>
              </Link>
            ) : (
              <>
                <span className="tile-value">{tile.value}</span>
                <span className="tile-label">{tile.label}</span>
              </>
            )}
          </li>
        ))}
      </ul>
      <section aria-labelledby="pipeline-title" className="dashboard-section">
        <h2 id="pipeline-title">{tDash('overview.pipeline')}</h2>
        <PeriodPicker path="/coordinator" months={months} />
        <p>{tDash('period.shown', { from: new Date(trends.from), to: new Date(trends.to) })}</p>
        <FiguresAsOf asOf={trends.asOf} />
        <ul className="tiles" aria-labelledby="pipeline-title">
          {pipeline.map((tile) => (
            <li key={tile.id} className="tile" data-testid={`tile-${tile.id}`}>
              <span className="tile-value">{tile.value}</span>
              <span className="tile-label">{tile.label}</span>
            </li>
          ))}
        </ul>
        <div className="chart-grid-layout">
          <DashboardFigure
            id="trend"
            title={tDash('overview.trend')}
            summary={tDash('overview.trendSummary')}
            chart={
              <LineChart
                title={tDash('overview.trend')}
                series={[
                  { key: 'newAtRisk', label: tDash('columns.newAtRisk') },
                  { key: 'introductions', label: tDash('columns.introductions') },
                  { key: 'trials', label: tDash('columns.trials') },
                  { key: 'placements', label: tDash('columns.placements') },
                ]}
                points={trends.months.map(({ month, ...values }) => ({
                  key: month,
                  label: format.dateTime(new Date(`${month}-01`), { month: 'short', year: '2-digit' }),
                  values,
                }))}
              />
            }
            columns={[
              {
                key: 'month',
                header: tDash('columns.month'),
                rowHeader: true,
                cell: (m) => format.dateTime(new Date(`${m.month}-01`), { month: 'long', year: 'numeric' }),
              },
              { key: 'newAtRisk', header: tDash('columns.newAtRisk'), cell: (m) => format.number(m.newAtRisk) },
              {
                key: 'introductions',
                header: tDash('columns.introductions'),
                cell: (m) => format.number(m.introductions),
              },
              { key: 'trials', header: tDash('columns.trials'), cell: (m) => format.number(m.trials) },
              { key: 'placements', header: tDash('columns.placements'), cell: (m) => format.number(m.placements) },
            ]}
            rows={trends.months}
            rowKey={(m) => m.month}
            empty={tDash('overview.empty')}
            download={{ table: 'overview-months', params: periodParams }}
          />
          <DashboardFigure
            id="rates"
            title={tDash('overview.rates')}
            summary={tDash('overview.ratesSummary')}
            bars={{
              series: [{ key: 'rate', label: tDash('columns.rate') }],
              format: (n) => percent(n),
              bar: (r) => ({ label: tDash('overview.horizon', { months: r.months }), values: { rate: r.rate ?? 0 } }),
            }}
            columns={[
              {
                key: 'months',
                header: tDash('columns.months'),
                rowHeader: true,
                cell: (r) => tDash('overview.horizon', { months: r.months }),
              },
              { key: 'eligible', header: tDash('columns.eligible'), cell: (r) => format.number(r.workers) },
              { key: 'placed', header: tDash('columns.placed'), cell: (r) => format.number(r.placed) },
              { key: 'rate', header: tDash('columns.rate'), cell: (r) => percent(r.rate) },
            ]}
            rows={trends.placementRates}
            rowKey={(r) => String(r.months)}
            empty={tDash('overview.empty')}
            download={{ table: 'overview-rates', params: periodParams }}
          />
          <DashboardFigure
            id="status"
            title={tDash('overview.byStatus')}
            summary={tDash('overview.byStatusSummary')}
            bars={{
              series: [{ key: 'workers', label: tDash('columns.workers') }],
              bar: (r) => ({ label: tStatus(r.status), values: { workers: r.workers } }),
            }}
            columns={[
              { key: 'status', header: tDash('columns.status'), rowHeader: true, cell: (r) => tStatus(r.status) },
              { key: 'workers', header: tDash('columns.workers'), cell: (r) => format.number(r.workers) },
            ]}
            rows={trends.workersByStatus}
            rowKey={(r) => r.status}
            empty={tDash('overview.empty')}
            download={{ table: 'overview-status', params: periodParams }}
          />
        </div>
      </section>
      <section aria-labelledby="employers-title">
        <h2 id="employers-title">{t('employers')}</h2>
        <EmployersTable organisations={employers} />
        <Pagination
          label={t('employers')}
          page={page}
          pageSize={PAGE_SIZE}
          total={organisations.length}
          path="/coordinator"
          params={periodParams}
          fragment="employers-title"
        />
      </section>
      <HideReasonTable counts={hideReasons} />
    </>
  );
}
