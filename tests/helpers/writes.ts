/**
 * Proof that a request wrote nothing: a fingerprint of every table, taken in one statement (so
 * it is one consistent view) before and after. Per table: the row count, the newest updated_at
 * where the table has one, and the newest xmin, the transaction that wrote each row version,
 * which moves on any insert or update, also in tables without an updated_at column. Rows written
 * by a rolled-back transaction are invisible and change nothing.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '~/db/client';

export type TableFingerprints = Record<string, { rows: number; updatedAt: string | null; xmin: string | null }>;

interface TableRow {
  name: string;
  has_updated_at: boolean;
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** A function that fingerprints every table of the public schema as it is now. */
export async function tableFingerprinter(db: Database): Promise<() => Promise<TableFingerprints>> {
  const tables = rowsOf<TableRow>(
    await db.execute(sql`
      select t.table_name as name,
             exists (select 1 from information_schema.columns c
                     where c.table_schema = t.table_schema and c.table_name = t.table_name
                       and c.column_name = 'updated_at') as has_updated_at
      from information_schema.tables t
      where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
      order by t.table_name`),
  );
  if (tables.length === 0) throw new Error('no tables to fingerprint');
  const parts = tables.map((t) => {
    const name = sql.identifier(t.name);
    const updatedAt = t.has_updated_at ? sql`max(updated_at)::text` : sql`null::text`;
    return sql`select ${t.name}::text as name, count(*)::int as rows, ${updatedAt} as updated_at,
      max(xmin::text::bigint)::text as xmin from ${name}`;
  });
  const statement = sql.join(parts, sql` union all `);
  return async () => {
    const rows = rowsOf<{ name: string; rows: number; updated_at: string | null; xmin: string | null }>(
      await db.execute(statement),
    );
    return Object.fromEntries(
      rows.map((r) => [r.name, { rows: Number(r.rows), updatedAt: r.updated_at, xmin: r.xmin }]),
    );
  };
}

/** The tables whose fingerprint differs, with before and after; empty when nothing was written. */
export function changedTables(before: TableFingerprints, after: TableFingerprints) {
  return Object.keys({ ...before, ...after }).flatMap((name) =>
    JSON.stringify(before[name]) === JSON.stringify(after[name])
      ? []
      : [{ table: name, before: before[name], after: after[name] }],
  );
}
