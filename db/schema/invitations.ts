import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './_columns';
import { users } from './auth';
import { contractType, invitationKind } from './enums';
import { organisations } from './organisations';
import { redundancies } from './redundancies';
import { regions } from './regions';
import { occupations } from './taxonomy';

/** Skills the employer confirms for an invited worker (source "employer" once the worker joins). */
export interface ConfirmedSkill {
  skillId: string;
  level: number;
}

/**
 * A one-time link that brings someone in: an at-risk worker of a redundancy announcement, a
 * colleague of a firm's HR, or a coordinator of the region (who has a region but no firm). The link's token is stored only as a hash; it expires, can be sent
 * again (a new token, the old one dies) and is worthless once used.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: id(),
    kind: invitationKind().notNull(),
    /** The firm that invites; none for a coordinator of the region. */
    organisationId: uuid().references(() => organisations.id, { onDelete: 'cascade' }),
    regionId: uuid()
      .notNull()
      .references(() => regions.id, { onDelete: 'restrict' }),
    /** For a worker: the announcement whose cohort they join. */
    redundancyId: uuid().references(() => redundancies.id, { onDelete: 'cascade' }),
    email: text().notNull(),
    name: text().notNull(),
    /** For a worker: the role that disappears, as written and as a taxonomy occupation. */
    roleTitle: text(),
    occupationId: uuid().references(() => occupations.id, { onDelete: 'set null' }),
    confirmedSkills: jsonb().$type<ConfirmedSkill[]>().notNull().default([]),
    /** For a worker, optional: the contract and weekly hours of the job that disappears (copied to the profile on joining). */
    currentContractType: contractType(),
    currentWeeklyHours: integer(),
    /** The language of the mail and of the account it creates. */
    language: text().notNull().default('nl'),
    /** sha256 of the token in the link. */
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    sentAt: timestamp({ withTimezone: true }),
    sendCount: integer().notNull().default(0),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    revokedAt: timestamp({ withTimezone: true }),
    createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex().on(t.tokenHash),
    // One invitation per person per announcement, and per colleague per firm: a repeated upload adds nobody twice.
    uniqueIndex('invitations_worker_once')
      .on(t.redundancyId, t.email)
      .where(sql`${t.kind} = 'worker'`),
    uniqueIndex('invitations_colleague_once')
      .on(t.organisationId, t.email)
      .where(sql`${t.kind} = 'colleague' and ${t.revokedAt} is null and ${t.acceptedAt} is null`),
    // Per coordinator per region: the one kind without a firm (the check below). Neither says
    // 'coordinator': the migration that adds the value may not use it in its own transaction.
    uniqueIndex('invitations_coordinator_once')
      .on(t.regionId, t.email)
      .where(sql`${t.organisationId} is null and ${t.revokedAt} is null and ${t.acceptedAt} is null`),
    check('invitations_firm_kinds', sql`(${t.kind} in ('worker', 'colleague')) = (${t.organisationId} is not null)`),
    index().on(t.organisationId, t.kind),
    index().on(t.regionId, t.kind),
    index().on(t.email),
    check('invitation_current_hours_range', sql`${t.currentWeeklyHours} between 1 and 60`),
  ],
);
