import type { ReactNode } from 'react';

export interface Column<Row> {
  /** Unique within the table. */
  key: string;
  header: ReactNode;
  cell(row: Row): ReactNode;
  /** The column that names the row (at most one): a row header for screen readers. */
  rowHeader?: boolean;
}

/**
 * The one table for lists: a caption for screen readers, column and row headers, and a box
 * that scrolls sideways on its own (reachable by keyboard) so a wide table never widens the
 * page on a phone. Renders `empty` instead when there are no rows.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  highlightKey,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
  empty: ReactNode;
  /** The row to mark, e.g. one that was just added. */
  highlightKey?: string;
}) {
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <div className="table-scroll" tabIndex={0}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const key = rowKey(row);
            const highlighted = key === highlightKey;
            return (
              <tr
                key={key}
                className={highlighted ? 'row-highlight' : undefined}
                aria-current={highlighted ? 'true' : undefined}
              >
                {columns.map((column) =>
                  column.rowHeader ? (
                    <th key={column.key} scope="row">
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.key}>{column.cell(row)}</td>
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
