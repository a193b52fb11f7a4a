CREATE TYPE "public"."invitation_kind" AS ENUM('worker', 'colleague');--> statement-breakpoint
CREATE TYPE "public"."language_level" AS ENUM('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native');--> statement-breakpoint
CREATE TYPE "public"."size_band" AS ENUM('1-9', '10-49', '50-249', '250+');--> statement-breakpoint
CREATE TABLE "region_neighbours" (
	"region_id" uuid NOT NULL,
	"neighbour_id" uuid NOT NULL,
	CONSTRAINT "region_neighbours_region_id_neighbour_id_pk" PRIMARY KEY("region_id","neighbour_id")
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "invitation_kind" NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"redundancy_id" uuid,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role_title" text,
	"occupation_id" uuid,
	"confirmed_skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"language" text DEFAULT 'nl' NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"send_count" integer DEFAULT 0 NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_user_id" uuid,
	"revoked_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "worker_desired_occupations" (
	"worker_id" uuid NOT NULL,
	"occupation_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "worker_desired_occupations_worker_id_occupation_id_pk" PRIMARY KEY("worker_id","occupation_id")
);
--> statement-breakpoint
CREATE TABLE "worker_experiences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"worker_id" uuid NOT NULL,
	"employer_name" text NOT NULL,
	"title" text NOT NULL,
	"occupation_id" uuid,
	"start_date" date NOT NULL,
	"end_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "worker_experience_dates" CHECK ("worker_experiences"."end_date" is null or "worker_experiences"."end_date" >= "worker_experiences"."start_date")
);
--> statement-breakpoint
CREATE TABLE "worker_languages" (
	"worker_id" uuid NOT NULL,
	"language" text NOT NULL,
	"level" "language_level" NOT NULL,
	CONSTRAINT "worker_languages_worker_id_language_pk" PRIMARY KEY("worker_id","language"),
	CONSTRAINT "worker_language_code" CHECK ("worker_languages"."language" ~ '^[a-z]{2}$')
);
--> statement-breakpoint
ALTER TABLE "organisations" DROP CONSTRAINT "organisations_kvkNumber_unique";--> statement-breakpoint
ALTER TABLE "worker_profiles" DROP CONSTRAINT "worker_profiles_desired_occupation_id_occupations_id_fk";
--> statement-breakpoint
DROP INDEX "worker_profiles_desired_occupation_id_index";--> statement-breakpoint
ALTER TABLE "organisations" ALTER COLUMN "employee_count" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "regions" ADD COLUMN "priority_window_days" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "regions" ADD COLUMN "default_commute_km" integer DEFAULT 25 NOT NULL;--> statement-breakpoint
ALTER TABLE "regions" ADD COLUMN "safety_window_months" integer DEFAULT 12 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "size_band" "size_band";--> statement-breakpoint
-- Existing firms get the size band of their headcount.
UPDATE "organisations" SET "size_band" = (CASE
  WHEN "employee_count" < 10 THEN '1-9' WHEN "employee_count" < 50 THEN '10-49'
  WHEN "employee_count" < 250 THEN '50-249' ELSE '250+' END)::size_band;--> statement-breakpoint
ALTER TABLE "organisations" ALTER COLUMN "size_band" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "decision_reason" text;--> statement-breakpoint
ALTER TABLE "redundancies" ADD COLUMN "announced_on" date DEFAULT current_date NOT NULL;--> statement-breakpoint
ALTER TABLE "redundancies" ADD COLUMN "guidance_window_months" integer DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE "redundancies" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
-- Existing announcements: announced the day they were entered, with their region's window.
UPDATE "redundancies" SET "announced_on" = "created_at"::date;--> statement-breakpoint
UPDATE "redundancies" AS r SET "guidance_window_months" = g."guidance_window_months"
  FROM "regions" AS g WHERE g."id" = r."region_id";--> statement-breakpoint
UPDATE "redundancies" SET "cancelled_at" = "updated_at" WHERE "status" = 'cancelled';--> statement-breakpoint
ALTER TABLE "worker_profiles" ADD COLUMN "remote_preferences" "remote_policy"[] DEFAULT '{on_site,hybrid,remote}'::remote_policy[] NOT NULL;--> statement-breakpoint
ALTER TABLE "worker_profiles" ADD COLUMN "privacy_accepted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "worker_profiles" ADD COLUMN "privacy_statement_version" text;--> statement-breakpoint
ALTER TABLE "vacancies" ADD COLUMN "priority_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "vacancies" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
UPDATE "vacancies" SET "closed_at" = "updated_at" WHERE "status" IN ('closed', 'filled');--> statement-breakpoint
ALTER TABLE "region_neighbours" ADD CONSTRAINT "region_neighbours_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_neighbours" ADD CONSTRAINT "region_neighbours_neighbour_id_regions_id_fk" FOREIGN KEY ("neighbour_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_redundancy_id_redundancies_id_fk" FOREIGN KEY ("redundancy_id") REFERENCES "public"."redundancies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_accepted_user_id_users_id_fk" FOREIGN KEY ("accepted_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_desired_occupations" ADD CONSTRAINT "worker_desired_occupations_worker_id_worker_profiles_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."worker_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_desired_occupations" ADD CONSTRAINT "worker_desired_occupations_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_experiences" ADD CONSTRAINT "worker_experiences_worker_id_worker_profiles_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."worker_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_experiences" ADD CONSTRAINT "worker_experiences_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_languages" ADD CONSTRAINT "worker_languages_worker_id_worker_profiles_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."worker_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_token_hash_index" ON "invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_worker_once" ON "invitations" USING btree ("redundancy_id","email") WHERE "invitations"."kind" = 'worker';--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_colleague_once" ON "invitations" USING btree ("organisation_id","email") WHERE "invitations"."kind" = 'colleague' and "invitations"."revoked_at" is null and "invitations"."accepted_at" is null;--> statement-breakpoint
CREATE INDEX "invitations_organisation_id_kind_index" ON "invitations" USING btree ("organisation_id","kind");--> statement-breakpoint
CREATE INDEX "invitations_email_index" ON "invitations" USING btree ("email");--> statement-breakpoint
CREATE INDEX "worker_desired_occupations_occupation_id_index" ON "worker_desired_occupations" USING btree ("occupation_id");--> statement-breakpoint
CREATE INDEX "worker_experiences_worker_id_start_date_index" ON "worker_experiences" USING btree ("worker_id","start_date");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_region_id_kvk_number_index" ON "organisations" USING btree ("region_id","kvk_number");--> statement-breakpoint
-- The one desired occupation and the language list move into their own tables before the columns go.
INSERT INTO "worker_desired_occupations" ("worker_id", "occupation_id", "position")
  SELECT "id", "desired_occupation_id", 1 FROM "worker_profiles" WHERE "desired_occupation_id" IS NOT NULL;--> statement-breakpoint
INSERT INTO "worker_languages" ("worker_id", "language", "level")
  SELECT DISTINCT p."id", l, (CASE WHEN l = 'nl' THEN 'native' ELSE 'B2' END)::language_level
  FROM "worker_profiles" AS p, unnest(p."languages") AS l WHERE l ~ '^[a-z]{2}$';--> statement-breakpoint
ALTER TABLE "worker_profiles" DROP COLUMN "desired_occupation_id";--> statement-breakpoint
ALTER TABLE "worker_profiles" DROP COLUMN "languages";