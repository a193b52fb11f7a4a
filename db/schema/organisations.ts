import { doublePrecision, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './_columns';
import { approvalStatus } from './enums';
import { regions } from './regions';

/** An employer in a region. Only approved employers can post vacancies or see candidates. */
export const organisations = pgTable(
  'organisations',
  {
    id: id(),
    regionId: uuid()
      .notNull()
      .references(() => regions.id, { onDelete: 'restrict' }),
    name: text().notNull(),
    /** Kamer van Koophandel number: 8 digits, unique per legal entity. */
    kvkNumber: text().notNull().unique(),
    sector: text().notNull(),
    employeeCount: integer().notNull(),
    street: text().notNull(),
    postalCode: text().notNull(),
    city: text().notNull(),
    lat: doublePrecision().notNull(),
    lon: doublePrecision().notNull(),
    approvalStatus: approvalStatus().notNull().default('pending'),
    approvedAt: timestamp({ withTimezone: true }),
    approvedByUserId: uuid(),
    ...timestamps,
  },
  (t) => [index().on(t.regionId, t.approvalStatus), index().on(t.sector)],
);
