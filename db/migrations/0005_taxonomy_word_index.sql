CREATE TABLE "occupation_label_words" (
	"word" text NOT NULL,
	"label_id" bigint NOT NULL,
	"occupation_id" uuid NOT NULL,
	"popularity" integer NOT NULL,
	"first" boolean NOT NULL,
	"whole" boolean NOT NULL,
	CONSTRAINT "occupation_label_words_word_label_id_pk" PRIMARY KEY("word","label_id")
);
--> statement-breakpoint
CREATE TABLE "occupation_words" (
	"word" text PRIMARY KEY NOT NULL,
	"frequency" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skill_label_words" (
	"word" text NOT NULL,
	"label_id" bigint NOT NULL,
	"skill_id" uuid NOT NULL,
	"popularity" integer NOT NULL,
	"first" boolean NOT NULL,
	"whole" boolean NOT NULL,
	CONSTRAINT "skill_label_words_word_label_id_pk" PRIMARY KEY("word","label_id")
);
--> statement-breakpoint
CREATE TABLE "skill_words" (
	"word" text PRIMARY KEY NOT NULL,
	"frequency" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
DROP INDEX "occupation_labels_normalized_trgm_idx";--> statement-breakpoint
DROP INDEX "skill_labels_normalized_trgm_idx";--> statement-breakpoint
ALTER TABLE "occupation_labels" ADD COLUMN "id" bigint NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "occupation_labels_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1);--> statement-breakpoint
ALTER TABLE "occupation_labels" ADD COLUMN "words" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "skill_labels" ADD COLUMN "id" bigint NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "skill_labels_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1);--> statement-breakpoint
ALTER TABLE "skill_labels" ADD COLUMN "words" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "occupation_label_words_ranked_idx" ON "occupation_label_words" USING btree ("word","whole" DESC NULLS LAST,"first" DESC NULLS LAST,"popularity" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "occupation_words_prefix_idx" ON "occupation_words" USING btree ("word" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "occupation_words_trgm_idx" ON "occupation_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "skill_label_words_ranked_idx" ON "skill_label_words" USING btree ("word","whole" DESC NULLS LAST,"first" DESC NULLS LAST,"popularity" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "skill_words_prefix_idx" ON "skill_words" USING btree ("word" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "skill_words_trgm_idx" ON "skill_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "occupation_labels_id_idx" ON "occupation_labels" USING btree ("id");--> statement-breakpoint
CREATE INDEX "occupation_labels_words_idx" ON "occupation_labels" USING gin ("words");--> statement-breakpoint
CREATE UNIQUE INDEX "skill_labels_id_idx" ON "skill_labels" USING btree ("id");--> statement-breakpoint
CREATE INDEX "skill_labels_words_idx" ON "skill_labels" USING gin ("words");