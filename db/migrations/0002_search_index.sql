CREATE TABLE "search_terms" (
	"term" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_vacancies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"document" jsonb NOT NULL,
	"terms" "tsvector" NOT NULL,
	"skill_ids" uuid[] NOT NULL,
	"isco_path" text[] NOT NULL,
	"occupation_id" uuid,
	"hours_min" integer NOT NULL,
	"hours_max" integer NOT NULL,
	"contract_type" text NOT NULL,
	"remote" text NOT NULL,
	"city" text NOT NULL,
	"start_date" date,
	"open_to_retraining" boolean NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"published_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_workers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_id" uuid NOT NULL,
	"open_to_other_regions" boolean NOT NULL,
	"document" jsonb NOT NULL,
	"terms" "tsvector" NOT NULL,
	"skill_ids" uuid[] NOT NULL,
	"isco_path" text[] NOT NULL,
	"hours_min" integer NOT NULL,
	"hours_max" integer NOT NULL,
	"contract_preferences" text[] NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING gin ("term" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_vacancies_terms_idx" ON "search_vacancies" USING gin ("terms");--> statement-breakpoint
CREATE INDEX "search_vacancies_skill_ids_idx" ON "search_vacancies" USING gin ("skill_ids");--> statement-breakpoint
CREATE INDEX "search_vacancies_isco_path_idx" ON "search_vacancies" USING gin ("isco_path");--> statement-breakpoint
CREATE INDEX "search_vacancies_region_id_published_at_index" ON "search_vacancies" USING btree ("region_id","published_at");--> statement-breakpoint
CREATE INDEX "search_vacancies_lat_lon_index" ON "search_vacancies" USING btree ("lat","lon");--> statement-breakpoint
CREATE INDEX "search_workers_terms_idx" ON "search_workers" USING gin ("terms");--> statement-breakpoint
CREATE INDEX "search_workers_skill_ids_idx" ON "search_workers" USING gin ("skill_ids");--> statement-breakpoint
CREATE INDEX "search_workers_region_id_index" ON "search_workers" USING btree ("region_id");