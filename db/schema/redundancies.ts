import { date, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
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
    expectedDate: date({ mode: 'string' }).notNull(),
    reason: redundancyReason().notNull(),
    affectedCount: integer().notNull(),
    status: redundancyStatus().notNull().default('announced'),
    ...timestamps,
  },
  (t) => [index().on(t.organisationId), index().on(t.regionId, t.status)],
);
