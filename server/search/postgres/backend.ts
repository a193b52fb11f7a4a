import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { pagination } from '~/server/search/meilisearch/translate';
import { cappedTotal, hitsWithinLimit } from '~/server/search/paging';
import {
  SEARCH_TOTAL_LIMIT,
  type SearchBackend,
  type SearchResult,
  type VacancyDocument,
  type VacancySearchQuery,
  type WorkerDocument,
  type WorkerSearchQuery,
} from '~/server/search/types';
import { arrayParam } from '~/server/lib/sql';
import { distanceSql, textQuery, withinRadius } from './query';
import { rowsOf } from './rows';

/** Each facet's value expression over `m`, and the column it reads. */
const facetColumns: Record<string, { value: SQL; column: string }> = {
  contractType: { value: sql`contract_type`, column: 'contract_type' },
  remote: { value: sql`remote`, column: 'remote' },
  city: { value: sql`city`, column: 'city' },
  openToRetraining: { value: sql`open_to_retraining::text`, column: 'open_to_retraining' },
  iscoPath: { value: sql`unnest(isco_path)`, column: 'isco_path' },
};

/** Weighted text of a document: title (A) above occupation and skill labels (B) above the rest (C). */
const vacancyTerms = sql`
  setweight(to_tsvector('simple', unaccent(d->>'title')), 'A') ||
  setweight(to_tsvector('dutch', unaccent(d->>'title')), 'A') ||
  setweight(to_tsvector('simple', unaccent(labels.text)), 'B') ||
  setweight(to_tsvector('dutch', unaccent(labels.text)), 'B') ||
  setweight(to_tsvector('dutch', unaccent(concat_ws(' ', d->>'description', d->>'organisationName', d->>'city'))), 'C')`;

const workerTerms = sql`
  setweight(to_tsvector('simple', unaccent(d->>'headline')), 'A') ||
  setweight(to_tsvector('dutch', unaccent(d->>'headline')), 'A') ||
  setweight(to_tsvector('simple', unaccent(labels.text)), 'B') ||
  setweight(to_tsvector('dutch', unaccent(labels.text)), 'B')`;

const labelsOf = sql`lateral (select
    (select string_agg(x, ' ') from jsonb_array_elements_text(d->'occupationLabels') x) as occupation,
    concat_ws(' ',
      (select string_agg(x, ' ') from jsonb_array_elements_text(d->'occupationLabels') x),
      (select string_agg(x, ' ') from jsonb_array_elements_text(d->'skillLabels') x)) as text) labels`;

/** What ranks a match: the title or headline first, then the occupation (see the schema). */
const rankTerms = (heading: 'title' | 'headline') => sql`
  setweight(to_tsvector('simple', unaccent(coalesce(d->>${heading}, ''))), 'A') ||
  setweight(to_tsvector('dutch', unaccent(coalesce(d->>${heading}, ''))), 'A') ||
  setweight(to_tsvector('simple', unaccent(coalesce(labels.occupation, ''))), 'B')`;

const textArray = (field: string) => sql.raw(`array(select jsonb_array_elements_text(d->'${field}'))`);

/** Facet counts over the matched set `m`, all requested facets as one JSON object. */
function facetsSql(names: readonly string[]): SQL {
  const parts = names.flatMap((name) => {
    const facet = facetColumns[name];
    if (!facet) return [];
    return [
      sql`${name}::text, coalesce((select jsonb_object_agg(value, n) from (select value, count(*) as n from (select ${facet.value} as value from m) v group by value) f), '{}'::jsonb)`,
    ];
  });
  return parts.length ? sql`jsonb_build_object(${sql.join(parts, sql`, `)})` : sql`'{}'::jsonb`;
}

/** A filter and the columns it reads. */
interface Filter {
  condition: SQL;
  columns: readonly string[];
}

interface PagedSearch {
  table: 'search_vacancies' | 'search_workers';
  filters: readonly Filter[];
  /** The order, and the columns it reads besides id, rank and distance. */
  order: Filter;
  tsquery: SQL | null;
  near: { lat: number; lon: number } | undefined;
  facets: readonly string[];
  page: number;
  hitsPerPage: number;
}

const columnList = (columns: Iterable<string>) => [...new Set(columns)].map((c) => sql.raw(`, ${c}`));

