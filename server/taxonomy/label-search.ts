/**
 * Label search shared by skill and occupation autocomplete: Dutch and English, preferred and
 * alternative labels, accent-free, prefix and typo tolerant, ranked by how well a label matches,
 * then by how common the concept is.
 *
 * Match quality, best first (one tier per concept, from its best-matching label):
 *   0 the whole label equals the query
 *   1 the label starts with the query
 *   2 every query word is a word of the label (the last one typed so far: a word prefix)
 *   3 a typo-tolerant match: some query word matched a similar word (pg_trgm); by similarity
 * Within a tier: popularity (references by occupations, vacancies and workers), then shorter
 * labels, then labels in the user's language.
 *
 * How it stays fast on the full ESCO set (≈150k labels), in PGlite too: the query is split into
 * words; each word is looked up in the small vocabulary (*_words) — exactly, as a prefix (the
 * word being typed), or, when neither finds it, by trigram similarity (pg_trgm). A one-word
 * query then reads, per vocabulary word, the most common labels from the word index
 * (*_label_words): a few hundred index entries, never every label with a common word. A
 * multi-word query asks the GIN index on the labels' words for labels having every word (or an
 * alternative of it), which intersects the posting lists inside the index. The ranking above
 * runs on the few candidates left.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { queryRows } from './sql';

export type SearchLocale = 'nl' | 'en';

/** One- and two-letter queries only match the start of labels: as words they match everything. */
const minWordSearchLength = 3;
/** Typo tolerance needs a few trigrams to be meaningful. */
const minFuzzyLength = 4;
/**
 * Vocabulary words taken for the word being typed, most frequent first (fewer while it is still
 * short: "co" could be a hundred words), and for a misspelt word.
 */
const maxPrefixWords = 30;
const maxShortPrefixWords = 12;
const shortPrefixLength = 4;
const maxFuzzyWords = 3;
/** pg_trgm similarity a misspelt word needs: "zurgen" → "zorgen" is 0.4, "lassr" → "lasser" 0.44. */
const minSimilarity = 0.35;
/** Index entries read per vocabulary word of a one-word query. */
const entriesPerWord = 24;
/**
 * A bound for unspecific multi-word queries ("measure co"); specific ones match far fewer labels.
 * Labels that start with the query are fetched separately, so they are never cut off by it.
 */
const maxMultiWordCandidates = 300;
/** A query word in at most this many labels drives a multi-word search through the word index. */
const maxDrivingWordLabels = 2_000;
/** Labels starting with the query: all candidates of a short query, an extra source otherwise. */
const labelPrefixCandidates = 60;

export interface LabelMatch {
  conceptId: string;
  uri: string;
  labelNl: string | null;
  labelEn: string | null;
  popularity: number;
  matchedLabel: string;
  matchedLang: SearchLocale;
  matchedPreferred: boolean;
  tier: number;
  score: number;
}

interface LabelTables {
  concepts: SQL;
  labels: SQL;
  labelWords: SQL;
  words: SQL;
  idColumn: SQL;
  /** Columns of the concept a result carries besides its labels. */
  extra: SQL;
}

const tables = {
  skill: {
    concepts: sql.raw('skills'),
    labels: sql.raw('skill_labels'),
    labelWords: sql.raw('skill_label_words'),
    words: sql.raw('skill_words'),
    idColumn: sql.raw('skill_id'),
    extra: sql.raw('k.skill_type as "skillType"'),
  },
  occupation: {
    concepts: sql.raw('occupations'),
    labels: sql.raw('occupation_labels'),
    labelWords: sql.raw('occupation_label_words'),
    words: sql.raw('occupation_words'),
    idColumn: sql.raw('occupation_id'),
    extra: sql.raw('k.code, k.isco_group as "iscoGroup"'),
  },
} satisfies Record<string, LabelTables>;

export type ConceptKind = keyof typeof tables;

export interface ConceptExtras {
  skill: { skillType: 'skill' | 'knowledge' | 'transversal' | 'language' };
  occupation: { code: string; iscoGroup: string };
}

/** Our own numeric constants go into the SQL text: as parameters they would be untyped. */
const constant = (value: number) => sql.raw(String(Math.trunc(value)));

