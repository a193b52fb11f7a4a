ALTER TYPE "public"."invitation_kind" ADD VALUE 'coordinator';--> statement-breakpoint
ALTER TABLE "invitations" ALTER COLUMN "organisation_id" DROP NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_coordinator_once" ON "invitations" USING btree ("region_id","email") WHERE "invitations"."organisation_id" is null and "invitations"."revoked_at" is null and "invitations"."accepted_at" is null;--> statement-breakpoint
CREATE INDEX "invitations_region_id_kind_index" ON "invitations" USING btree ("region_id","kind");--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_firm_kinds" CHECK (("invitations"."kind" in ('worker', 'colleague')) = ("invitations"."organisation_id" is not null));