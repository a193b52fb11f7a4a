import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { type Column, DataTable } from '../data-table';

/**
 * Every chart of the dashboard: a figure with its title, the SVG, and the same figures as a
 * table behind "show as table" (a native disclosure: works without JavaScript, and a screen
 * reader user opens the table instead of reading the picture). The table is the project's one
 * table component, so it scrolls on its own on a phone.
 */
export async function ChartFigure<Row>({
  id,
  title,
  summary,
  chart,
  columns,
  rows,
  rowKey,
  empty,
  actions,
}: {
  /** Unique on the page: names the heading and the test hooks. */
  id: string;
  title: string;
  /** One sentence saying what the chart shows, read before it. */
  summary?: ReactNode;
  chart: ReactNode;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
  empty: string;
  /** E.g. the CSV download of the table. */
  actions?: ReactNode;
}) {
  const t = await getTranslations('dashboard.chart');
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`} data-testid={`chart-${id}`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        {summary ? <p className="chart-summary">{summary}</p> : null}
      </figcaption>
      {rows.length === 0 ? <p>{empty}</p> : chart}
      <details className="chart-table">
        <summary>{t('showTable')}</summary>
        <DataTable caption={title} columns={columns} rows={rows} rowKey={rowKey} empty={empty} />
      </details>
      {actions}
    </figure>
  );
}
