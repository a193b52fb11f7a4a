DROP INDEX "matches_worker_id_vacancy_id_index";--> statement-breakpoint
DROP INDEX "matches_worker_id_score_index";--> statement-breakpoint
-- The old surrogate key goes first: a table has one primary key.
ALTER TABLE "matches" DROP COLUMN "id";--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_worker_id_vacancy_id_pk" PRIMARY KEY("worker_id","vacancy_id");
