CREATE TABLE "taxonomy_vocabulary_versions" (
	"kind" text PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO "taxonomy_vocabulary_versions" ("kind") VALUES ('skill'), ('occupation') ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- Every statement that changes a vocabulary raises its counter (TG_ARGV[0]: which one).
CREATE OR REPLACE FUNCTION taxonomy_vocabulary_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE taxonomy_vocabulary_versions SET version = version + 1 WHERE kind = TG_ARGV[0];
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER skill_words_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON skill_words
  FOR EACH STATEMENT EXECUTE FUNCTION taxonomy_vocabulary_changed('skill');
--> statement-breakpoint
CREATE TRIGGER occupation_words_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON occupation_words
  FOR EACH STATEMENT EXECUTE FUNCTION taxonomy_vocabulary_changed('occupation');
