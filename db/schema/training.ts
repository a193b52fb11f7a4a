import { doublePrecision, index, integer, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './_columns';
import { trainingMode, trainingPayer } from './enums';
import { regions } from './regions';
import { skills } from './taxonomy';

/** A course in the region that closes a skill gap (training, retraining, accreditation). */
export const trainingOffers = pgTable(
  'training_offers',
  {
    id: id(),
    regionId: uuid()
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    provider: text().notNull(),
    titleNl: text().notNull(),
    titleEn: text().notNull(),
    descriptionNl: text().notNull().default(''),
    descriptionEn: text().notNull().default(''),
    durationWeeks: integer().notNull(),
    mode: trainingMode().notNull(),
    costEuros: integer().notNull(),
    /** Who pays the cost (the coordinator shows the worker what it would cost them, often nothing). */
    paidBy: trainingPayer().notNull().default('employer'),
    url: text(),
    city: text().notNull(),
    lat: doublePrecision(),
    lon: doublePrecision(),
    ...timestamps,
  },
  (t) => [index().on(t.regionId)],
);

export const trainingOfferSkills = pgTable(
  'training_offer_skills',
  {
    trainingOfferId: uuid()
      .notNull()
      .references(() => trainingOffers.id, { onDelete: 'cascade' }),
    skillId: uuid()
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    /** The level (1–4) a graduate reaches. */
    levelTaught: smallint().notNull().default(2),
  },
  (t) => [primaryKey({ columns: [t.trainingOfferId, t.skillId] }), index().on(t.skillId)],
);
