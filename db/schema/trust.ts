import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { consentScope, outboxAggregate, outboxOperation } from './enums';
import { introductions } from './matching';
import { organisations } from './organisations';
import { regions } from './regions';
import { workerProfiles } from './workers';
import { id } from './_columns';

/** Consent history: every grant and revocation is kept, the current state is the open row. */
export const consents = pgTable(
  'consents',
  {
    id: id(),
    workerId: uuid()
      .notNull()
      .references(() => workerProfiles.id, { onDelete: 'cascade' }),
    scope: consentScope().notNull(),
    /** For scope 'introduction': the employer the worker's identity is shared with. */
    organisationId: uuid().references(() => organisations.id, { onDelete: 'cascade' }),
    /** For scope 'introduction': the one introduction the identity was shared for. */
    introductionId: uuid().references(() => introductions.id, { onDelete: 'cascade' }),
    grantedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.workerId, t.scope), index().on(t.organisationId), index().on(t.introductionId)],
);

/** Who accessed or changed what. Workers can see every access to their profile. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    actorUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    action: text().notNull(),
    subjectType: text().notNull(),
    subjectId: text().notNull(),
    regionId: uuid().references(() => regions.id, { onDelete: 'set null' }),
    organisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
    metadata: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.subjectType, t.subjectId, t.at),
    index().on(t.actorUserId, t.at),
    index().on(t.regionId, t.at),
    index().on(t.organisationId, t.at),
  ],
);

/** Transactional outbox: written with every vacancy/worker change, drained into the search index. */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    aggregate: outboxAggregate().notNull(),
    aggregateId: uuid().notNull(),
    operation: outboxOperation().notNull(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    availableAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.processedAt, t.availableAt), index().on(t.aggregate, t.aggregateId)],
);

/**
 * The name an employer knows an anonymised candidate by ("K-7Q4M2"): one per employer and
 * worker, so two employers cannot compare notes on the same person, and the global profile id
 * never leaves the server.
 */
export const candidatePseudonyms = pgTable(
  'candidate_pseudonyms',
  {
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    workerId: uuid()
      .notNull()
      .references(() => workerProfiles.id, { onDelete: 'cascade' }),
    code: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.workerId] }), uniqueIndex().on(t.organisationId, t.code)],
);
