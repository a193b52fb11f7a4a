/**
 * Label search shared by skill and occupation autocomplete: Dutch and English, preferred and
 * alternative labels, accent-free, prefix and typo tolerant, ranked by how well a label matches,
 * then by how common the concept is.
 *
 * Match quality, best first (per concept, from its best-matching label):
 *   0 the whole label equals the query
 *   1 the label starts with the query
 *   2 by how much of the query the label matches: per query word 1 when the label has it (the
 *     last one typed so far: a word it starts; two words typed without a space: both), 0.75 for
 *     a word one typo away, 0.6 for a merely similar word (pg_trgm), 0 for a word it lacks. No
 *     word is required: one unknown or misspelt word does not hide what the others found.
 * Among equal matches: how similar the whole label is to the query (only when it is not a full
 * match), popularity (references by occupations, vacancies and workers), shorter labels, labels
 * in the user's language.
 *
 * How it stays fast on the full ESCO set (≈150k labels), in PGlite too: the query is split into
 * words; each word is looked up in the small vocabulary (*_words, kept in memory: vocabulary.ts):
 * exactly and, for the word being typed, as a prefix; a word found neither way has its one-edit
 * variants (a few hundred strings, any position, the first letter too) and its two-word splits
 * looked up, and only when those fail, similar words by trigram similarity (in SQL). Candidates come from the word
 * index (*_label_words): every label with a rare word (or a correction of it), the labels matching
 * most of the query kept; for a common word, its most common labels; for a query of common words
 * only, the GIN index on the labels' words intersects them. The ranking above runs on the few
 * hundred candidates left.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { queryRows } from './sql';
import { normalizeLocally, vocabularyOf, wordsStartingWith } from './vocabulary';

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

/** How much a query word counts when a label has it as typed (or completed), one edit away, or merely similar. */
const matchWeight = { exact: 1, prefix: 1, split: 1, edit: 0.75, similar: 0.6 } as const;
type AlternativeKind = keyof typeof matchWeight;
/** One-edit corrections kept per query word, most frequent first. */
const maxEditWords = 8;
/** A query word in at most this many labels (all its alternatives together) has every label with it read. */
const maxDrivingLabels = 1_500;
/** Labels kept from the word index before the exact ranking. */
const maxDrivenCandidates = 150;
/** Letters tried for a letter too many or a different one (normalised words have no accents; digits are rare typos). */
const editLetters = [...'abcdefghijklmnopqrstuvwxyz'];
/**
 * Words corrected per query, and their longest length: each costs ~54 lookups per letter, and
 * no real word is longer (Dutch compounds reach 35 letters; a 100-letter "word" is not worth 5,000 lookups).
 */
const maxCorrectedWords = 4;
const maxCorrectedLength = 48;

/**
 * Every string one edit away from `word` (optimal string alignment distance 1: a letter left
 * out, one too many, one different, two neighbours swapped), at any position, the first letter
 * included. Looked up exactly in the vocabulary: a few hundred primary-key probes, where trigram
 * similarity misses short words and typos in the first letters ("elding" has no trigram of "welding"
 * at its start).
 */
export function oneEditVariants(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    if (i < word.length) {
      const tail = word.slice(i + 1);
      out.add(head + tail);
      for (const c of editLetters) out.add(head + c + tail);
      if (i + 1 < word.length) out.add(head + word[i + 1] + word[i] + word.slice(i + 2));
    }
    for (const c of editLetters) out.add(head + c + word.slice(i));
  }
  out.delete(word);
  return [...out];
}

/** Two words typed without the space between them ("operatemachines"): every split into parts of 2+ letters. */
function splits(word: string): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 2; i <= word.length - 2; i++) out.push([word.slice(0, i), word.slice(i)]);
  return out;
}

/** What a query word may stand for: one vocabulary word, or two (a split). */
interface Alternative {
  words: string[];
  kind: AlternativeKind;
  /** Labels with it: for a split, those with its rarer word, which is the one looked up. */
  frequency: number;
  rarest: string;
}

