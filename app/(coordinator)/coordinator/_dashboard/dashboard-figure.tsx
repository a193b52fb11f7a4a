import type { ReactNode } from 'react';
import { getFormatter } from 'next-intl/server';
import { BarChart, type BarDatum, type BarSeries } from '~/app/_components/charts/bar-chart';
import { ChartFigure } from '~/app/_components/charts/chart-figure';
import type { Column } from '~/app/_components/data-table';
import { Pagination } from '~/app/_components/pagination';
import type { DashboardTableId } from '~/server/exports/dashboard-tables';
import { pageOf, TABLE_PAGE } from './dashboard-params';
import { ExportLinks } from './export-links';

type Params = Record<string, string | undefined>;

/**
 * One figure of the dashboard: its heading and chart, the same figures as a table behind "show
 * as table", the pager when the rows are cut into pages, and the table's CSV downloads.
 */
export async function DashboardFigure<Row>({
  id,
  title,
  summary,
  chart,
  bars,
  columns,
  rows,
  rowKey,
  empty,
  paged,
  download,
}: {
  /** Unique on the page: names the heading (`<id>-title`), the test hooks and the page parameter (`<id>Page`). */
  id: string;
  title: string;
  summary?: ReactNode;
  /** The chart; or `bars`, drawn as bars of the shown rows under the figure's title (as numbers unless `format` says). */
  chart?: ReactNode;
  bars?: {
    series: readonly BarSeries[];
    bar(row: Row): Omit<BarDatum, 'key'>;
    format?: (n: number) => string;
  };
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
  empty: string;
  /** Shown TABLE_PAGE rows at a time: this figure's page, and the page's path and parameters its links keep. */
  paged?: { page: number; path: string; params: Params };
  /** The CSV downloads of the whole table, with the parameters it is made for (e.g. the period). */
  download?: { table: DashboardTableId; params?: Params };
}) {
  const format = await getFormatter();
  const shown = paged ? pageOf(rows, paged.page) : rows;
  return (
    <ChartFigure
      id={id}
      title={title}
      summary={summary}
      chart={
        bars ? (
          <BarChart
            title={title}
            series={bars.series}
            format={bars.format ?? ((n) => format.number(n))}
            data={shown.map((row) => ({ key: rowKey(row), ...bars.bar(row) }))}
          />
        ) : (
          chart
        )
      }
      columns={columns}
      rows={shown}
      rowKey={rowKey}
      empty={empty}
      actions={
        paged || download ? (
          <>
            {paged && (
              <Pagination
                label={title}
                page={paged.page}
                pageSize={TABLE_PAGE}
                total={rows.length}
                path={paged.path}
                params={paged.params}
                param={`${id}Page`}
                fragment={`${id}-title`}
              />
            )}
            {download && <ExportLinks table={download.table} title={title} params={download.params} />}
          </>
        ) : undefined
      }
    />
  );
}
