import { sql, type SQL } from 'drizzle-orm';

/** SQL for `array[$1, $2]::type[]`, which both node-postgres and PGlite bind the same way. */
export function arrayParam(values: readonly string[], type: 'uuid' | 'text'): SQL {
  const list = sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );
  return type === 'uuid' ? sql`array[${list}]::uuid[]` : sql`array[${list}]::text[]`;
}
