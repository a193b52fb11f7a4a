import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The PostgreSQL search backend's index: one denormalised row per searchable vacancy or
 * (consenting, anonymised) worker, filled from the outbox exactly like Meilisearch would be.
 * `document` is what a search returns; the other columns exist to filter and rank.
 */
export const searchVacancies = pgTable(
  'search_vacancies',
  {
    id: uuid().primaryKey(),
    regionId: uuid().notNull(),
    organisationId: uuid().notNull(),
    document: jsonb().notNull(),
    /** Everything searchable (title, occupation, skill labels, description): what a query must match, through the GIN index. */
    terms: tsvector().notNull(),
    /**
     * Title (A) and occupation (B) only: what ranks the matches. Small enough to stay inline,
     * so ranking ten thousand matches does not decompress ten thousand full vectors.
     */
    rankTerms: tsvector()
      .notNull()
      .default(sql`''::tsvector`),
    skillIds: uuid().array().notNull(),
    iscoPath: text().array().notNull(),
    occupationId: uuid(),
    hoursMin: integer().notNull(),
    hoursMax: integer().notNull(),
    contractType: text().notNull(),
    remote: text().notNull(),
    city: text().notNull(),
    startDate: date({ mode: 'string' }),
    openToRetraining: boolean().notNull(),
    lat: doublePrecision().notNull(),
    lon: doublePrecision().notNull(),
    publishedAt: timestamp({ withTimezone: true }).notNull(),
    /** End of the priority window (null: none): until then only at-risk workers of the region find it. */
    priorityUntil: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('search_vacancies_terms_idx').using('gin', t.terms),
    index('search_vacancies_skill_ids_idx').using('gin', t.skillIds),
    index('search_vacancies_isco_path_idx').using('gin', t.iscoPath),
    index().on(t.regionId, t.publishedAt),
    index().on(t.lat, t.lon),
  ],
);

export const searchWorkers = pgTable(
  'search_workers',
  {
    id: uuid().primaryKey(),
    regionId: uuid().notNull(),
    openToOtherRegions: boolean().notNull(),
    document: jsonb().notNull(),
    /** Everything searchable (title, occupation, skill labels, description): what a query must match, through the GIN index. */
    terms: tsvector().notNull(),
    /**
     * Title (A) and occupation (B) only: what ranks the matches. Small enough to stay inline,
     * so ranking ten thousand matches does not decompress ten thousand full vectors.
     */
    rankTerms: tsvector()
      .notNull()
      .default(sql`''::tsvector`),
    skillIds: uuid().array().notNull(),
    iscoPath: text().array().notNull(),
    hoursMin: integer().notNull(),
    hoursMax: integer().notNull(),
    contractPreferences: text().array().notNull(),
    lat: doublePrecision().notNull(),
    lon: doublePrecision().notNull(),
  },
  (t) => [
    index('search_workers_terms_idx').using('gin', t.terms),
    index('search_workers_skill_ids_idx').using('gin', t.skillIds),
    index().on(t.regionId),
  ],
);

/** Every word the index knows, for typo tolerance: a misspelt query word is matched to its nearest known words. */
export const searchTerms = pgTable('search_terms', { term: text().primaryKey() }, (t) => [
  index('search_terms_trgm_idx').using('gin', sql`${t.term} gin_trgm_ops`),
]);
