import {
  bigserial,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, timestamps } from './_columns';
import { users } from './auth';
import { introductionInitiator, introductionStatus, placementKind } from './enums';
import { organisations } from './organisations';
import { regions } from './regions';
import { vacancies } from './vacancies';
import { workerProfiles } from './workers';

/**
 * Stored result of the matching engine for one worker–vacancy pair: each worker's top 50,
 * rewritten by every regional rematch (a million rows at 20k workers), so the pair is the key
 * and there are only the indexes a reader needs: by worker (the key) and by vacancy.
 */
export const matches = pgTable(
  'matches',
  {
    workerId: uuid()
      .notNull()
      .references(() => workerProfiles.id, { onDelete: 'cascade' }),
    vacancyId: uuid()
      .notNull()
      .references(() => vacancies.id, { onDelete: 'cascade' }),
    score: real().notNull(),
    components: jsonb().$type<Record<string, number>>().notNull(),
    explanation: jsonb().$type<Record<string, unknown>>().notNull(),
    computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workerId, t.vacancyId] }), index().on(t.vacancyId, t.score)],
);

/** An introduction between a worker and a vacancy's employer, the pipeline towards a placement. */
export const introductions = pgTable(
  'introductions',
  {
    id: id(),
    workerId: uuid()
      .notNull()
      .references(() => workerProfiles.id, { onDelete: 'cascade' }),
    vacancyId: uuid()
      .notNull()
      .references(() => vacancies.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    initiatedBy: introductionInitiator().notNull(),
    status: introductionStatus().notNull().default('proposed'),
    message: text(),
    ...timestamps,
  },
  (t) => [uniqueIndex().on(t.workerId, t.vacancyId), index().on(t.vacancyId), index().on(t.organisationId, t.status)],
);

export const introductionStatusHistory = pgTable(
  'introduction_status_history',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    introductionId: uuid()
      .notNull()
      .references(() => introductions.id, { onDelete: 'cascade' }),
    fromStatus: introductionStatus(),
    toStatus: introductionStatus().notNull(),
    changedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    note: text(),
    /** The day the step took or takes place (a meeting next Tuesday), chosen by who records it. */
    stepDate: date({ mode: 'string' }),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.introductionId, t.changedAt), index().on(t.changedByUserId)],
);

/** A worker who moved: hired, seconded (detachering) or on a trial placement. */
export const placements = pgTable(
  'placements',
  {
    id: id(),
    workerId: uuid()
      .notNull()
      .references(() => workerProfiles.id, { onDelete: 'cascade' }),
    vacancyId: uuid().references(() => vacancies.id, { onDelete: 'set null' }),
    introductionId: uuid().references(() => introductions.id, { onDelete: 'set null' }),
    regionId: uuid()
      .notNull()
      .references(() => regions.id, { onDelete: 'restrict' }),
    fromOrganisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
    toOrganisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    kind: placementKind().notNull(),
    startDate: date({ mode: 'string' }).notNull(),
    endDate: date({ mode: 'string' }),
    /**
     * Days left in the worker's guidance window on the day of a hire: if the new job ends within
     * the region's safety window, the reopened transition continues from here.
     */
    guidanceDaysLeft: integer(),
    /** Set when the worker's transition was reopened after this placement (the safety net). */
    reopenedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index().on(t.workerId),
    index().on(t.vacancyId),
    index().on(t.introductionId),
    index().on(t.regionId, t.startDate),
    index().on(t.fromOrganisationId),
    index().on(t.toOrganisationId),
  ],
);

/** In-app notifications (new strong match, introduction status change). */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    /** Makes an event notify once (e.g. "strong-match:<worker>:<vacancy>"): unique per user. */
    dedupeKey: text(),
    readAt: timestamp({ withTimezone: true }),
    /** When it went out by e-mail, at once or in a digest; null: not (yet) mailed. */
    emailedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index().on(t.userId, t.readAt),
    uniqueIndex().on(t.userId, t.dedupeKey),
    index().on(t.emailedAt, t.createdAt),
  ],
);
