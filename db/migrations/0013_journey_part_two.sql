CREATE TYPE "public"."hide_reason" AS ENUM('too_far', 'hours', 'contract', 'pay', 'not_my_field', 'other');--> statement-breakpoint
CREATE TYPE "public"."notification_email" AS ENUM('immediate', 'daily', 'off');--> statement-breakpoint
CREATE TYPE "public"."vacancy_reaction" AS ENUM('saved', 'hidden');--> statement-breakpoint
CREATE TABLE "vacancy_reactions" (
	"worker_id" uuid NOT NULL,
	"vacancy_id" uuid NOT NULL,
	"kind" "vacancy_reaction" NOT NULL,
	"hide_reason" "hide_reason",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vacancy_reactions_worker_id_vacancy_id_kind_pk" PRIMARY KEY("worker_id","vacancy_id","kind")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "notification_email" "notification_email" DEFAULT 'immediate' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "vacancies" ADD COLUMN "positions" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "introduction_status_history" ADD COLUMN "step_date" date;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "dedupe_key" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "emailed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "placements" ADD COLUMN "guidance_days_left" integer;--> statement-breakpoint
ALTER TABLE "placements" ADD COLUMN "reopened_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "consents" ADD COLUMN "introduction_id" uuid;--> statement-breakpoint
ALTER TABLE "vacancy_reactions" ADD CONSTRAINT "vacancy_reactions_worker_id_worker_profiles_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."worker_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy_reactions" ADD CONSTRAINT "vacancy_reactions_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "vacancy_reactions_vacancy_id_kind_index" ON "vacancy_reactions" USING btree ("vacancy_id","kind");--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_introduction_id_introductions_id_fk" FOREIGN KEY ("introduction_id") REFERENCES "public"."introductions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_user_id_dedupe_key_index" ON "notifications" USING btree ("user_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "notifications_emailed_at_created_at_index" ON "notifications" USING btree ("emailed_at","created_at");--> statement-breakpoint
CREATE INDEX "consents_introduction_id_index" ON "consents" USING btree ("introduction_id");