ALTER TABLE "search_vacancies" ADD COLUMN "rank_terms" "tsvector" DEFAULT ''::tsvector NOT NULL;--> statement-breakpoint
ALTER TABLE "search_workers" ADD COLUMN "rank_terms" "tsvector" DEFAULT ''::tsvector NOT NULL;--> statement-breakpoint
-- Keep the rows the searches scan narrow: the document and the full text vectors (~1.7 kB
-- each) move to TOAST storage, so at 100k vacancies the heap is a few tens of MB that stays
-- in memory, instead of 200+ MB read page by page for every common search word. Only the
-- page of hits reads its documents.
ALTER TABLE "search_vacancies" SET (toast_tuple_target = 700);--> statement-breakpoint
ALTER TABLE "search_workers" SET (toast_tuple_target = 700);--> statement-breakpoint
-- Rows indexed before this column existed get their rank terms from the stored document,
-- exactly as the search backend writes them (server/search/postgres/backend.ts).
UPDATE "search_vacancies" SET "rank_terms" =
  setweight(to_tsvector('simple', unaccent(coalesce(document->>'title', ''))), 'A') ||
  setweight(to_tsvector('dutch', unaccent(coalesce(document->>'title', ''))), 'A') ||
  setweight(to_tsvector('simple', unaccent(coalesce((SELECT string_agg(x, ' ') FROM jsonb_array_elements_text(document->'occupationLabels') x), ''))), 'B');--> statement-breakpoint
UPDATE "search_workers" SET "rank_terms" =
  setweight(to_tsvector('simple', unaccent(coalesce(document->>'headline', ''))), 'A') ||
  setweight(to_tsvector('dutch', unaccent(coalesce(document->>'headline', ''))), 'A') ||
  setweight(to_tsvector('simple', unaccent(coalesce((SELECT string_agg(x, ' ') FROM jsonb_array_elements_text(document->'occupationLabels') x), ''))), 'B');
