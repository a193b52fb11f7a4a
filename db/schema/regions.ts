import { doublePrecision, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { id, timestamps } from './_columns';

/** An arbeidsmarktregio: the unit a worker is tied to, and the coordinator's scope. */
export const regions = pgTable('regions', {
  id: id(),
  name: text().notNull(),
  slug: text().notNull().unique(),
  centreLat: doublePrecision().notNull(),
  centreLon: doublePrecision().notNull(),
  /** How long an at-risk worker is guided from job to job (the column: extended from 7 to 24 months). */
  guidanceWindowMonths: integer().notNull().default(24),
  ...timestamps,
});
