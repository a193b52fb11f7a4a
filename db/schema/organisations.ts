import { doublePrecision, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './_columns';
import { approvalStatus, sizeBand } from './enums';
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
    /** Kamer van Koophandel number: 8 digits; a legal entity registers once per region. */
    kvkNumber: text().notNull(),
    sector: text().notNull(),
    sizeBand: sizeBand().notNull(),
    /** Exact headcount where known (the demo region); a registration gives only the size band. */
    employeeCount: integer(),
    street: text().notNull(),
    postalCode: text().notNull(),
    city: text().notNull(),
    lat: doublePrecision().notNull(),
    lon: doublePrecision().notNull(),
    approvalStatus: approvalStatus().notNull().default('pending'),
    approvedAt: timestamp({ withTimezone: true }),
    approvedByUserId: uuid(),
    /** The coordinator's last decision on the registration, and why (shown to the firm when rejected). */
    decidedAt: timestamp({ withTimezone: true }),
    decisionReason: text(),
    ...timestamps,
  },
  (t) => [uniqueIndex().on(t.regionId, t.kvkNumber), index().on(t.regionId, t.approvalStatus), index().on(t.sector)],
);
