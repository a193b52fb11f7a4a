/** node-postgres and PGlite both return `{ rows }` from `db.execute`; the types differ, the shape does not. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
