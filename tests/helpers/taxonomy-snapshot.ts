import { sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { taxonomyTables } from '~/server/taxonomy/import/staging';
import { queryRows } from '~/server/taxonomy/sql';

/** The taxonomy's tables and the log of its imports: a no-change re-import must leave all of them alone. */
const snapshotTables = [...taxonomyTables, 'taxonomy_imports'];

/**
 * Row count and checksum of each table: md5 over all columns of all rows (ids, labels,
 * updated_at, popularity, retired_at …), so any write shows.
 */
export async function tableSnapshot(db: Database, tables: readonly string[]) {
  const result: Record<string, { rows: number; md5: string }> = {};
  for (const table of tables) {
    const [row] = await queryRows<{ rows: number; md5: string }>(
      db,
      sql.raw(
        `select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as md5 from ${table} t`,
      ),
    );
    result[table] = row!;
  }
  return result;
}

/** The snapshot of every taxonomy table. */
export const taxonomySnapshot = (db: Database) => tableSnapshot(db, snapshotTables);
