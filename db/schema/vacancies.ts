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
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, timestamps } from './_columns';
import { contractType, remotePolicy, skillImportance, vacancyStatus } from './enums';
import { organisations } from './organisations';
import { regions } from './regions';
import { occupations, skills } from './taxonomy';

export const vacancies = pgTable(
  'vacancies',
  {
    id: id(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    regionId: uuid()
      .notNull()
      .references(() => regions.id, { onDelete: 'restrict' }),
    title: text().notNull(),
    /** The employer's own reference (from a CSV import): a second upload of the same row finds it. */
    reference: text(),
    description: text().notNull().default(''),
    occupationId: uuid().references(() => occupations.id, { onDelete: 'set null' }),
    hoursMin: integer().notNull(),
    hoursMax: integer().notNull(),
    contractType: contractType().notNull(),
    city: text().notNull(),
    lat: doublePrecision().notNull(),
    lon: doublePrecision().notNull(),
    remote: remotePolicy().notNull().default('on_site'),
    salaryMin: integer(),
    salaryMax: integer(),
    startDate: date({ mode: 'string' }),
    closesAt: date({ mode: 'string' }),
    status: vacancyStatus().notNull().default('open'),
    /** How many people the employer wants to hire: the vacancy is filled when as many are hired. */
    positions: integer().notNull().default(1),
    /** The employer accepts candidates who still need training for some required skills. */
    openToRetraining: boolean().notNull().default(false),
    publishedAt: timestamp({ withTimezone: true }),
    /** Until then only the region's at-risk workers see it (set when it is published). */
    priorityUntil: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index().on(t.organisationId, t.status),
    uniqueIndex('vacancies_organisation_reference_index')
      .on(t.organisationId, sql`lower(${t.reference})`)
      .where(sql`${t.reference} is not null`),
    index().on(t.regionId, t.status),
    index().on(t.occupationId),
    check('vacancy_hours_range', sql`${t.hoursMin} >= 0 and ${t.hoursMin} <= ${t.hoursMax} and ${t.hoursMax} <= 60`),
    check(
      'vacancy_salary_range',
      sql`${t.salaryMin} is null or ${t.salaryMax} is null or ${t.salaryMin} <= ${t.salaryMax}`,
    ),
  ],
);

export const vacancySkills = pgTable(
  'vacancy_skills',
  {
    vacancyId: uuid()
      .notNull()
      .references(() => vacancies.id, { onDelete: 'cascade' }),
    skillId: uuid()
      .notNull()
      .references(() => skills.id, { onDelete: 'restrict' }),
    importance: skillImportance().notNull().default('required'),
    minLevel: smallint().notNull().default(2),
  },
  (t) => [
    primaryKey({ columns: [t.vacancyId, t.skillId] }),
    index().on(t.skillId),
    check('vacancy_skill_level', sql`${t.minLevel} between 1 and 4`),
  ],
);
