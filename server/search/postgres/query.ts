/**
 * Turns free text into a PostgreSQL tsquery with the same tolerance a user expects from a
 * search box: accents ignored, Dutch stems ("lassen" finds "lasser"), prefixes, and one typo
 * ("elektricen" finds "elektricien") through the trigram-indexed vocabulary of the index, for
 * words the index does not know as typed.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { rowsOf } from './rows';

const MAX_WORDS = 8;
/** Words shorter than this must match as typed (as in Meilisearch: no typos on short words). */
const MIN_TYPO_WORD_LENGTH = 4;
const SIMILAR_TERMS_PER_WORD = 3;

/** 'Elektriciën, 3e klas!' → ['elektricien', '3e', 'klas']: lower case, no accents, letters and digits only. */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .slice(0, MAX_WORDS);
}

export interface ExpandedWord {
  word: string;
  stem: string;
  similar: string[];
}

/** One tsquery: every word must match, each through itself, its stem or a near spelling, as a prefix. */
export function toTsquery(words: readonly ExpandedWord[]): string {
  const safe = (lexeme: string) => lexeme.replace(/[^a-z0-9]/g, '');
  return words
    .map(({ word, stem, similar }) => {
      const alternatives = [...new Set([word, stem, ...similar].map(safe).filter(Boolean))];
      return `(${alternatives.map((a) => `${a}:*`).join(' | ')})`;
    })
    .join(' & ');
}

/** Looks up stems and near spellings of the query words in one round trip. */
export async function expandWords(db: Database, words: string[]): Promise<ExpandedWord[]> {
  if (words.length === 0) return [];
  const list = sql.join(
    words.map((w) => sql`${w}`),
    sql`, `,
  );
  const result = await db.execute(sql`
    select w as word,
           coalesce((ts_lexize('dutch_stem', w))[1], w) as stem,
           -- Near spellings only for a word the index does not know (not even as the start
           -- of a word): "elektricen" gets "elektricien", but "lasser" does not also get
           -- "laser", which a welder would not be looking for. (Query words are [a-z0-9] only,
           -- so the LIKE pattern holds no wildcards of the user's; pg_trgm indexes it.)
           case when length(w) >= ${MIN_TYPO_WORD_LENGTH} and not exists (select 1 from search_terms k where k.term like w || '%') then array(
             select t.term from search_terms t
             where t.term % w and t.term <> w
             order by similarity(t.term, w) desc, t.term
             limit ${SIMILAR_TERMS_PER_WORD}
           ) else array[]::text[] end as similar
    from unnest(array[${list}]::text[]) with ordinality as input(w, position)
    order by position`);
  return rowsOf<{ word: string; stem: string; similar: string[] }>(result);
}

export async function textQuery(db: Database, text: string | undefined): Promise<SQL | null> {
  const words = tokenize(text ?? '');
  if (words.length === 0) return null;
  return sql`to_tsquery('simple', ${toTsquery(await expandWords(db, words))})`;
}

/** Great-circle distance in km between a row's lat/lon columns and a point, in SQL. */
export function distanceSql(lat: number, lon: number): SQL {
  // least(1, …): rounding can take the haversine term a hair over 1 for antipodes, outside asin's domain.
  return sql`(6371 * 2 * asin(least(1, sqrt(power(sin(radians(lat - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(lat)) * power(sin(radians(lon - ${lon}) / 2), 2)))))`;
}

/** A cheap bounding box first (indexed), then the exact distance. */
export function withinRadius(near: { lat: number; lon: number; radiusKm: number }): SQL {
  const dLat = near.radiusKm / 111;
  const dLon = near.radiusKm / (111 * Math.cos((near.lat * Math.PI) / 180));
  return sql`(lat between ${near.lat - dLat} and ${near.lat + dLat} and lon between ${near.lon - dLon} and ${near.lon + dLon} and ${distanceSql(near.lat, near.lon)} <= ${near.radiusKm})`;
}