/**
 * One pass over the matching rows into `m`, which holds only the columns this query's order
 * and facets read: the page, the total and every facet come from it, and only the page's
 * documents are fetched. Each row read projects only the columns its filters need.
 *
 * With text, the rows come from the GIN index alone (`offset 0` keeps the planner from
 * merging the filters in and preferring the region index, which would then test the text
 * of every row in the region), never decompressing the full `terms`, and are ranked on the
 * small inline `rank_terms` (title, occupation). PostgreSQL underrates what testing a long
 * tsvector row by row costs and would rather scan the table, hence no sequential scans in
 * this transaction.
 */
async function pagedSearch<D>(db: Database, q: PagedSearch): Promise<SearchResult<D>> {
  const t = sql.raw(q.table);
  const kept = [...q.order.columns, ...q.facets.flatMap((name) => facetColumns[name]?.column ?? [])];
  const read = sql.join(columnList([...q.filters.flatMap((f) => f.columns), ...kept]), sql``);
  const candidates = q.tsquery
    ? sql`(select id, ts_rank(rank_terms, ${q.tsquery}, 1) as rank ${read} from ${t} where terms @@ ${q.tsquery} offset 0) c`
    : sql`(select id, 0::real as rank ${read} from ${t}) c`;
  const distance = q.near ? distanceSql(q.near.lat, q.near.lon) : sql`null::float8`;
  const statement = sql`
    with m as materialized (
      select id, rank, ${distance} as distance ${sql.join(columnList(kept), sql``)} from ${candidates}
      ${
        q.filters.length
          ? sql`where ${sql.join(
              q.filters.map((f) => f.condition),
              sql` and `,
            )}`
          : sql``
      }
    ),
    -- A top-N sort of narrow rows; row_number() keeps its order through the join below.
    page as (select id, distance, row_number() over () as position
      from (select id, distance from m order by ${q.order.condition} limit ${q.hitsPerPage} offset ${(q.page - 1) * q.hitsPerPage}) top),
    -- Counted one past the limit only, as Meilisearch does (server/search/paging.ts).
    summary as (select (select count(*) from (select 1 from m limit ${SEARCH_TOTAL_LIMIT + 1}) counted) as total, ${facetsSql(q.facets)} as facets)
    select s.document, p.distance, summary.total, summary.facets
    from summary left join (page p join ${t} s on s.id = p.id) on true
    order by p.position`;
  const execute = async (tx: Database) =>
    rowsOf<{ document: D | null; distance: number | null; total: string | number; facets: SearchResult<D>['facets'] }>(
      await tx.execute(statement),
    );
  const rows = q.tsquery
    ? await db.transaction(async (tx) => {
        await tx.execute(sql`set local enable_seqscan = off`);
        return execute(tx);
      })
    : await execute(db);
  const hits = rows.flatMap((r) =>
    r.document
      ? [{ document: r.document, distanceKm: r.distance === null ? null : Math.round(Number(r.distance) * 10) / 10 }]
      : [],
  );
  return {
    hits: hitsWithinLimit(hits, q.page, q.hitsPerPage),
    ...cappedTotal(Number(rows[0]?.total ?? 0)),
    page: q.page,
    pageSize: q.hitsPerPage,
    facets: rows[0]?.facets ?? {},
  };
}

/** Vacancies out of their priority window, or in it but of the region that may see them. */
function outsidePriorityWindow(window: NonNullable<VacancySearchQuery['priorityWindow']>): SQL {
  const visibleRegion = window.visibleInRegionId ? sql`region_id = ${window.visibleInRegionId} or ` : sql``;
  const now = new Date(window.now).toISOString();
  return sql`(${visibleRegion}priority_until is null or priority_until <= ${now}::timestamptz)`;
}

/**
 * The built-in search backend: PostgreSQL full-text search (Dutch + simple configurations,
 * unaccent, trigram typo tolerance, taxonomy synonyms via the skill labels in each document).
 * Works on a PostgreSQL server and on PGlite.
 */
export class PostgresSearchBackend implements SearchBackend {
  readonly name = 'postgres' as const;

  constructor(private readonly db: Database) {}

  async prepare(): Promise<void> {
    // Tables and indexes come with the migrations; nothing to set up at run time.
  }

