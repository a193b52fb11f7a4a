import { getFormatter, getTranslations } from 'next-intl/server';
import type { DashboardTableId } from '~/server/exports/dashboard-tables';
import type { SupplyRow } from '~/server/services/region-job-supply';
import { DashboardFigure } from './dashboard-figure';

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
  const flagNote = (row: SupplyRow) =>
    row.flag === 'workers_outnumber_vacancies'
      ? `(${t('flag.shortWorkers')})`
      : row.flag === 'vacancies_outnumber_workers'
        ? `(${t('flag.shortVacancies')})`
        : undefined;
  return (
    <DashboardFigure
      id={id}
      title={title}
      summary={summary}
      bars={{
        series: [
          { key: 'workers', label: t('columns.workers') },
          { key: 'vacancies', label: t('columns.vacancies') },
        ],
        bar: (r) => ({ label: name(r), note: flagNote(r), values: { workers: r.workers, vacancies: r.vacancies } }),
      }}
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
      rows={rows}
      rowKey={rowKey}
      empty={t('jobs.empty')}
      paged={{ page, path, params }}
      download={{ table }}
    />
  );
}
