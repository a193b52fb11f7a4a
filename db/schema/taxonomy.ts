import {
  type AnyPgColumn,
  bigint,
  boolean,
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
import { sql } from 'drizzle-orm';
import { id, timestamps } from './_columns';
import { skillRelation, skillType } from './enums';

/** Skill groups of the skill pillar (ESCO's hierarchy above individual skills). */
export const skillGroups = pgTable(
  'skill_groups',
  {
    id: id(),
    uri: text().notNull().unique(),
    code: text(),
    labelNl: text(),
    labelEn: text(),
    parentGroupId: uuid().references((): AnyPgColumn => skillGroups.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [index().on(t.parentGroupId)],
);

/** A skill from the taxonomy (ESCO or the built-in demo list), identified by its stable URI. */
export const skills = pgTable(
  'skills',
  {
    id: id(),
    uri: text().notNull().unique(),
    preferredLabelNl: text(),
    preferredLabelEn: text(),
    altLabelsNl: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    altLabelsEn: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** English description (ESCO's source language); `descriptionNl` holds the Dutch one. */
    description: text(),
    descriptionNl: text(),
    skillType: skillType().notNull().default('skill'),
    reuseLevel: text(),
    /** The first broader skill; all of them are in skill_broader_relations (ESCO is a polyhierarchy). */
    broaderSkillId: uuid().references((): AnyPgColumn => skills.id, { onDelete: 'set null' }),
    /** The first skill group; all of them are in skill_group_members. */
    skillGroupId: uuid().references(() => skillGroups.id, { onDelete: 'set null' }),
    /** How common the skill is (occupation + vacancy + worker references), refreshed at import; ranks autocomplete. */
    popularity: integer().notNull().default(0),
    /**
     * Set when a newer ESCO import no longer contains the skill. The row stays because worker and
     * vacancy skills may still point at it; autocomplete no longer offers it.
     */
    retiredAt: timestamp({ withTimezone: true, mode: 'date' }),
    ...timestamps,
  },
  (t) => [index().on(t.broaderSkillId), index().on(t.skillGroupId)],
);

/** Every broader skill of a skill (ESCO allows several), e.g. "write Hungarian" → "Hungarian". */
export const skillBroaderRelations = pgTable(
  'skill_broader_relations',
  {
    skillId: uuid()
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    broaderSkillId: uuid()
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.skillId, t.broaderSkillId] }), index().on(t.broaderSkillId)],
);

/** Every skill group a skill belongs to (a skill can sit in several groups of the skill pillar). */
export const skillGroupMembers = pgTable(
  'skill_group_members',
  {
    skillId: uuid()
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    skillGroupId: uuid()
      .notNull()
      .references(() => skillGroups.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.skillId, t.skillGroupId] }), index().on(t.skillGroupId)],
);

/**
 * Autocomplete's search structures, all maintained by database triggers on `skills` and
 * `occupations` (see the label-trigger migration), so every writer — ESCO import, demo seed,
 * admin edits — keeps them right without knowing they exist:
 *  - *_labels: one row per label (preferred or alternative, Dutch or English) with its
 *    lower-cased, accent-free form and that form's words (GIN-indexed: labels having all the
 *    words of a query are found by intersecting posting lists inside the index);
 *  - *_label_words: word → label, ordered for "the most common concepts whose label has this
 *    word" (a whole-label or first-word hit first), so a one-word query reads a few dozen
 *    index entries per word instead of every label with the word;
 *  - *_words: the vocabulary, where prefixes are expanded and typos matched (pg_trgm).
 */
export const skillLabels = pgTable(
  'skill_labels',
  {
    id: bigint({ mode: 'number' }).generatedAlwaysAsIdentity(),
    skillId: uuid()
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    lang: text().notNull(),
    label: text().notNull(),
    normalized: text().notNull(),
    /** The words of `normalized`, in order. */
    words: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    preferred: boolean().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.skillId, t.lang, t.normalized] }),
    uniqueIndex('skill_labels_id_idx').on(t.id),
    index('skill_labels_words_idx').using('gin', t.words),
    index('skill_labels_normalized_prefix_idx').using('btree', sql`${t.normalized} text_pattern_ops`),
  ],
);

export const skillLabelWords = pgTable(
  'skill_label_words',
  {
    word: text().notNull(),
    labelId: bigint({ mode: 'number' }).notNull(),
    skillId: uuid().notNull(),
    /** A copy of skills.popularity, so the index below can hand out the most common skills first. */
    popularity: integer().notNull(),
    /** The word opens the label (a label-prefix match). */
    first: boolean().notNull(),
    /** The word is the whole label (an exact match). */
    whole: boolean().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.word, t.labelId] }),
    // The label id last makes autocomplete's reads index-only: every posting of a word without
    // a visit to the table (a rare word's 400 postings lay on 400 different pages).
    index('skill_label_words_ranked_idx').on(t.word, t.whole.desc(), t.first.desc(), t.popularity.desc(), t.labelId),
  ],
);

