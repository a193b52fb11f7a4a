CREATE TABLE "sign_in_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"attempts" integer NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "candidate_pseudonyms" (
	"organisation_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidate_pseudonyms_organisation_id_worker_id_pk" PRIMARY KEY("organisation_id","worker_id")
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "disabled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "disabled_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "candidate_pseudonyms" ADD CONSTRAINT "candidate_pseudonyms_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_pseudonyms" ADD CONSTRAINT "candidate_pseudonyms_worker_id_worker_profiles_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."worker_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "candidate_pseudonyms_organisation_id_code_index" ON "candidate_pseudonyms" USING btree ("organisation_id","code");--> statement-breakpoint

-- A session belongs to one membership: when the membership changes (another role, firm or
-- region) or goes, or the account is disabled, the user's sessions end, whoever made the change
-- (the app, an import, an administrator in psql).
CREATE OR REPLACE FUNCTION end_sessions_of_changed_membership() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM sessions WHERE user_id = OLD.user_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER memberships_end_sessions_on_change
AFTER UPDATE OF user_id, role, organisation_id, region_id ON memberships
FOR EACH ROW WHEN (
  OLD.user_id IS DISTINCT FROM NEW.user_id OR OLD.role IS DISTINCT FROM NEW.role
  OR OLD.organisation_id IS DISTINCT FROM NEW.organisation_id OR OLD.region_id IS DISTINCT FROM NEW.region_id
)
EXECUTE FUNCTION end_sessions_of_changed_membership();
--> statement-breakpoint
CREATE TRIGGER memberships_end_sessions_on_delete
AFTER DELETE ON memberships
FOR EACH ROW EXECUTE FUNCTION end_sessions_of_changed_membership();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION end_sessions_of_disabled_user() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM sessions WHERE user_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER users_end_sessions_on_disable
AFTER UPDATE OF disabled_at ON users
FOR EACH ROW WHEN (NEW.disabled_at IS NOT NULL AND OLD.disabled_at IS NULL)
EXECUTE FUNCTION end_sessions_of_disabled_user();
