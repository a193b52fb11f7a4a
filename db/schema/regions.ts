import { doublePrecision, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
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
  /**
   * For how many days a newly published vacancy is shown only to the region's at-risk workers
   * (the national mobility bank gives redeployment candidates such a head start).
   */
  priorityWindowDays: integer().notNull().default(5),
  /** A new worker's commute radius until they set their own. */
  defaultCommuteKm: integer().notNull().default(25),
  /** Within this many months after a placement the worker's transition can be reopened (the safety net). */
  safetyWindowMonths: integer().notNull().default(12),
  ...timestamps,
});

/** Regions that border each other: a worker may choose to be seen by employers of neighbouring regions too. */
export const regionNeighbours = pgTable(
  'region_neighbours',
  {
    regionId: uuid()
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    neighbourId: uuid()
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.neighbourId] })],
);