export const skillWords = pgTable(
  'skill_words',
  {
    word: text().primaryKey(),
    /** Labels with this word (refreshed at import): the rarest query word drives the search. */
    frequency: integer().notNull().default(0),
  },
  (t) => [
    index('skill_words_prefix_idx').using('btree', sql`${t.word} text_pattern_ops`),
    index('skill_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`),
  ],
);

/** ISCO-08 groups (1 to 4 digits), the backbone of occupation similarity. */
export const iscoGroups = pgTable(
  'isco_groups',
  {
    code: text().primaryKey(),
    labelNl: text(),
    labelEn: text(),
    parentCode: text().references((): AnyPgColumn => iscoGroups.code, { onDelete: 'set null' }),
  },
  (t) => [index().on(t.parentCode)],
);

export const occupations = pgTable(
  'occupations',
  {
    id: id(),
    uri: text().notNull().unique(),
    code: text().notNull(),
    iscoGroup: text()
      .notNull()
      .references(() => iscoGroups.code, { onDelete: 'restrict' }),
    preferredLabelNl: text(),
    preferredLabelEn: text(),
    altLabelsNl: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    altLabelsEn: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** English description; `descriptionNl` holds the Dutch one. */
    description: text(),
    descriptionNl: text(),
    /** How often vacancies and workers refer to the occupation, refreshed at import; ranks search. */
    popularity: integer().notNull().default(0),
    /** Set when a newer ESCO import no longer contains the occupation (kept for the rows pointing at it). */
    retiredAt: timestamp({ withTimezone: true, mode: 'date' }),
    ...timestamps,
  },
  (t) => [index().on(t.iscoGroup), index().on(t.code)],
);

/** Occupation search structures, like the skill ones above. */
export const occupationLabels = pgTable(
  'occupation_labels',
  {
    id: bigint({ mode: 'number' }).generatedAlwaysAsIdentity(),
    occupationId: uuid()
      .notNull()
      .references(() => occupations.id, { onDelete: 'cascade' }),
    lang: text().notNull(),
    label: text().notNull(),
    normalized: text().notNull(),
    words: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    preferred: boolean().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.occupationId, t.lang, t.normalized] }),
    uniqueIndex('occupation_labels_id_idx').on(t.id),
    index('occupation_labels_words_idx').using('gin', t.words),
    index('occupation_labels_normalized_prefix_idx').using('btree', sql`${t.normalized} text_pattern_ops`),
  ],
);

export const occupationLabelWords = pgTable(
  'occupation_label_words',
  {
    word: text().notNull(),
    labelId: bigint({ mode: 'number' }).notNull(),
    occupationId: uuid().notNull(),
    popularity: integer().notNull(),
    first: boolean().notNull(),
    whole: boolean().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.word, t.labelId] }),
    index('occupation_label_words_ranked_idx').on(
      t.word,
      t.whole.desc(),
      t.first.desc(),
      t.popularity.desc(),
      t.labelId,
    ),
  ],
);

export const occupationWords = pgTable(
  'occupation_words',
  {
    word: text().primaryKey(),
    frequency: integer().notNull().default(0),
  },
  (t) => [
    index('occupation_words_prefix_idx').using('btree', sql`${t.word} text_pattern_ops`),
    index('occupation_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`),
  ],
);

/**
 * A counter per vocabulary ('skill', 'occupation'), raised by a trigger on every statement that
 * changes skill_words or occupation_words (label triggers, the import's set-based build, the
 * popularity refresh). Autocomplete keeps each vocabulary in memory (server/taxonomy/
 * vocabulary.ts) and reads it again when the counter moved, on whichever app instance.
 */
export const taxonomyVocabularyVersions = pgTable('taxonomy_vocabulary_versions', {
  kind: text().primaryKey(),
  version: bigint({ mode: 'number' }).notNull().default(0),
});

export const occupationSkills = pgTable(
  'occupation_skills',
  {
    occupationId: uuid()
      .notNull()
      .references(() => occupations.id, { onDelete: 'cascade' }),
    skillId: uuid()
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    relation: skillRelation().notNull(),
  },
  (t) => [primaryKey({ columns: [t.occupationId, t.skillId] }), index().on(t.skillId)],
);

/** One row per taxonomy import: when, from where, in which languages, and what changed. */
export const taxonomyImports = pgTable('taxonomy_imports', {
  id: id(),
  source: text().notNull(),
  languages: text().array().notNull(),
  summary: jsonb().notNull(),
  startedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  finishedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
