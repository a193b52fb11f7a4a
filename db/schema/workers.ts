import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, timestamps } from './_columns';
import { users } from './auth';
import { contractType, educationLevel, gender, languageLevel, remotePolicy, skillSource, workerStatus } from './enums';
import { organisations } from './organisations';
import { redundancies } from './redundancies';
import { regions } from './regions';
import { occupations, skills } from './taxonomy';

/** A worker's profile: status in the transition, preferences along the flexibility dimensions, consent. */
export const workerProfiles = pgTable(
  'worker_profiles',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .unique()
      .references(() => users.id, { onDelete: 'cascade' }),
    regionId: uuid()
      .notNull()
      .references(() => regions.id, { onDelete: 'restrict' }),
    currentOrganisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
    redundancyId: uuid().references(() => redundancies.id, { onDelete: 'set null' }),
    currentOccupationId: uuid().references(() => occupations.id, { onDelete: 'set null' }),
    headline: text().notNull().default(''),
    status: workerStatus().notNull().default('at_risk'),
    riskStartDate: date({ mode: 'string' }).notNull(),
    /** riskStartDate + the region's guidance window; the coordinator watches who is close to it. */
    guidanceDeadline: date({ mode: 'string' }).notNull(),
    // Geographic: home location (4-digit postcode area only is ever shown to employers).
    homePostcode: text().notNull(),
    homeCity: text().notNull(),
    homeLat: doublePrecision().notNull(),
    homeLon: doublePrecision().notNull(),
    maxCommuteKm: integer().notNull().default(25),
    // Working time and contractual preferences.
    hoursMin: integer().notNull().default(32),
    hoursMax: integer().notNull().default(40),
    contractPreferences: contractType()
      .array()
      .notNull()
      .default(sql`'{permanent}'::contract_type[]`),
    /** Where the worker is willing to work: on site, hybrid, remote (geographic flexibility). */
    remotePreferences: remotePolicy()
      .array()
      .notNull()
      .default(sql`'{on_site,hybrid,remote}'::remote_policy[]`),
    availableFrom: date({ mode: 'string' }),
    salaryFloor: integer(), // gross euros per month
    // For outcome monitoring per group (aggregated, never shown per person).
    educationLevel: educationLevel().notNull(),
    birthYear: integer().notNull(),
    /** The worker's own, optional (null: not given); only for the region's figures per group. */
    gender: gender(),
    /** The contract and weekly hours of the job that disappears, as the employer gave them when inviting (null: not given). */
    currentContractType: contractType(),
    currentWeeklyHours: integer(),
    // Consent: visible (anonymised) to employers in the region, and optionally beyond it.
    visibleToEmployers: boolean().notNull().default(false),
    openToOtherRegions: boolean().notNull().default(false),
    /** When the worker accepted the privacy statement, and which version (at onboarding). */
    privacyAcceptedAt: timestamp({ withTimezone: true }),
    privacyStatementVersion: text(),
    ...timestamps,
  },
  (t) => [
    index().on(t.regionId, t.status),
    index().on(t.currentOrganisationId),
    index().on(t.redundancyId),
    index().on(t.currentOccupationId),
    index().on(t.regionId, t.guidanceDeadline),
    check('worker_hours_range', sql`${t.hoursMin} >= 0 and ${t.hoursMin} <= ${t.hoursMax} and ${t.hoursMax} <= 60`),
    check('worker_current_hours_range', sql`${t.currentWeeklyHours} between 1 and 60`),
  ],
);

export const workerSkills = pgTable(
  'worker_skills',
  {
    workerId: uuid()
      .notNull()
      .references(() => workerProfiles.id, { onDelete: 'cascade' }),
    skillId: uuid()
      .notNull()
      .references(() => skills.id, { onDelete: 'restrict' }),
    level: smallint().notNull(),
    source: skillSource().notNull().default('self'),
    confirmedByOrganisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.workerId, t.skillId] }),
    index().on(t.skillId),
    index().on(t.confirmedByOrganisationId),
    check('worker_skill_level', sql`${t.level} between 1 and 4`),
  ],
);

/** The occupations a worker wants to move to, in the worker's order of preference. */
export const workerDesiredOccupations = pgTable(
  'worker_desired_occupations',
  {
    workerId: uuid()
      .notNull()
      .references(() => workerProfiles.id, { onDelete: 'cascade' }),
    occupationId: uuid()
      .notNull()
      .references(() => occupations.id, { onDelete: 'restrict' }),
    position: smallint().notNull(),
  },
  (t) => [primaryKey({ columns: [t.workerId, t.occupationId] }), index().on(t.occupationId)],
);

/** Languages a worker speaks (ISO 639-1 code) and how well. */
export const workerLanguages = pgTable(
  'worker_languages',
  {
    workerId: uuid()
      .notNull()
      .references(() => workerProfiles.id, { onDelete: 'cascade' }),
    language: text().notNull(),
    level: languageLevel().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workerId, t.language] }),
    check('worker_language_code', sql`${t.language} ~ '^[a-z]{2}$'`),
  ],
);

/** Work history: where the worker worked, as what, from when to when (null: still there). */
export const workerExperiences = pgTable(
  'worker_experiences',
  {
    id: id(),
    workerId: uuid()
      .notNull()
      .references(() => workerProfiles.id, { onDelete: 'cascade' }),
    employerName: text().notNull(),
    title: text().notNull(),
    occupationId: uuid().references(() => occupations.id, { onDelete: 'set null' }),
    startDate: date({ mode: 'string' }).notNull(),
    endDate: date({ mode: 'string' }),
    ...timestamps,
  },
  (t) => [
    index().on(t.workerId, t.startDate),
    check('worker_experience_dates', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
  ],
);