  async upsertVacancies(documents: VacancyDocument[]): Promise<void> {
    if (documents.length === 0) return;
    // One statement per batch with the documents as one JSON parameter: no parameter limit.
    await this.db.execute(sql`
      insert into search_vacancies (id, region_id, organisation_id, document, terms, rank_terms, skill_ids, isco_path, occupation_id,
        hours_min, hours_max, contract_type, remote, city, start_date, open_to_retraining, lat, lon, published_at, priority_until)
      select (d->>'id')::uuid, (d->>'regionId')::uuid, (d->>'organisationId')::uuid, d, ${vacancyTerms}, ${rankTerms('title')},
        ${textArray('skillIds')}::uuid[], ${textArray('iscoPath')}, (d->>'occupationId')::uuid,
        (d->>'hoursMin')::int, (d->>'hoursMax')::int, d->>'contractType', d->>'remote', d->>'city',
        (d->>'startDate')::date, (d->>'openToRetraining')::boolean, (d->>'lat')::float8, (d->>'lon')::float8,
        to_timestamp((d->>'publishedAt')::float8 / 1000), to_timestamp((d->>'priorityUntil')::float8 / 1000)
      from jsonb_array_elements(${JSON.stringify(documents)}::jsonb) d, ${labelsOf}
      on conflict (id) do update set region_id = excluded.region_id, organisation_id = excluded.organisation_id,
        document = excluded.document, terms = excluded.terms, rank_terms = excluded.rank_terms, skill_ids = excluded.skill_ids, isco_path = excluded.isco_path,
        occupation_id = excluded.occupation_id, hours_min = excluded.hours_min, hours_max = excluded.hours_max,
        contract_type = excluded.contract_type, remote = excluded.remote, city = excluded.city, start_date = excluded.start_date,
        open_to_retraining = excluded.open_to_retraining, lat = excluded.lat, lon = excluded.lon, published_at = excluded.published_at,
        priority_until = excluded.priority_until`);
    await this.learnTerms(
      'search_vacancies',
      documents.map((d) => d.id),
    );
  }

  async removeVacancies(ids: string[]): Promise<void> {
    if (ids.length) await this.db.execute(sql`delete from search_vacancies where id = any(${arrayParam(ids, 'uuid')})`);
  }

  async upsertWorkers(documents: WorkerDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.db.execute(sql`
      insert into search_workers (id, region_id, open_to_other_regions, document, terms, rank_terms, skill_ids, isco_path,
        hours_min, hours_max, contract_preferences, lat, lon)
      select (d->>'id')::uuid, (d->>'regionId')::uuid, (d->>'openToOtherRegions')::boolean, d, ${workerTerms}, ${rankTerms('headline')},
        ${textArray('skillIds')}::uuid[], ${textArray('iscoPath')}, (d->>'hoursMin')::int, (d->>'hoursMax')::int,
        ${textArray('contractPreferences')}, (d->>'lat')::float8, (d->>'lon')::float8
      from jsonb_array_elements(${JSON.stringify(documents)}::jsonb) d, ${labelsOf}
      on conflict (id) do update set region_id = excluded.region_id, open_to_other_regions = excluded.open_to_other_regions,
        document = excluded.document, terms = excluded.terms, rank_terms = excluded.rank_terms, skill_ids = excluded.skill_ids, isco_path = excluded.isco_path,
        hours_min = excluded.hours_min, hours_max = excluded.hours_max, contract_preferences = excluded.contract_preferences,
        lat = excluded.lat, lon = excluded.lon`);
    await this.learnTerms(
      'search_workers',
      documents.map((d) => d.id),
    );
  }

  async removeWorkers(ids: string[]): Promise<void> {
    if (ids.length) await this.db.execute(sql`delete from search_workers where id = any(${arrayParam(ids, 'uuid')})`);
  }

  /** Adds the words of new documents to the vocabulary used for typo tolerance. */
  private async learnTerms(table: 'search_vacancies' | 'search_workers', ids: string[]) {
    await this.db.execute(sql`
      insert into search_terms (term)
      select distinct lexeme from ${sql.raw(table)} s, unnest(tsvector_to_array(s.terms)) lexeme
      where s.id = any(${arrayParam(ids, 'uuid')}) and length(lexeme) >= 3 and lexeme ~ '^[a-z]'
      on conflict do nothing`);
  }

