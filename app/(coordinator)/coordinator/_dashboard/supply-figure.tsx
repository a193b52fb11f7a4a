import { getFormatter, getTranslations } from 'next-intl/server';
import { BarChart } from '~/app/_components/charts/bar-chart';
import { ChartFigure } from '~/app/_components/charts/chart-figure';
import { Pagination } from '~/app/_components/pagination';
import type { DashboardTableId } from '~/server/exports/dashboard-tables';
import type { SupplyRow } from '~/server/services/region-job-supply';
import { pageOf, TABLE_PAGE } from './dashboard-params';
import { ExportLinks } from './export-links';

/**
 * Workers against vacancies for one breakdown (cohort, occupation group, skill): bars for the
 * page's rows, the flag as a note on each, the table with the same rows, and the CSV of all.
 */
export async function SupplyFigure<Row extends SupplyRow>({
  id,
  table,
  title,
  summary,
  nameHeader,
  rows,
  name,
  rowKey,
  page,
  path,
  params,
}: {
  id: string;
  table: DashboardTableId;
  title: string;
  summary: string;
  nameHeader: string;
  rows: readonly Row[];
  name(row: Row): string;
  rowKey(row: Row): string;
  page: number;
  path: string;
  params: Record<string, string | undefined>;
}) {
  const [t, format] = await Promise.all([getTranslations('dashboard'), getFormatter()]);
  const shown = pageOf(rows, page);
  const flagNote = (row: SupplyRow) =>
    row.flag === 'workers_outnumber_vacancies'
      ? `(${t('flag.shortWorkers')})`
      : row.flag === 'vacancies_outnumber_workers'
        ? `(${t('flag.shortVacancies')})`
        : undefined;
  return (
    <ChartFigure
      id={id}
      title={title}
      summary={summary}
      chart={
        <BarChart
          title={title}
          series={[
            { key: 'workers', label: t('columns.workers') },
            { key: 'vacancies', label: t('columns.vacancies') },
          ]}
          format={(n) => format.number(n)}
          data={shown.map((r) => ({
            key: rowKey(r),
            label: name(r),
            note: flagNote(r),
            values: { workers: r.workers, vacancies: r.vacancies },
          }))}
        />
      }
      columns={[
        { key: 'name', header: nameHeader, rowHeader: true, cell: name },
        { key: 'workers', header: t('columns.workers'), cell: (r) => format.number(r.workers) },
        { key: 'vacancies', header: t('columns.vacancies'), cell: (r) => format.number(r.vacancies) },
        {
          key: 'ratio',
          header: t('columns.vacanciesPerWorker'),
          cell: (r) => (r.vacanciesPerWorker === null ? '—' : format.number(r.vacanciesPerWorker)),
        },
        { key: 'flag', header: t('columns.flag'), cell: (r) => t(`flag.${r.flag ?? 'none'}`) },
      ]}
      rows={shown}
      rowKey={rowKey}
      empty={t('jobs.empty')}
      actions={
        <>
          <Pagination
            label={title}
            page={page}
            pageSize={TABLE_PAGE}
            total={rows.length}
            path={path}
            params={params}
            param={`${id}Page`}
            fragment={`${id}-title`}
          />
          <ExportLinks table={table} title={title} />
        </>
      }
    />
  );
}
