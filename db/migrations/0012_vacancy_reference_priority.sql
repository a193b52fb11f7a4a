ALTER TABLE "vacancies" ADD COLUMN "reference" text;--> statement-breakpoint
ALTER TABLE "search_vacancies" ADD COLUMN "priority_until" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "vacancies_organisation_reference_index" ON "vacancies" USING btree ("organisation_id",lower("reference")) WHERE "vacancies"."reference" is not null;--> statement-breakpoint
-- References of vacancies imported before this column existed were kept in their import's audit entry.
UPDATE "vacancies" AS v SET "reference" = a."metadata"->>'reference'
  FROM "audit_log" AS a
  WHERE a."action" = 'vacancy.import' AND a."subject_id" = v."id"::text AND v."reference" IS NULL
    AND a."metadata"->>'reference' IS NOT NULL;--> statement-breakpoint
UPDATE "search_vacancies" SET "priority_until" = to_timestamp(("document"->>'priorityUntil')::float8 / 1000)
  WHERE "document"->>'priorityUntil' IS NOT NULL;