  async searchVacancies(query: VacancySearchQuery): Promise<SearchResult<VacancyDocument>> {
    const { page, hitsPerPage } = pagination(query);
    const tsquery = await textQuery(this.db, query.text);
    const filters: Filter[] = [];
    const filter = (condition: SQL, ...columns: string[]) => filters.push({ condition, columns });
    if (query.regionIds?.length) filter(sql`region_id = any(${arrayParam(query.regionIds, 'uuid')})`, 'region_id');
    if (query.skillIds?.length) filter(sql`skill_ids @> ${arrayParam(query.skillIds, 'uuid')}`, 'skill_ids');
    if (query.occupationId) filter(sql`occupation_id = ${query.occupationId}`, 'occupation_id');
    if (query.iscoGroup) filter(sql`isco_path @> ${arrayParam([query.iscoGroup], 'text')}`, 'isco_path');
    if (query.hours?.min !== undefined) filter(sql`hours_max >= ${query.hours.min}`, 'hours_max');
    if (query.hours?.max !== undefined) filter(sql`hours_min <= ${query.hours.max}`, 'hours_min');
    if (query.contractTypes?.length)
      filter(sql`contract_type = any(${arrayParam(query.contractTypes, 'text')})`, 'contract_type');
    if (query.remote?.length) filter(sql`remote = any(${arrayParam(query.remote, 'text')})`, 'remote');
    if (query.startBefore) filter(sql`(start_date is null or start_date <= ${query.startBefore})`, 'start_date');
    if (query.openToRetraining !== undefined)
      filter(sql`open_to_retraining = ${query.openToRetraining}`, 'open_to_retraining');
    if (query.near) filter(withinRadius(query.near), 'lat', 'lon');
    if (query.priorityWindow) filter(outsidePriorityWindow(query.priorityWindow), 'region_id', 'priority_until');
    if (query.excludeIds?.length) filter(sql`not (id = any(${arrayParam(query.excludeIds, 'uuid')}))`); // id is always read
    const byRelevance = { condition: sql`rank desc, published_at desc, id`, columns: ['published_at'] };
    return pagedSearch<VacancyDocument>(this.db, {
      table: 'search_vacancies',
      filters,
      tsquery,
      near: query.near,
      order: {
        relevance: byRelevance,
        newest: { condition: sql`published_at desc, id`, columns: ['published_at'] },
        distance: query.near ? { condition: sql`distance asc, id`, columns: [] } : byRelevance,
        startDate: { condition: sql`start_date asc nulls first, id`, columns: ['start_date'] },
      }[query.sort ?? 'relevance'],
      facets: query.facets ?? [],
      page,
      hitsPerPage,
    });
  }

  async searchWorkers(query: WorkerSearchQuery): Promise<SearchResult<WorkerDocument>> {
    const { page, hitsPerPage } = pagination(query);
    const tsquery = await textQuery(this.db, query.text);
    // The employer's region, and its neighbours' workers who opted in to other regions.
    const neighbours = query.neighbourRegionIds ?? [];
    const filters: Filter[] = [
      {
        condition: neighbours.length
          ? sql`(region_id = ${query.regionId} or (open_to_other_regions and region_id = any(${arrayParam(neighbours, 'uuid')})))`
          : sql`region_id = ${query.regionId}`,
        columns: ['region_id', 'open_to_other_regions'],
      },
    ];
    const filter = (condition: SQL, ...columns: string[]) => filters.push({ condition, columns });
    if (query.skillIds?.length) filter(sql`skill_ids @> ${arrayParam(query.skillIds, 'uuid')}`, 'skill_ids');
    if (query.iscoGroup) filter(sql`isco_path @> ${arrayParam([query.iscoGroup], 'text')}`, 'isco_path');
    if (query.hours?.min !== undefined) filter(sql`hours_max >= ${query.hours.min}`, 'hours_max');
    if (query.hours?.max !== undefined) filter(sql`hours_min <= ${query.hours.max}`, 'hours_min');
    if (query.contractTypes?.length)
      filter(sql`contract_preferences && ${arrayParam(query.contractTypes, 'text')}`, 'contract_preferences');
    if (query.near) filter(withinRadius(query.near), 'lat', 'lon');
    return pagedSearch<WorkerDocument>(this.db, {
      table: 'search_workers',
      filters,
      tsquery,
      near: query.near,
      order: { condition: sql`rank desc, id`, columns: [] },
      facets: [],
      page,
      hitsPerPage,
    });
  }
}
