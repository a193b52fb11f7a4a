import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, timestamps } from './_columns';
import { users } from './auth';
import { workerNoteKind } from './enums';
import { regions } from './regions';
import { workerProfiles } from './workers';

/**
 * A coordinator's dated note on a worker of the region: the first intake, a periodic review, or
 * anything else worth keeping. The caseload reads its next action due from these.
 */
export const workerNotes = pgTable(
  'worker_notes',
  {
    id: id(),
    workerId: uuid()
      .notNull()
      .references(() => workerProfiles.id, { onDelete: 'cascade' }),
    regionId: uuid()
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    authorUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    kind: workerNoteKind().notNull().default('note'),
    /** The day it happened (an intake last Tuesday), chosen by the coordinator; never in the future. */
    noteDate: date({ mode: 'string' }).notNull(),
    body: text().notNull(),
    ...timestamps,
  },
  (t) => [index().on(t.workerId, t.noteDate), index().on(t.regionId)],
);

/**
 * What a region assumes when it estimates the societal value of its placements (one row per
 * region, absent: the defaults in server/services/societal-value.ts).
 */
export const regionValueAssumptions = pgTable(
  'region_value_assumptions',
  {
    regionId: uuid()
      .primaryKey()
      .references(() => regions.id, { onDelete: 'cascade' }),
    /** Working days of unemployment benefit (WW) a worker would have drawn without the placement. */
    benefitDays: integer().notNull(),
    /** Unemployment benefit per benefit day, euros. */
    dailyBenefitEuros: integer().notNull(),
    /** Severance (transitievergoeding) per year of service, euros. */
    severancePerServiceYearEuros: integer().notNull(),
    /** Years of service of a worker at the firm they leave, on average. */
    averageServiceYears: doublePrecision().notNull(),
    updatedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    check(
      'value_assumptions_range',
      sql`${t.benefitDays} >= 0 and ${t.dailyBenefitEuros} >= 0 and ${t.severancePerServiceYearEuros} >= 0 and ${t.averageServiceYears} >= 0`,
    ),
  ],
);

/**
 * The dashboard's heavier figures per region, as last computed (server/services/dashboard-
 * snapshots.ts): the aggregates over every open vacancy, match and skill of a region take seconds
 * at 100k vacancies, so a page reads them from here and a background job recomputes them when
 * they are older than a quarter of an hour.
 */
export const regionDashboardSnapshots = pgTable(
  'region_dashboard_snapshots',
  {
    regionId: uuid()
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    /** Which figures: a section of the dashboard, with its period where it has one ("trends-12"). */
    section: text().notNull(),
    data: jsonb().notNull(),
    computedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.section] })],
);
