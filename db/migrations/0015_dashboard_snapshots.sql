CREATE TABLE "region_dashboard_snapshots" (
	"region_id" uuid NOT NULL,
	"section" text NOT NULL,
	"data" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "region_dashboard_snapshots_region_id_section_pk" PRIMARY KEY("region_id","section")
);
--> statement-breakpoint
DROP INDEX "occupation_label_words_ranked_idx";--> statement-breakpoint
DROP INDEX "skill_label_words_ranked_idx";--> statement-breakpoint
ALTER TABLE "region_dashboard_snapshots" ADD CONSTRAINT "region_dashboard_snapshots_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "occupation_label_words_ranked_idx" ON "occupation_label_words" USING btree ("word","whole" DESC NULLS LAST,"first" DESC NULLS LAST,"popularity" DESC NULLS LAST,"label_id");--> statement-breakpoint
CREATE INDEX "skill_label_words_ranked_idx" ON "skill_label_words" USING btree ("word","whole" DESC NULLS LAST,"first" DESC NULLS LAST,"popularity" DESC NULLS LAST,"label_id");