import { pgTable, primaryKey, timestamp, uuid, index } from 'drizzle-orm/pg-core';
import { hideReason, vacancyReaction } from './enums';
import { vacancies } from './vacancies';
import { workerProfiles } from './workers';

/**
 * A worker saved or hid ("not for me") a vacancy. Interest is not a reaction but an
 * introduction the worker starts, so that the employer sees it as an interested candidate.
 */
export const vacancyReactions = pgTable(
  'vacancy_reactions',
  {
    workerId: uuid()
      .notNull()
      .references(() => workerProfiles.id, { onDelete: 'cascade' }),
    vacancyId: uuid()
      .notNull()
      .references(() => vacancies.id, { onDelete: 'cascade' }),
    kind: vacancyReaction().notNull(),
    /** Only for 'hidden', and optional there. */
    hideReason: hideReason(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workerId, t.vacancyId, t.kind] }), index().on(t.vacancyId, t.kind)],
);
