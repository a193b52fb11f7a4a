import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './_columns';
import { notificationEmail, role } from './enums';
import { organisations } from './organisations';
import { regions } from './regions';

/** Users, in the shape Auth.js adapters expect, plus a password hash for the credentials provider. */
export const users = pgTable('users', {
  id: id(),
  name: text().notNull(),
  email: text().notNull().unique(),
  emailVerified: timestamp({ withTimezone: true }),
  image: text(),
  /** argon2id; null for users who only sign in through single sign-on. */
  passwordHash: text(),
  locale: text().notNull().default('nl'),
  /** A disabled account cannot sign in and its sessions end; set by a coordinator or an admin. */
  disabledAt: timestamp({ withTimezone: true }),
  disabledByUserId: uuid(),
  /** Notifications by e-mail: at once, as a daily digest, or off (in-app notifications stay). */
  notificationEmail: notificationEmail().notNull().default('immediate'),
  /**
   * Set when the user deleted their account: the row stays as a tombstone without personal data
   * (name and e-mail replaced, no password) so the region's counts and placements stay right.
   */
  erasedAt: timestamp({ withTimezone: true }),
  ...timestamps,
});

/** Linked single-sign-on accounts (OIDC for employer SSO). */
export const accounts = pgTable(
  'accounts',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text().notNull(),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    refreshToken: text(),
    accessToken: text(),
    expiresAt: integer(),
    tokenType: text(),
    scope: text(),
    idToken: text(),
    sessionState: text(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index().on(t.userId)],
);

/**
 * One row per signed-in session. The session cookie (a JWT) names the row by a random id that
 * is stored here only as a hash; a request is signed in only while its row exists and has not
 * expired, so signing out, disabling the account or changing its membership ends the session
 * at once, and `expires` is an absolute lifetime that activity does not extend.
 */
export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the session id carried in the cookie. */
    sessionToken: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expires: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId)],
);

/**
 * Sign-in attempts per account ("account:<email>") and per client address ("address:<ip>"),
 * counted in fixed windows. In the database, so every app instance sees the same counts.
 */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: text().primaryKey(),
  attempts: integer().notNull(),
  windowStartedAt: timestamp({ withTimezone: true }).notNull(),
  /** Set when an account had too many failed attempts: no sign-in at all until then. */
  lockedUntil: timestamp({ withTimezone: true }),
});

export const verificationTokens = pgTable(
  'verification_tokens',
  {
    identifier: text().notNull(),
    token: text().notNull(),
    expires: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/**
 * What a user may do, and where. A worker and a coordinator belong to a region; an employer
 * belongs to an organisation (and through it, a region); an admin is global.
 */
export const memberships = pgTable(
  'memberships',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: role().notNull(),
    organisationId: uuid().references(() => organisations.id, { onDelete: 'cascade' }),
    regionId: uuid().references(() => regions.id, { onDelete: 'cascade' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex().on(t.userId), // one role per account keeps sessions and tenancy unambiguous
    index().on(t.organisationId),
    index().on(t.regionId),
    check(
      'membership_scope',
      sql`(${t.role} = 'admin') or (${t.regionId} is not null and (${t.role} <> 'employer' or ${t.organisationId} is not null))`,
    ),
  ],
);
