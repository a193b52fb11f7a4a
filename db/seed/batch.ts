import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '~/db/client';

/** Inserts rows in chunks: one statement per chunk keeps us under PostgreSQL's 65,535-parameter limit. */
export async function insertInChunks<T extends PgTable>(
  db: Database,
  table: T,
  rows: T['$inferInsert'][],
  chunkSize = 500,
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunkSize) {
    await db.insert(table).values(rows.slice(i, i + chunkSize));
  }
}
