-- Search labels for skills and occupations (skill_labels, occupation_labels) are derived from the
-- label columns by triggers, so every writer (ESCO import, demo seed, admin edits) keeps them
-- right without knowing they exist. Inserts use a statement-level trigger (one insert for a
-- whole batch of new skills); updates a row-level trigger whose WHEN clause lets only rows with
-- changed labels through, so a popularity refresh over every skill costs nothing.

-- How labels and queries are compared: lower case, no accents, single spaces. IMMUTABLE with the
-- dictionary named explicitly (unaccent itself is only STABLE because of the search_path lookup).
CREATE OR REPLACE FUNCTION taxonomy_normalize(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, value)), '\s+', ' ', 'g')) $$;
--> statement-breakpoint

-- The searchable labels of one concept: preferred labels first so they win over an identical alt label.
CREATE OR REPLACE FUNCTION taxonomy_label_rows(pref_nl text, pref_en text, alt_nl text[], alt_en text[])
RETURNS TABLE (lang text, label text, normalized text, preferred boolean)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT l.lang, btrim(l.label), taxonomy_normalize(l.label), l.preferred
  FROM (
    SELECT 'nl', pref_nl, true, 0
    UNION ALL SELECT 'en', pref_en, true, 0
    UNION ALL SELECT 'nl', a, false, 1 FROM unnest(alt_nl) AS a
    UNION ALL SELECT 'en', a, false, 1 FROM unnest(alt_en) AS a
  ) AS l(lang, label, preferred, rank)
  WHERE l.label IS NOT NULL AND btrim(l.label) <> ''
  ORDER BY l.rank
$$;
--> statement-breakpoint

CREATE OR REPLACE FUNCTION skill_labels_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO skill_labels (skill_id, lang, label, normalized, preferred)
  SELECT s.id, l.lang, l.label, l.normalized, l.preferred
  FROM new_rows s
  CROSS JOIN LATERAL taxonomy_label_rows(s.preferred_label_nl, s.preferred_label_en, s.alt_labels_nl, s.alt_labels_en) l
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint

CREATE OR REPLACE FUNCTION skill_labels_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM skill_labels WHERE skill_id = NEW.id;
  INSERT INTO skill_labels (skill_id, lang, label, normalized, preferred)
  SELECT NEW.id, l.lang, l.label, l.normalized, l.preferred
  FROM taxonomy_label_rows(NEW.preferred_label_nl, NEW.preferred_label_en, NEW.alt_labels_nl, NEW.alt_labels_en) l
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint

CREATE TRIGGER skill_labels_on_insert AFTER INSERT ON skills
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION skill_labels_after_insert();
--> statement-breakpoint

CREATE TRIGGER skill_labels_on_update AFTER UPDATE ON skills FOR EACH ROW
WHEN ((NEW.preferred_label_nl, NEW.preferred_label_en, NEW.alt_labels_nl, NEW.alt_labels_en)
  IS DISTINCT FROM (OLD.preferred_label_nl, OLD.preferred_label_en, OLD.alt_labels_nl, OLD.alt_labels_en))
EXECUTE FUNCTION skill_labels_after_update();
--> statement-breakpoint

CREATE OR REPLACE FUNCTION occupation_labels_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO occupation_labels (occupation_id, lang, label, normalized, preferred)
  SELECT o.id, l.lang, l.label, l.normalized, l.preferred
  FROM new_rows o
  CROSS JOIN LATERAL taxonomy_label_rows(o.preferred_label_nl, o.preferred_label_en, o.alt_labels_nl, o.alt_labels_en) l
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint

CREATE OR REPLACE FUNCTION occupation_labels_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM occupation_labels WHERE occupation_id = NEW.id;
  INSERT INTO occupation_labels (occupation_id, lang, label, normalized, preferred)
  SELECT NEW.id, l.lang, l.label, l.normalized, l.preferred
  FROM taxonomy_label_rows(NEW.preferred_label_nl, NEW.preferred_label_en, NEW.alt_labels_nl, NEW.alt_labels_en) l
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint

CREATE TRIGGER occupation_labels_on_insert AFTER INSERT ON occupations
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION occupation_labels_after_insert();
--> statement-breakpoint

CREATE TRIGGER occupation_labels_on_update AFTER UPDATE ON occupations FOR EACH ROW
WHEN ((NEW.preferred_label_nl, NEW.preferred_label_en, NEW.alt_labels_nl, NEW.alt_labels_en)
  IS DISTINCT FROM (OLD.preferred_label_nl, OLD.preferred_label_en, OLD.alt_labels_nl, OLD.alt_labels_en))
EXECUTE FUNCTION occupation_labels_after_update();
--> statement-breakpoint

-- Databases that already hold a taxonomy (a seeded demo region) get their labels now.
INSERT INTO skill_labels (skill_id, lang, label, normalized, preferred)
SELECT s.id, l.lang, l.label, l.normalized, l.preferred
FROM skills s CROSS JOIN LATERAL taxonomy_label_rows(s.preferred_label_nl, s.preferred_label_en, s.alt_labels_nl, s.alt_labels_en) l
ON CONFLICT DO NOTHING;
--> statement-breakpoint

INSERT INTO occupation_labels (occupation_id, lang, label, normalized, preferred)
SELECT o.id, l.lang, l.label, l.normalized, l.preferred
FROM occupations o CROSS JOIN LATERAL taxonomy_label_rows(o.preferred_label_nl, o.preferred_label_en, o.alt_labels_nl, o.alt_labels_en) l
ON CONFLICT DO NOTHING;
