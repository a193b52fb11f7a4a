-- Autocomplete reads an inverted word index instead of trigram-scanning every label (which took
-- a second per query on a full ESCO set in PGlite). The label triggers of migration 0004 now
-- also keep skill_labels.words, the word index (*_label_words) and the vocabulary (*_words).

-- The words of a normalised label or query, in order: what the word index is keyed on.
CREATE OR REPLACE FUNCTION taxonomy_words(value text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
  SELECT coalesce(array_agg(t.w ORDER BY t.n), '{}')
  FROM regexp_split_to_table(value, '[^[:alnum:]]+') WITH ORDINALITY AS t(w, n)
  WHERE t.w <> ''
$$;
--> statement-breakpoint

CREATE OR REPLACE FUNCTION skill_labels_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH inserted AS (
    INSERT INTO skill_labels (skill_id, lang, label, normalized, words, preferred)
    SELECT c.id, l.lang, l.label, l.normalized, taxonomy_words(l.normalized), l.preferred
    FROM new_rows c
    CROSS JOIN LATERAL taxonomy_label_rows(c.preferred_label_nl, c.preferred_label_en, c.alt_labels_nl, c.alt_labels_en) l
    ON CONFLICT DO NOTHING
    RETURNING id, skill_id, words
  ), postings AS (
    INSERT INTO skill_label_words (word, label_id, skill_id, popularity, first, whole)
    SELECT w.word, i.id, i.skill_id, c.popularity, bool_or(w.n = 1), bool_or(cardinality(i.words) = 1)
    FROM inserted i
    JOIN new_rows c ON c.id = i.skill_id
    CROSS JOIN LATERAL unnest(i.words) WITH ORDINALITY AS w(word, n)
    GROUP BY w.word, i.id, i.skill_id, c.popularity
    RETURNING word
  )
  INSERT INTO skill_words (word) SELECT DISTINCT word FROM postings ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint

CREATE OR REPLACE FUNCTION skill_labels_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM skill_label_words p USING skill_labels l
  WHERE l.skill_id = NEW.id AND p.label_id = l.id AND p.word = ANY (l.words);
  DELETE FROM skill_labels WHERE skill_id = NEW.id;
  WITH inserted AS (
    INSERT INTO skill_labels (skill_id, lang, label, normalized, words, preferred)
    SELECT NEW.id, l.lang, l.label, l.normalized, taxonomy_words(l.normalized), l.preferred
    FROM taxonomy_label_rows(NEW.preferred_label_nl, NEW.preferred_label_en, NEW.alt_labels_nl, NEW.alt_labels_en) l
    ON CONFLICT DO NOTHING
    RETURNING id, words
  ), postings AS (
    INSERT INTO skill_label_words (word, label_id, skill_id, popularity, first, whole)
    SELECT w.word, i.id, NEW.id, NEW.popularity, bool_or(w.n = 1), bool_or(cardinality(i.words) = 1)
    FROM inserted i
    CROSS JOIN LATERAL unnest(i.words) WITH ORDINALITY AS w(word, n)
    GROUP BY w.word, i.id
    RETURNING word
  )
  INSERT INTO skill_words (word) SELECT DISTINCT word FROM postings ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint

-- The labels go with the concept (foreign key cascade); the word index has no foreign key (it
-- would cost a lookup per inserted word), so a deleted concept's entries are removed here.
CREATE OR REPLACE FUNCTION skill_labels_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM skill_label_words p USING old_rows o WHERE p.skill_id = o.id;
  RETURN NULL;
END $$;
--> statement-breakpoint

CREATE TRIGGER skill_labels_on_delete AFTER DELETE ON skills
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION skill_labels_after_delete();
--> statement-breakpoint

-- Rebuild what earlier migrations derived, now with words and the word index.
DELETE FROM skill_labels;
--> statement-breakpoint

WITH inserted AS (
  INSERT INTO skill_labels (skill_id, lang, label, normalized, words, preferred)
  SELECT c.id, l.lang, l.label, l.normalized, taxonomy_words(l.normalized), l.preferred
  FROM skills c
  CROSS JOIN LATERAL taxonomy_label_rows(c.preferred_label_nl, c.preferred_label_en, c.alt_labels_nl, c.alt_labels_en) l
  ON CONFLICT DO NOTHING
  RETURNING id, skill_id, words
), postings AS (
  INSERT INTO skill_label_words (word, label_id, skill_id, popularity, first, whole)
  SELECT w.word, i.id, i.skill_id, c.popularity, bool_or(w.n = 1), bool_or(cardinality(i.words) = 1)
  FROM inserted i
  JOIN skills c ON c.id = i.skill_id
  CROSS JOIN LATERAL unnest(i.words) WITH ORDINALITY AS w(word, n)
  GROUP BY w.word, i.id, i.skill_id, c.popularity
  RETURNING word
)
INSERT INTO skill_words (word) SELECT DISTINCT word FROM postings ON CONFLICT DO NOTHING;
--> statement-breakpoint

CREATE OR REPLACE FUNCTION occupation_labels_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH inserted AS (
    INSERT INTO occupation_labels (occupation_id, lang, label, normalized, words, preferred)
    SELECT c.id, l.lang, l.label, l.normalized, taxonomy_words(l.normalized), l.preferred
    FROM new_rows c
    CROSS JOIN LATERAL taxonomy_label_rows(c.preferred_label_nl, c.preferred_label_en, c.alt_labels_nl, c.alt_labels_en) l
    ON CONFLICT DO NOTHING
    RETURNING id, occupation_id, words
  ), postings AS (
    INSERT INTO occupation_label_words (word, label_id, occupation_id, popularity, first, whole)
    SELECT w.word, i.id, i.occupation_id, c.popularity, bool_or(w.n = 1), bool_or(cardinality(i.words) = 1)
    FROM inserted i
    JOIN new_rows c ON c.id = i.occupation_id
    CROSS JOIN LATERAL unnest(i.words) WITH ORDINALITY AS w(word, n)
    GROUP BY w.word, i.id, i.occupation_id, c.popularity
    RETURNING word
  )
  INSERT INTO occupation_words (word) SELECT DISTINCT word FROM postings ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint

CREATE OR REPLACE FUNCTION occupation_labels_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM occupation_label_words p USING occupation_labels l
  WHERE l.occupation_id = NEW.id AND p.label_id = l.id AND p.word = ANY (l.words);
  DELETE FROM occupation_labels WHERE occupation_id = NEW.id;
  WITH inserted AS (
    INSERT INTO occupation_labels (occupation_id, lang, label, normalized, words, preferred)
    SELECT NEW.id, l.lang, l.label, l.normalized, taxonomy_words(l.normalized), l.preferred
    FROM taxonomy_label_rows(NEW.preferred_label_nl, NEW.preferred_label_en, NEW.alt_labels_nl, NEW.alt_labels_en) l
    ON CONFLICT DO NOTHING
    RETURNING id, words
  ), postings AS (
    INSERT INTO occupation_label_words (word, label_id, occupation_id, popularity, first, whole)
    SELECT w.word, i.id, NEW.id, NEW.popularity, bool_or(w.n = 1), bool_or(cardinality(i.words) = 1)
    FROM inserted i
    CROSS JOIN LATERAL unnest(i.words) WITH ORDINALITY AS w(word, n)
    GROUP BY w.word, i.id
    RETURNING word
  )
  INSERT INTO occupation_words (word) SELECT DISTINCT word FROM postings ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint

-- The labels go with the concept (foreign key cascade); the word index has no foreign key (it
-- would cost a lookup per inserted word), so a deleted concept's entries are removed here.
CREATE OR REPLACE FUNCTION occupation_labels_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM occupation_label_words p USING old_rows o WHERE p.occupation_id = o.id;
  RETURN NULL;
END $$;
--> statement-breakpoint

CREATE TRIGGER occupation_labels_on_delete AFTER DELETE ON occupations
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION occupation_labels_after_delete();
--> statement-breakpoint

-- Rebuild what earlier migrations derived, now with words and the word index.
DELETE FROM occupation_labels;
--> statement-breakpoint

WITH inserted AS (
  INSERT INTO occupation_labels (occupation_id, lang, label, normalized, words, preferred)
  SELECT c.id, l.lang, l.label, l.normalized, taxonomy_words(l.normalized), l.preferred
  FROM occupations c
  CROSS JOIN LATERAL taxonomy_label_rows(c.preferred_label_nl, c.preferred_label_en, c.alt_labels_nl, c.alt_labels_en) l
  ON CONFLICT DO NOTHING
  RETURNING id, occupation_id, words
), postings AS (
  INSERT INTO occupation_label_words (word, label_id, occupation_id, popularity, first, whole)
  SELECT w.word, i.id, i.occupation_id, c.popularity, bool_or(w.n = 1), bool_or(cardinality(i.words) = 1)
  FROM inserted i
  JOIN occupations c ON c.id = i.occupation_id
  CROSS JOIN LATERAL unnest(i.words) WITH ORDINALITY AS w(word, n)
  GROUP BY w.word, i.id, i.occupation_id, c.popularity
  RETURNING word
)
INSERT INTO occupation_words (word) SELECT DISTINCT word FROM postings ON CONFLICT DO NOTHING;