interface QueryWord {
  n: number;
  word: string;
  last: boolean;
  alternatives: Alternative[];
}

interface VocabularyRow {
  n: number;
  word: string;
  kind: 'exact' | 'prefix' | 'edit' | 'part' | 'similar';
  frequency: number;
}

/** A query with characters only the database's unaccent knows (’, ß, ½ …), normalised there. */
async function normalizeInDatabase(db: Database, query: string): Promise<{ q: string; words: string[] }> {
  const [row] = await queryRows<{ q: string | null; words: string[] | null }>(
    db,
    sql`select q, taxonomy_words(q) as words from (select taxonomy_normalize(${query}) as q) n`,
  );
  return { q: row?.q ?? '', words: row?.words ?? [] };
}

/**
 * The query normalised like the labels, its words, and each word's vocabulary alternatives: the
 * word itself and, for the word being typed, the words it starts; for a word that is neither,
 * its one-edit variants and its splits into two words — all looked up in the vocabulary in
 * memory (vocabulary.ts) — and, for a word none of that explains, similar words by trigram
 * similarity (a query: it is the slowest, and several typos in one word are rare).
 */
async function analyse(
  db: Database,
  kind: ConceptKind,
  t: LabelTables,
  query: string,
): Promise<{ q: string; words: QueryWord[] }> {
  const { q, words: typed } = normalizeLocally(query) ?? (await normalizeInDatabase(db, query));
  if (typed.length === 0) return { q, words: [] };
  const vocabulary = await vocabularyOf(db, kind);
  const rows: VocabularyRow[] = [];
  const lookUp = (n: number, word: string, kind: VocabularyRow['kind']) => {
    const frequency = vocabulary.frequency.get(word);
    if (frequency !== undefined) rows.push({ n, word, kind, frequency });
  };
  typed.forEach((word, n) => {
    lookUp(n, word, 'exact');
    if (n === typed.length - 1 && word.length >= minWordSearchLength - 1) {
      const limit = word.length < shortPrefixLength ? maxShortPrefixWords : maxPrefixWords;
      for (const started of wordsStartingWith(vocabulary, word, limit)) lookUp(n, started, 'prefix');
    }
  });
  const explained = () => new Set(rows.map((r) => r.n));
  let unknown = typed
    .map((word, n) => ({ word, n }))
    .filter((w) => !explained().has(w.n) && w.word.length >= minFuzzyLength - 1 && w.word.length <= maxCorrectedLength)
    .slice(0, maxCorrectedWords);
  for (const { word, n } of unknown) {
    for (const variant of oneEditVariants(word)) lookUp(n, variant, 'edit');
    if (word.length >= minFuzzyLength) for (const part of new Set(splits(word).flat())) lookUp(n, part, 'part');
  }
  unknown = unknown.filter((w) => !explained().has(w.n) && w.word.length >= minFuzzyLength);
  if (unknown.length > 0) {
    rows.push(
      ...(await queryRows<VocabularyRow>(
        db,
        sql`
          select x.n, a.word, 'similar' as kind, a.frequency
          from unnest(${textArray(unknown.map((u) => u.word))}) with ordinality as w(word, i)
          join unnest(${textArray(unknown.map((u) => String(u.n)))}::int[]) with ordinality as x(n, i) using (i)
          cross join lateral (
            select v.word, v.frequency from ${t.words} v
            where v.word % w.word and similarity(v.word, w.word) >= ${sql.raw(String(minSimilarity))}
            order by similarity(v.word, w.word) desc, v.frequency desc limit ${constant(maxFuzzyWords)}) a`,
      )),
    );
  }
  const single = (r: VocabularyRow, kind: AlternativeKind): Alternative => ({
    words: [r.word],
    kind,
    frequency: r.frequency,
    rarest: r.word,
  });
  const words = typed.map((word, n) => {
    const mine = rows.filter((r) => r.n === n);
    const of = (kind: VocabularyRow['kind']) => mine.filter((r) => r.kind === kind);
    const alternatives: Alternative[] = [
      ...of('exact').map((r) => single(r, 'exact')),
      ...of('prefix').map((r) => single(r, 'prefix')),
      ...of('edit')
        .sort((a, b) => b.frequency - a.frequency || a.word.localeCompare(b.word))
        .slice(0, maxEditWords)
        .map((r) => single(r, 'edit')),
      ...of('similar').map((r) => single(r, 'similar')),
    ];
    const parts = new Map(of('part').map((r) => [r.word, r.frequency]));
    for (const [a, b] of parts.size > 0 ? splits(word) : []) {
      const fa = parts.get(a);
      const fb = parts.get(b);
      if (fa !== undefined && fb !== undefined)
        alternatives.push({ words: [a, b], kind: 'split', frequency: Math.min(fa, fb), rarest: fa <= fb ? a : b });
    }
    return { n, word, last: n === typed.length - 1, alternatives };
  });
  return { q, words };
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
  const { q, words: analysed } = await analyse(db, kind, t, input.query);
  if (!q) return [];

  // Labels starting with the query: cheap (a btree range) and the best matches there are.
  const labelPrefix = sql`
    (select l.id from ${t.labels} l
     where l.normalized ~>=~ ${q} and l.normalized ~<~ ${afterPrefix(q)}
     order by l.normalized limit ${constant(labelPrefixCandidates)})`;
  let candidates: SQL = labelPrefix;
  let coverage: SQL = sql`covered as (select null::bigint as id, 0::real as coverage where false),`;
  let inexact: SQL = sql`false`;
  const words = q.length >= minWordSearchLength ? analysed : [];
  const usable = words.filter((w) => w.alternatives.length > 0);
  if (usable.length > 0) {
    const alternatives = usable.flatMap((w) => w.alternatives.map((a) => ({ ...a, n: w.n })));
    const labelsOf = (w: QueryWord) => w.alternatives.reduce((sum, a) => sum + a.frequency, 0);
    const driving = new Set(usable.filter((w) => labelsOf(w) <= maxDrivingLabels).map((w) => w.n));
    // A split is looked up by its rarer word; the ranking below checks both.
    const postings = alternatives.map((a) => ({ n: a.n, word: a.rarest, weight: matchWeight[a.kind] }));
    const list = (values: (string | number)[]) => values.join(' ');
    const postingTable = (rows: typeof postings) => sql`
      unnest(string_to_array(${list(rows.map((r) => r.n))}, ' ')::int[],
             string_to_array(${list(rows.map((r) => r.word))}, ' '),
             string_to_array(${list(rows.map((r) => r.weight))}, ' ')::real[]) as a(n, word, weight)`;
    const sources: SQL[] = [labelPrefix];
    const driven = postings.filter((p) => driving.has(p.n));
    if (driven.length > 0) {
      // Every label with a rare word (or a correction of it), the labels matching most of the query first.
      sources.push(sql`
        (select h.label_id from (
           select p.label_id, a.n, max(a.weight) as weight, bool_or(p.whole) as whole, bool_or(p.first) as first,
                  max(p.popularity) as popularity
           from ${postingTable(driven)}
           -- One index range per word (offset 0 keeps the planner from turning it into a scan of every posting).
           cross join lateral (
             select p.label_id, p.whole, p.first, p.popularity from ${t.labelWords} p where p.word = a.word offset 0) p
           group by p.label_id, a.n) h
         group by h.label_id
         order by sum(h.weight) desc, bool_or(h.whole) desc, bool_or(h.first) desc, max(h.popularity) desc
         limit ${constant(maxDrivenCandidates)})`);
    }
    const common = [...new Map(postings.filter((p) => !driving.has(p.n)).map((p) => [p.word, p])).values()];
    if (common.length > 0) {
      // A common word: the most common labels with it. The order is the ranked index's own (its
      // columns are DESC NULLS LAST; plain DESC means NULLS FIRST, which made PostgreSQL read and
      // sort every entry of the word — 8,000 for "of" — instead of the first 24 of the index).
      sources.push(sql`
        (select p.label_id from unnest(${textArray(common.map((p) => p.word))}) as d(word)
         cross join lateral (
           select p.label_id from ${t.labelWords} p where p.word = d.word
           order by p.whole desc nulls last, p.first desc nulls last, p.popularity desc nulls last
           limit ${constant(entriesPerWord)}) p)`);
    }
    if (usable.length > 1 && driving.size === 0) {
      // Only common words ("of co"): labels having every one of them, from the GIN index on their words.
      sources.push(sql`
        (select l.id from ${t.labels} l
         where ${sql.join(
           usable.map((w) => sql`l.words && ${textArray(w.alternatives.flatMap((a) => a.words))}`),
           sql` and `,
         )}
         limit ${constant(maxMultiWordCandidates)})`);
    }
    candidates = sql.join(sources, sql` union all `);

    // How much of the query a label matches: per query word, its best alternative the label has.
    const slots = alternatives.map((a) => ({ n: a.n, words: a.words.join(','), weight: matchWeight[a.kind] }));
    const last = words.at(-1)!;
    const lastTyped =
      last.word.length >= minWordSearchLength - 1
        ? sql`union all
          select l.id, ${constant(last.n)}, 1::real from lab l
          where exists (select 1 from unnest(l.words) x where x ~>=~ ${last.word} and x ~<~ ${afterPrefix(last.word)})`
        : sql``;
    // A join, not a subquery per label: a few thousand containment tests in one pass.
    coverage = sql`
      alt as materialized (
        select a.n, string_to_array(a.words, ',') as words, a.weight from unnest(
          string_to_array(${list(slots.map((s) => s.n))}, ' ')::int[],
          string_to_array(${list(slots.map((s) => s.words))}, ' '),
          string_to_array(${list(slots.map((s) => s.weight))}, ' ')::real[]) as a(n, words, weight)
      ),
      hit as (
        select l.id, a.n, a.weight from lab l join alt a on l.words @> a.words
        ${lastTyped}
      ),
      covered as (
        select h.id, sum(h.best) as coverage from (select id, max(weight) as best from hit group by id, n) h group by h.id
      ),`;
    inexact = sql`coverage < ${constant(words.length)}`;
  }

  const final = sql`
      with candidate as (${candidates}),
      lab as materialized (
        select l.* from (select distinct id from candidate) c join ${t.labels} l on l.id = c.id
      ),
      ${coverage}
      matched as (
        select l.*, coalesce(v.coverage, 0)::real as coverage from lab l left join covered v on v.id = l.id
      ),
      scored as (
        select distinct on (l.${t.idColumn}) l.${t.idColumn} as concept_id, l.label, l.lang, l.preferred,
          case
            when l.normalized = ${q} then 0
            when l.normalized ~>=~ ${q} and l.normalized ~<~ ${afterPrefix(q)} then 1
            else 2
          end as tier,
          l.coverage,
          case when ${inexact} then similarity(${q}, l.normalized) end as score
        from matched l
        order by l.${t.idColumn}, tier, coverage desc, score desc nulls last, (l.lang = ${input.locale}) desc, l.preferred desc, length(l.label)
      )
      select s.concept_id as "conceptId", k.uri, k.preferred_label_nl as "labelNl", k.preferred_label_en as "labelEn",
             k.popularity, ${t.extra},
             s.label as "matchedLabel", s.lang as "matchedLang", s.preferred as "matchedPreferred", s.tier,
             coalesce(s.score, 1) as score
      from scored s
      join ${t.concepts} k on k.id = s.concept_id
      where k.retired_at is null and (s.tier < 2 or s.coverage > 0)
      order by s.tier,
        s.coverage desc,
        s.score desc nulls last,
        k.popularity desc,
        length(s.label),
        (s.lang = ${input.locale}) desc,
        s.label
      limit ${input.limit}`;
  return queryRows<LabelMatch & ConceptExtras[K]>(db, final);
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
