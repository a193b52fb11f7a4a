import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './_columns';
import { redundancyReason, redundancyStatus } from './enums';
import { organisations } from './organisations';
import { regions } from './regions';

export interface RedundancyRole {
  title: string;
  occupationId?: string;
  count: number;
}

/** A redundancy announcement: a cohort of roles at one employer that will disappear on a date. */
export const redundancies = pgTable(
  'redundancies',
  {
    id: id(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    regionId: uuid()
      .notNull()
      .references(() => regions.id, { onDelete: 'restrict' }),
    title: text().notNull(),
    roles: jsonb().$type<RedundancyRole[]>().notNull().default([]),
    /** The day it was announced: the affected workers' guidance window starts here. */
    announcedOn: date({ mode: 'string' })
      .notNull()
      .default(sql`current_date`),
    expectedDate: date({ mode: 'string' }).notNull(),
    reason: redundancyReason().notNull(),
    affectedCount: integer().notNull(),
    /** The region's window, pre-filled; a collective agreement may set another (the column: 7 → 24 months). */
    guidanceWindowMonths: integer().notNull().default(24),
    status: redundancyStatus().notNull().default('announced'),
    cancelledAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [index().on(t.organisationId), index().on(t.regionId, t.status)],
);
