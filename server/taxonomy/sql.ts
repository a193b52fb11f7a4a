import type { SQL } from 'drizzle-orm';
import type { Database } from '~/db/client';

/** Rows of a raw query: node-postgres and PGlite both answer with `{ rows }`. */
export async function queryRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** The single integer a `select count(*)::int as n` style query answers. */
export async function queryCount(db: Database, query: SQL): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(db, query);
  return Number(row?.n ?? 0);
}
