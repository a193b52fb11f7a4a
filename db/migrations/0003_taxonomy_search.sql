CREATE TABLE "occupation_labels" (
	"occupation_id" uuid NOT NULL,
	"lang" text NOT NULL,
	"label" text NOT NULL,
	"normalized" text NOT NULL,
	"preferred" boolean NOT NULL,
	CONSTRAINT "occupation_labels_occupation_id_lang_normalized_pk" PRIMARY KEY("occupation_id","lang","normalized")
);
--> statement-breakpoint
CREATE TABLE "skill_broader_relations" (
	"skill_id" uuid NOT NULL,
	"broader_skill_id" uuid NOT NULL,
	CONSTRAINT "skill_broader_relations_skill_id_broader_skill_id_pk" PRIMARY KEY("skill_id","broader_skill_id")
);
--> statement-breakpoint
CREATE TABLE "skill_group_members" (
	"skill_id" uuid NOT NULL,
	"skill_group_id" uuid NOT NULL,
	CONSTRAINT "skill_group_members_skill_id_skill_group_id_pk" PRIMARY KEY("skill_id","skill_group_id")
);
--> statement-breakpoint
CREATE TABLE "skill_labels" (
	"skill_id" uuid NOT NULL,
	"lang" text NOT NULL,
	"label" text NOT NULL,
	"normalized" text NOT NULL,
	"preferred" boolean NOT NULL,
	CONSTRAINT "skill_labels_skill_id_lang_normalized_pk" PRIMARY KEY("skill_id","lang","normalized")
);
--> statement-breakpoint
CREATE TABLE "taxonomy_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"languages" text[] NOT NULL,
	"summary" jsonb NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "occupations" ADD COLUMN "description_nl" text;--> statement-breakpoint
ALTER TABLE "occupations" ADD COLUMN "popularity" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "occupations" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "skills" ADD COLUMN "description_nl" text;--> statement-breakpoint
ALTER TABLE "skills" ADD COLUMN "popularity" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "skills" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "occupation_labels" ADD CONSTRAINT "occupation_labels_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_broader_relations" ADD CONSTRAINT "skill_broader_relations_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_broader_relations" ADD CONSTRAINT "skill_broader_relations_broader_skill_id_skills_id_fk" FOREIGN KEY ("broader_skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_group_members" ADD CONSTRAINT "skill_group_members_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_group_members" ADD CONSTRAINT "skill_group_members_skill_group_id_skill_groups_id_fk" FOREIGN KEY ("skill_group_id") REFERENCES "public"."skill_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_labels" ADD CONSTRAINT "skill_labels_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "occupation_labels_normalized_trgm_idx" ON "occupation_labels" USING gin ("normalized" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "occupation_labels_normalized_prefix_idx" ON "occupation_labels" USING btree ("normalized" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "skill_broader_relations_broader_skill_id_index" ON "skill_broader_relations" USING btree ("broader_skill_id");--> statement-breakpoint
CREATE INDEX "skill_group_members_skill_group_id_index" ON "skill_group_members" USING btree ("skill_group_id");--> statement-breakpoint
CREATE INDEX "skill_labels_normalized_trgm_idx" ON "skill_labels" USING gin ("normalized" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "skill_labels_normalized_prefix_idx" ON "skill_labels" USING btree ("normalized" text_pattern_ops);