CREATE TYPE "public"."training_payer" AS ENUM('employer', 'sector_fund', 'region', 'uwv', 'worker');--> statement-breakpoint
CREATE TYPE "public"."worker_note_kind" AS ENUM('intake', 'review', 'note');--> statement-breakpoint
CREATE TABLE "region_value_assumptions" (
	"region_id" uuid PRIMARY KEY NOT NULL,
	"benefit_days" integer NOT NULL,
	"daily_benefit_euros" integer NOT NULL,
	"severance_per_service_year_euros" integer NOT NULL,
	"average_service_years" double precision NOT NULL,
	"updated_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "value_assumptions_range" CHECK ("region_value_assumptions"."benefit_days" >= 0 and "region_value_assumptions"."daily_benefit_euros" >= 0 and "region_value_assumptions"."severance_per_service_year_euros" >= 0 and "region_value_assumptions"."average_service_years" >= 0)
);
--> statement-breakpoint
CREATE TABLE "worker_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"worker_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"author_user_id" uuid,
	"kind" "worker_note_kind" DEFAULT 'note' NOT NULL,
	"note_date" date NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "training_offers" ADD COLUMN "paid_by" "training_payer" DEFAULT 'employer' NOT NULL;--> statement-breakpoint
ALTER TABLE "region_value_assumptions" ADD CONSTRAINT "region_value_assumptions_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_value_assumptions" ADD CONSTRAINT "region_value_assumptions_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_notes" ADD CONSTRAINT "worker_notes_worker_id_worker_profiles_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."worker_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_notes" ADD CONSTRAINT "worker_notes_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_notes" ADD CONSTRAINT "worker_notes_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "worker_notes_worker_id_note_date_index" ON "worker_notes" USING btree ("worker_id","note_date");--> statement-breakpoint
CREATE INDEX "worker_notes_region_id_index" ON "worker_notes" USING btree ("region_id");