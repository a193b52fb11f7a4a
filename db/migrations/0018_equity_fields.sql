ALTER TABLE "worker_profiles" ALTER COLUMN "gender" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "worker_profiles" ALTER COLUMN "gender" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "worker_profiles" ALTER COLUMN "current_contract_type" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "worker_profiles" ALTER COLUMN "current_contract_type" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "current_contract_type" "contract_type";--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "current_weekly_hours" integer;--> statement-breakpoint
ALTER TABLE "worker_profiles" ADD COLUMN "current_weekly_hours" integer;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitation_current_hours_range" CHECK ("invitations"."current_weekly_hours" between 1 and 60);--> statement-breakpoint
ALTER TABLE "worker_profiles" ADD CONSTRAINT "worker_current_hours_range" CHECK ("worker_profiles"."current_weekly_hours" between 1 and 60);--> statement-breakpoint
-- "Undisclosed" was only ever the column's default: not given is null from now on.
UPDATE "worker_profiles" SET "gender" = NULL WHERE "gender" = 'undisclosed';