/** `array[$1, $2]::text[]`: bound the same way by node-postgres and PGlite. */
function textArray(values: readonly string[]): SQL {
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

/** The upper bound of a prefix range for text_pattern_ops: sorts after every string that starts with `prefix`. */
const afterPrefix = (prefix: string) => `${prefix}\u{10FFFF}`;

/**
 * True when `word` is one typo away from `typed` (optimal string alignment distance 1: one letter
 * left out, one too many, one different, or two neighbours swapped); the caller excludes equal words.
 *
 * Why this exists next to trigram similarity: one typo in a short word breaks most of its
 * trigrams. A swap in the middle of a 5–7 letter word leaves a similarity of 0.2–0.33 ("pyhton" →
 * "python" 0.27, "teasm" → "teams" 0.2), a different letter in a 5-letter word 0.33 ("teaqs" →
 * "teams"): all below minSimilarity, so such a word found nothing and, in a query of several
 * words, hid the label the other words had found. Only vocabulary words of the first-letter range
 * already scanned are tested, only when similarity fails, and cheaply first: one edit at letter i
 * leaves the letters before i and after it alone, so with m the shorter length either the first
 * ⌊m/2⌋ or the last ⌈m/2⌉−1 letters are the same.
 */
function oneEditApart(word: SQL, typed: SQL): SQL {
  const m = sql`least(length(${word}), length(${typed}))`;
  return sql`(length(${word}) between length(${typed}) - 1 and length(${typed}) + 1
    and (left(${word}, ${m} / 2) = left(${typed}, ${m} / 2) or right(${word}, (${m} + 1) / 2 - 1) = right(${typed}, (${m} + 1) / 2 - 1))
    and exists (
    select 1 from generate_series(1, greatest(length(${word}), length(${typed}))) i
    where overlay(${typed} placing '' from i for 1) = ${word}
       or overlay(${word} placing '' from i for 1) = ${typed}
       or (length(${word}) = length(${typed}) and (
            overlay(${word} placing '' from i for 1) = overlay(${typed} placing '' from i for 1)
         or overlay(${typed} placing substr(${typed}, i + 1, 1) || substr(${typed}, i, 1) from i for 2) = ${word}))))`;
}

interface WordAlternative {
  n: number;
  word: string;
  last: boolean;
  alt: string | null;
  kind: 'exact' | 'prefix' | 'fuzzy' | null;
  frequency: number;
}

/** The query normalised like the labels, its words, and each word's vocabulary alternatives. */
async function analyse(db: Database, t: LabelTables, query: string) {
  const rows = await queryRows<WordAlternative & { q: string | null }>(
    db,
    sql`
      with q as (select taxonomy_normalize(${query}) as q),
      w as (
        select t.word, t.n::int as n, t.n = cardinality(taxonomy_words(q.q)) as last
        from q, unnest(taxonomy_words(q.q)) with ordinality as t(word, n)
      )
      select q.q, w.n, w.word, w.last, a.alt, a.kind, coalesce(a.frequency, 0)::int as frequency
      from q
      left join w on true
      left join lateral (
        select v.word as alt, 'exact' as kind, v.frequency from ${t.words} v
        where v.word = w.word
        union all
        (select v.word, 'prefix', v.frequency from ${t.words} v
         where w.last and length(w.word) >= ${constant(minWordSearchLength - 1)}
           and v.word ~>=~ w.word and v.word ~<~ (w.word || chr(1114111)) and v.word <> w.word
         order by v.frequency desc, v.word
         limit case when length(w.word) < ${constant(shortPrefixLength)} then ${constant(maxShortPrefixWords)} else ${constant(maxPrefixWords)} end)
        union all
        (select v.word, 'fuzzy', v.frequency from ${t.words} v
         where length(w.word) >= ${constant(minFuzzyLength)}
           -- People rarely mistype the first letter; requiring it keeps this a short btree range
           -- instead of a trigram search over the whole vocabulary.
           and v.word ~>=~ left(w.word, 1) and v.word ~<~ (left(w.word, 1) || chr(1114111))
           and length(v.word) between length(w.word) - 2 and length(w.word) + 3
           and (similarity(v.word, w.word) >= ${sql.raw(String(minSimilarity))} or ${oneEditApart(sql`v.word`, sql`w.word`)})
           and not exists (
             select 1 from ${t.words} x
             where x.word ~>=~ w.word and x.word ~<~ (w.word || chr(1114111)) and (w.last or x.word = w.word))
         order by ${oneEditApart(sql`v.word`, sql`w.word`)} desc, similarity(v.word, w.word) desc, v.frequency desc limit ${constant(maxFuzzyWords)})
      ) a on true
      order by w.n`,
  );
  const q = rows[0]?.q ?? '';
  const words = new Map<number, { word: string; last: boolean; strict: string[]; fuzzy: string[]; labels: number }>();
  for (const row of rows) {
    if (row.n == null) continue;
    const entry = words.get(row.n) ?? { word: row.word, last: row.last, strict: [], fuzzy: [], labels: 0 };
    if (row.alt && row.kind) {
      (row.kind === 'fuzzy' ? entry.fuzzy : entry.strict).push(row.alt);
      entry.labels += row.frequency;
    }
    words.set(row.n, entry);
  }
  return { q, words: [...words.values()] };
}

/**
 * The best-matching concepts for a query, best first.
 */
export async function searchLabels<K extends ConceptKind>(
  db: Database,
  kind: K,
  input: { query: string; locale: SearchLocale; limit: number },
): Promise<(LabelMatch & ConceptExtras[K])[]> {
  const t = tables[kind];
  const { q, words } = await analyse(db, t, input.query);
  if (!q) return [];

  // Labels starting with the query: cheap (a btree range) and the best matches there are.
  const labelPrefix = sql`
    (select l.id from ${t.labels} l
     where l.normalized ~>=~ ${q} and l.normalized ~<~ ${afterPrefix(q)}
     order by l.normalized limit ${constant(labelPrefixCandidates)})`;
  let candidates: SQL = labelPrefix;
  let wordTier: SQL = sql`false`;
  let fuzzy = false;
  if (q.length >= minWordSearchLength) {
    const usable = words.filter((w) => w.strict.length + w.fuzzy.length > 0);
    if (usable.length === 0) return [];
    const alternatives = (w: (typeof usable)[number]) => textArray([...w.strict, ...w.fuzzy]);
    fuzzy = usable.some((w) => w.fuzzy.length > 0);
    const [only] = usable;
    const byWords =
      usable.length === 1 && only
        ? // One word: for each of its vocabulary words, the most common labels first.
          sql`
            select p.label_id as id
            from unnest(${alternatives(only)}) as d(word)
            cross join lateral (
              select p.label_id from ${t.labelWords} p
              where p.word = d.word
              order by p.whole desc, p.first desc, p.popularity desc
              limit ${constant(entriesPerWord)}
            ) p`
        : multiWordCandidates(t, usable, alternatives);
    candidates = sql`${labelPrefix} union all (${byWords})`;
    // Tier 2: every query word is a word of the label; the last one may still be half typed.
    wordTier = sql.join(
      words.map((w) =>
        w.last
          ? sql`exists (select 1 from unnest(l.words) x where x ~>=~ ${w.word} and x ~<~ ${afterPrefix(w.word)})`
          : sql`${w.word} = any (l.words)`,
      ),
      sql` and `,
    );
  }

  return queryRows<LabelMatch & ConceptExtras[K]>(
    db,
    sql`
      with candidate as (${candidates}),
      scored as (
        select distinct on (l.${t.idColumn}) l.${t.idColumn} as concept_id, l.label, l.lang, l.preferred,
          case
            when l.normalized = ${q} then 0
            when l.normalized ~>=~ ${q} and l.normalized ~<~ ${afterPrefix(q)} then 1
            when ${wordTier} then 2
            else 3
          end as tier,
          ${fuzzy ? sql`similarity(${q}, l.normalized)` : sql`1::real`} as score
        from (select distinct id from candidate) c
        join ${t.labels} l on l.id = c.id
        order by l.${t.idColumn}, tier, score desc, (l.lang = ${input.locale}) desc, l.preferred desc, length(l.label)
      )
      select s.concept_id as "conceptId", k.uri, k.preferred_label_nl as "labelNl", k.preferred_label_en as "labelEn",
             k.popularity, ${t.extra},
             s.label as "matchedLabel", s.lang as "matchedLang", s.preferred as "matchedPreferred", s.tier, s.score
      from scored s
      join ${t.concepts} k on k.id = s.concept_id
      where k.retired_at is null
      order by s.tier,
        case when s.tier = 3 then s.score end desc nulls last,
        k.popularity desc,
        length(s.label),
        (s.lang = ${input.locale}) desc,
        s.label
      limit ${input.limit}`,
  );
}

/**
 * Candidates for a query of several words. When some word is rare enough, every label with it
 * is read through the word index and the other words filter them (exact, however common those
 * are). When all words are common ("of co"), the GIN index on the labels' words intersects them,
 * bounded.
 */
function multiWordCandidates<W extends { labels: number }>(
  t: LabelTables,
  usable: W[],
  alternatives: (w: W) => SQL,
): SQL {
  const driver = usable.reduce((a, b) => (b.labels < a.labels ? b : a));
  if (driver.labels <= maxDrivingWordLabels) {
    const filters = usable.filter((w) => w !== driver).map((w) => sql` and l.words && ${alternatives(w)}`);
    return sql`
      select l.id from ${t.labelWords} p
      join ${t.labels} l on l.id = p.label_id
      where p.word = any (${alternatives(driver)}) ${sql.join(filters, sql``)}`;
  }
  return sql`
    select l.id from ${t.labels} l
    where ${sql.join(
      usable.map((w) => sql`l.words && ${alternatives(w)}`),
      sql` and `,
    )}
    limit ${constant(maxMultiWordCandidates)}`;
}

/** A concept's preferred label in the user's language, falling back to the other one. */
export function localLabel(
  concept: { labelNl: string | null; labelEn: string | null; uri: string },
  locale: SearchLocale,
): string {
  return (locale === 'nl' ? (concept.labelNl ?? concept.labelEn) : (concept.labelEn ?? concept.labelNl)) ?? concept.uri;
}

/** The language of `localLabel`: the locale's own, or the other one it fell back to. */
export function labelLanguage(
  concept: { labelNl: string | null; labelEn: string | null },
  locale: SearchLocale,
): 'nl' | 'en' {
  if (locale === 'nl') return concept.labelNl !== null || concept.labelEn === null ? 'nl' : 'en';
  return concept.labelEn !== null || concept.labelNl === null ? 'en' : 'nl';
}
