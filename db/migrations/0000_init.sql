CREATE TYPE "public"."approval_status" AS ENUM('pending', 'approved', 'rejected', 'suspended');--> statement-breakpoint
CREATE TYPE "public"."consent_scope" AS ENUM('profile_anonymous', 'cross_region', 'introduction');--> statement-breakpoint
CREATE TYPE "public"."contract_type" AS ENUM('permanent', 'fixed_term', 'temporary', 'on_call', 'secondment');--> statement-breakpoint
CREATE TYPE "public"."education_level" AS ENUM('primary', 'vmbo', 'mbo', 'havo_vwo', 'hbo', 'wo');--> statement-breakpoint
CREATE TYPE "public"."gender" AS ENUM('female', 'male', 'non_binary', 'undisclosed');--> statement-breakpoint
CREATE TYPE "public"."introduction_initiator" AS ENUM('employer', 'worker');--> statement-breakpoint
CREATE TYPE "public"."introduction_status" AS ENUM('proposed', 'accepted', 'declined', 'meeting', 'offer', 'hired', 'trial', 'withdrawn', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."outbox_aggregate" AS ENUM('vacancy', 'worker_profile');--> statement-breakpoint
CREATE TYPE "public"."outbox_operation" AS ENUM('upsert', 'delete');--> statement-breakpoint
CREATE TYPE "public"."placement_kind" AS ENUM('hire', 'secondment', 'trial');--> statement-breakpoint
CREATE TYPE "public"."redundancy_reason" AS ENUM('structural', 'cyclical');--> statement-breakpoint
CREATE TYPE "public"."redundancy_status" AS ENUM('announced', 'in_progress', 'completed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."remote_policy" AS ENUM('on_site', 'hybrid', 'remote');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('worker', 'employer', 'coordinator', 'admin');--> statement-breakpoint
CREATE TYPE "public"."skill_importance" AS ENUM('required', 'optional');--> statement-breakpoint
CREATE TYPE "public"."skill_relation" AS ENUM('essential', 'optional');--> statement-breakpoint
CREATE TYPE "public"."skill_source" AS ENUM('self', 'employer', 'accredited');--> statement-breakpoint
CREATE TYPE "public"."skill_type" AS ENUM('skill', 'knowledge', 'transversal', 'language');--> statement-breakpoint
CREATE TYPE "public"."training_mode" AS ENUM('classroom', 'online', 'blended', 'on_the_job');--> statement-breakpoint
CREATE TYPE "public"."vacancy_status" AS ENUM('draft', 'open', 'filled', 'closed');--> statement-breakpoint
CREATE TYPE "public"."worker_status" AS ENUM('at_risk', 'in_transition', 'placed', 'withdrawn');--> statement-breakpoint
CREATE TABLE "regions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"centre_lat" double precision NOT NULL,
	"centre_lon" double precision NOT NULL,
	"guidance_window_months" integer DEFAULT 24 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regions_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kvk_number" text NOT NULL,
	"sector" text NOT NULL,
	"employee_count" integer NOT NULL,
	"street" text NOT NULL,
	"postal_code" text NOT NULL,
	"city" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"approval_status" "approval_status" DEFAULT 'pending' NOT NULL,
	"approved_at" timestamp with time zone,
	"approved_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_kvkNumber_unique" UNIQUE("kvk_number")
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"provider" text NOT NULL,
	"provider_account_id" text NOT NULL,
	"refresh_token" text,
	"access_token" text,
	"expires_at" integer,
	"token_type" text,
	"scope" text,
	"id_token" text,
	"session_state" text,
	CONSTRAINT "accounts_provider_provider_account_id_pk" PRIMARY KEY("provider","provider_account_id")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "role" NOT NULL,
	"organisation_id" uuid,
	"region_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "membership_scope" CHECK (("memberships"."role" = 'admin') or ("memberships"."region_id" is not null and ("memberships"."role" <> 'employer' or "memberships"."organisation_id" is not null)))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"session_token" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"expires" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_verified" timestamp with time zone,
	"image" text,
	"password_hash" text,
	"locale" text DEFAULT 'nl' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "verification_tokens" (
	"identifier" text NOT NULL,
	"token" text NOT NULL,
	"expires" timestamp with time zone NOT NULL,
	CONSTRAINT "verification_tokens_identifier_token_pk" PRIMARY KEY("identifier","token")
);
--> statement-breakpoint
CREATE TABLE "isco_groups" (
	"code" text PRIMARY KEY NOT NULL,
	"label_nl" text,
	"label_en" text,
	"parent_code" text
);
--> statement-breakpoint
CREATE TABLE "occupation_skills" (
	"occupation_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	"relation" "skill_relation" NOT NULL,
	CONSTRAINT "occupation_skills_occupation_id_skill_id_pk" PRIMARY KEY("occupation_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "occupations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"uri" text NOT NULL,
	"code" text NOT NULL,
	"isco_group" text NOT NULL,
	"preferred_label_nl" text,
	"preferred_label_en" text,
	"alt_labels_nl" text[] DEFAULT '{}'::text[] NOT NULL,
	"alt_labels_en" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "occupations_uri_unique" UNIQUE("uri")
);
--> statement-breakpoint
CREATE TABLE "skill_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"uri" text NOT NULL,
	"code" text,
	"label_nl" text,
	"label_en" text,
	"parent_group_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skill_groups_uri_unique" UNIQUE("uri")
);
--> statement-breakpoint
CREATE TABLE "skills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"uri" text NOT NULL,
	"preferred_label_nl" text,
	"preferred_label_en" text,
	"alt_labels_nl" text[] DEFAULT '{}'::text[] NOT NULL,
	"alt_labels_en" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text,
	"skill_type" "skill_type" DEFAULT 'skill' NOT NULL,
	"reuse_level" text,
	"broader_skill_id" uuid,
	"skill_group_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skills_uri_unique" UNIQUE("uri")
);
--> statement-breakpoint
CREATE TABLE "training_offer_skills" (
	"training_offer_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	"level_taught" smallint DEFAULT 2 NOT NULL,
	CONSTRAINT "training_offer_skills_training_offer_id_skill_id_pk" PRIMARY KEY("training_offer_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "training_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"title_nl" text NOT NULL,
	"title_en" text NOT NULL,
	"description_nl" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"duration_weeks" integer NOT NULL,
	"mode" "training_mode" NOT NULL,
	"cost_euros" integer NOT NULL,
	"url" text,
	"city" text NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "redundancies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"title" text NOT NULL,
	"roles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"expected_date" date NOT NULL,
	"reason" "redundancy_reason" NOT NULL,
	"affected_count" integer NOT NULL,
	"status" "redundancy_status" DEFAULT 'announced' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "worker_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"current_organisation_id" uuid,
	"redundancy_id" uuid,
	"current_occupation_id" uuid,
	"desired_occupation_id" uuid,
	"headline" text DEFAULT '' NOT NULL,
	"status" "worker_status" DEFAULT 'at_risk' NOT NULL,
	"risk_start_date" date NOT NULL,
	"guidance_deadline" date NOT NULL,
	"home_postcode" text NOT NULL,
	"home_city" text NOT NULL,
	"home_lat" double precision NOT NULL,
	"home_lon" double precision NOT NULL,
	"max_commute_km" integer DEFAULT 25 NOT NULL,
	"hours_min" integer DEFAULT 32 NOT NULL,
	"hours_max" integer DEFAULT 40 NOT NULL,
	"contract_preferences" "contract_type"[] DEFAULT '{permanent}'::contract_type[] NOT NULL,
	"available_from" date,
	"salary_floor" integer,
	"education_level" "education_level" NOT NULL,
	"birth_year" integer NOT NULL,
	"gender" "gender" DEFAULT 'undisclosed' NOT NULL,
	"current_contract_type" "contract_type" DEFAULT 'permanent' NOT NULL,
	"languages" text[] DEFAULT '{nl}'::text[] NOT NULL,
	"visible_to_employers" boolean DEFAULT false NOT NULL,
	"open_to_other_regions" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "worker_profiles_userId_unique" UNIQUE("user_id"),
	CONSTRAINT "worker_hours_range" CHECK ("worker_profiles"."hours_min" >= 0 and "worker_profiles"."hours_min" <= "worker_profiles"."hours_max" and "worker_profiles"."hours_max" <= 60)
);
--> statement-breakpoint
CREATE TABLE "worker_skills" (
	"worker_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	"level" smallint NOT NULL,
	"source" "skill_source" DEFAULT 'self' NOT NULL,
	"confirmed_by_organisation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "worker_skills_worker_id_skill_id_pk" PRIMARY KEY("worker_id","skill_id"),
	CONSTRAINT "worker_skill_level" CHECK ("worker_skills"."level" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "vacancies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"occupation_id" uuid,
	"hours_min" integer NOT NULL,
	"hours_max" integer NOT NULL,
	"contract_type" "contract_type" NOT NULL,
	"city" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"remote" "remote_policy" DEFAULT 'on_site' NOT NULL,
	"salary_min" integer,
	"salary_max" integer,
	"start_date" date,
	"closes_at" date,
	"status" "vacancy_status" DEFAULT 'open' NOT NULL,
	"open_to_retraining" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vacancy_hours_range" CHECK ("vacancies"."hours_min" >= 0 and "vacancies"."hours_min" <= "vacancies"."hours_max" and "vacancies"."hours_max" <= 60),
	CONSTRAINT "vacancy_salary_range" CHECK ("vacancies"."salary_min" is null or "vacancies"."salary_max" is null or "vacancies"."salary_min" <= "vacancies"."salary_max")
);
--> statement-breakpoint
CREATE TABLE "vacancy_skills" (
	"vacancy_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	"importance" "skill_importance" DEFAULT 'required' NOT NULL,
	"min_level" smallint DEFAULT 2 NOT NULL,
	CONSTRAINT "vacancy_skills_vacancy_id_skill_id_pk" PRIMARY KEY("vacancy_id","skill_id"),
	CONSTRAINT "vacancy_skill_level" CHECK ("vacancy_skills"."min_level" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "introduction_status_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"introduction_id" uuid NOT NULL,
	"from_status" "introduction_status",
	"to_status" "introduction_status" NOT NULL,
	"changed_by_user_id" uuid,
	"note" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "introductions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"worker_id" uuid NOT NULL,
	"vacancy_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"initiated_by" "introduction_initiator" NOT NULL,
	"status" "introduction_status" DEFAULT 'proposed' NOT NULL,
	"message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"worker_id" uuid NOT NULL,
	"vacancy_id" uuid NOT NULL,
	"score" real NOT NULL,
	"components" jsonb NOT NULL,
	"explanation" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"worker_id" uuid NOT NULL,
	"vacancy_id" uuid,
	"introduction_id" uuid,
	"region_id" uuid NOT NULL,
	"from_organisation_id" uuid,
	"to_organisation_id" uuid NOT NULL,
	"kind" "placement_kind" NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor_user_id" uuid,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"region_id" uuid,
	"organisation_id" uuid,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"worker_id" uuid NOT NULL,
	"scope" "consent_scope" NOT NULL,
	"organisation_id" uuid,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"aggregate" "outbox_aggregate" NOT NULL,
	"aggregate_id" uuid NOT NULL,
	"operation" "outbox_operation" NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"available_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "isco_groups" ADD CONSTRAINT "isco_groups_parent_code_isco_groups_code_fk" FOREIGN KEY ("parent_code") REFERENCES "public"."isco_groups"("code") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupation_skills" ADD CONSTRAINT "occupation_skills_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupation_skills" ADD CONSTRAINT "occupation_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupations" ADD CONSTRAINT "occupations_isco_group_isco_groups_code_fk" FOREIGN KEY ("isco_group") REFERENCES "public"."isco_groups"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_groups" ADD CONSTRAINT "skill_groups_parent_group_id_skill_groups_id_fk" FOREIGN KEY ("parent_group_id") REFERENCES "public"."skill_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skills" ADD CONSTRAINT "skills_broader_skill_id_skills_id_fk" FOREIGN KEY ("broader_skill_id") REFERENCES "public"."skills"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skills" ADD CONSTRAINT "skills_skill_group_id_skill_groups_id_fk" FOREIGN KEY ("skill_group_id") REFERENCES "public"."skill_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_offer_skills" ADD CONSTRAINT "training_offer_skills_training_offer_id_training_offers_id_fk" FOREIGN KEY ("training_offer_id") REFERENCES "public"."training_offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_offer_skills" ADD CONSTRAINT "training_offer_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_offers" ADD CONSTRAINT "training_offers_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redundancies" ADD CONSTRAINT "redundancies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redundancies" ADD CONSTRAINT "redundancies_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_profiles" ADD CONSTRAINT "worker_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_profiles" ADD CONSTRAINT "worker_profiles_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_profiles" ADD CONSTRAINT "worker_profiles_current_organisation_id_organisations_id_fk" FOREIGN KEY ("current_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_profiles" ADD CONSTRAINT "worker_profiles_redundancy_id_redundancies_id_fk" FOREIGN KEY ("redundancy_id") REFERENCES "public"."redundancies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_profiles" ADD CONSTRAINT "worker_profiles_current_occupation_id_occupations_id_fk" FOREIGN KEY ("current_occupation_id") REFERENCES "public"."occupations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_profiles" ADD CONSTRAINT "worker_profiles_desired_occupation_id_occupations_id_fk" FOREIGN KEY ("desired_occupation_id") REFERENCES "public"."occupations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_skills" ADD CONSTRAINT "worker_skills_worker_id_worker_profiles_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."worker_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_skills" ADD CONSTRAINT "worker_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_skills" ADD CONSTRAINT "worker_skills_confirmed_by_organisation_id_organisations_id_fk" FOREIGN KEY ("confirmed_by_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy_skills" ADD CONSTRAINT "vacancy_skills_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy_skills" ADD CONSTRAINT "vacancy_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introduction_status_history" ADD CONSTRAINT "introduction_status_history_introduction_id_introductions_id_fk" FOREIGN KEY ("introduction_id") REFERENCES "public"."introductions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introduction_status_history" ADD CONSTRAINT "introduction_status_history_changed_by_user_id_users_id_fk" FOREIGN KEY ("changed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_worker_id_worker_profiles_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."worker_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_worker_id_worker_profiles_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."worker_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_worker_id_worker_profiles_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."worker_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_introduction_id_introductions_id_fk" FOREIGN KEY ("introduction_id") REFERENCES "public"."introductions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_from_organisation_id_organisations_id_fk" FOREIGN KEY ("from_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_to_organisation_id_organisations_id_fk" FOREIGN KEY ("to_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_worker_id_worker_profiles_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."worker_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organisations_region_id_approval_status_index" ON "organisations" USING btree ("region_id","approval_status");--> statement-breakpoint
CREATE INDEX "organisations_sector_index" ON "organisations" USING btree ("sector");--> statement-breakpoint
CREATE INDEX "accounts_user_id_index" ON "accounts" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_user_id_index" ON "memberships" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "memberships_organisation_id_index" ON "memberships" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "memberships_region_id_index" ON "memberships" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "sessions_user_id_index" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "isco_groups_parent_code_index" ON "isco_groups" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "occupation_skills_skill_id_index" ON "occupation_skills" USING btree ("skill_id");--> statement-breakpoint
CREATE INDEX "occupations_isco_group_index" ON "occupations" USING btree ("isco_group");--> statement-breakpoint
CREATE INDEX "occupations_code_index" ON "occupations" USING btree ("code");--> statement-breakpoint
CREATE INDEX "skill_groups_parent_group_id_index" ON "skill_groups" USING btree ("parent_group_id");--> statement-breakpoint
CREATE INDEX "skills_broader_skill_id_index" ON "skills" USING btree ("broader_skill_id");--> statement-breakpoint
CREATE INDEX "skills_skill_group_id_index" ON "skills" USING btree ("skill_group_id");--> statement-breakpoint
CREATE INDEX "training_offer_skills_skill_id_index" ON "training_offer_skills" USING btree ("skill_id");--> statement-breakpoint
CREATE INDEX "training_offers_region_id_index" ON "training_offers" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "redundancies_organisation_id_index" ON "redundancies" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "redundancies_region_id_status_index" ON "redundancies" USING btree ("region_id","status");--> statement-breakpoint
CREATE INDEX "worker_profiles_region_id_status_index" ON "worker_profiles" USING btree ("region_id","status");--> statement-breakpoint
CREATE INDEX "worker_profiles_current_organisation_id_index" ON "worker_profiles" USING btree ("current_organisation_id");--> statement-breakpoint
CREATE INDEX "worker_profiles_redundancy_id_index" ON "worker_profiles" USING btree ("redundancy_id");--> statement-breakpoint
CREATE INDEX "worker_profiles_current_occupation_id_index" ON "worker_profiles" USING btree ("current_occupation_id");--> statement-breakpoint
CREATE INDEX "worker_profiles_desired_occupation_id_index" ON "worker_profiles" USING btree ("desired_occupation_id");--> statement-breakpoint
CREATE INDEX "worker_profiles_region_id_guidance_deadline_index" ON "worker_profiles" USING btree ("region_id","guidance_deadline");--> statement-breakpoint
CREATE INDEX "worker_skills_skill_id_index" ON "worker_skills" USING btree ("skill_id");--> statement-breakpoint
CREATE INDEX "worker_skills_confirmed_by_organisation_id_index" ON "worker_skills" USING btree ("confirmed_by_organisation_id");--> statement-breakpoint
CREATE INDEX "vacancies_organisation_id_status_index" ON "vacancies" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "vacancies_region_id_status_index" ON "vacancies" USING btree ("region_id","status");--> statement-breakpoint
CREATE INDEX "vacancies_occupation_id_index" ON "vacancies" USING btree ("occupation_id");--> statement-breakpoint
CREATE INDEX "vacancy_skills_skill_id_index" ON "vacancy_skills" USING btree ("skill_id");--> statement-breakpoint
CREATE INDEX "introduction_status_history_introduction_id_changed_at_index" ON "introduction_status_history" USING btree ("introduction_id","changed_at");--> statement-breakpoint
CREATE INDEX "introduction_status_history_changed_by_user_id_index" ON "introduction_status_history" USING btree ("changed_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "introductions_worker_id_vacancy_id_index" ON "introductions" USING btree ("worker_id","vacancy_id");--> statement-breakpoint
CREATE INDEX "introductions_vacancy_id_index" ON "introductions" USING btree ("vacancy_id");--> statement-breakpoint
CREATE INDEX "introductions_organisation_id_status_index" ON "introductions" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "matches_worker_id_vacancy_id_index" ON "matches" USING btree ("worker_id","vacancy_id");--> statement-breakpoint
CREATE INDEX "matches_vacancy_id_score_index" ON "matches" USING btree ("vacancy_id","score");--> statement-breakpoint
CREATE INDEX "matches_worker_id_score_index" ON "matches" USING btree ("worker_id","score");--> statement-breakpoint
CREATE INDEX "notifications_user_id_read_at_index" ON "notifications" USING btree ("user_id","read_at");--> statement-breakpoint
CREATE INDEX "placements_worker_id_index" ON "placements" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "placements_vacancy_id_index" ON "placements" USING btree ("vacancy_id");--> statement-breakpoint
CREATE INDEX "placements_introduction_id_index" ON "placements" USING btree ("introduction_id");--> statement-breakpoint
CREATE INDEX "placements_region_id_start_date_index" ON "placements" USING btree ("region_id","start_date");--> statement-breakpoint
CREATE INDEX "placements_from_organisation_id_index" ON "placements" USING btree ("from_organisation_id");--> statement-breakpoint
CREATE INDEX "placements_to_organisation_id_index" ON "placements" USING btree ("to_organisation_id");--> statement-breakpoint
CREATE INDEX "audit_log_subject_type_subject_id_at_index" ON "audit_log" USING btree ("subject_type","subject_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_user_id_at_index" ON "audit_log" USING btree ("actor_user_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_region_id_at_index" ON "audit_log" USING btree ("region_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_organisation_id_at_index" ON "audit_log" USING btree ("organisation_id","at");--> statement-breakpoint
CREATE INDEX "consents_worker_id_scope_index" ON "consents" USING btree ("worker_id","scope");--> statement-breakpoint
CREATE INDEX "consents_organisation_id_index" ON "consents" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "outbox_processed_at_available_at_index" ON "outbox" USING btree ("processed_at","available_at");--> statement-breakpoint
CREATE INDEX "outbox_aggregate_aggregate_id_index" ON "outbox" USING btree ("aggregate","aggregate_id");