/**
 * The autocomplete vocabulary in memory: every word of a kind's labels with the number of labels
 * that have it (skill_words, occupation_words: ~15k words for the whole of ESCO, under a
 * megabyte). Looking a typed word up here — as typed, as the start of a word, one edit away,
 * split in two — costs microseconds; asking the database for the few hundred one-edit variants
 * cost a hash join over the whole vocabulary per keystroke (3 ms on PostgreSQL, 10–30 ms in
 * PGlite). A counter per vocabulary, raised by a trigger on every change
 * (taxonomy_vocabulary_versions), tells each app instance when to read it again: one primary-key
 * read per search.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { queryRows } from './sql';

export type VocabularyKind = 'skill' | 'occupation';

export interface Vocabulary {
  /** Labels with the word. */
  frequency: ReadonlyMap<string, number>;
  /** Every word, in code-unit order: the words a prefix starts are one contiguous run. */
  sorted: readonly string[];
}

const wordTables: Record<VocabularyKind, string> = { skill: 'skill_words', occupation: 'occupation_words' };

/** Code-unit order (not the locale's): the order a binary search over `sorted` assumes. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const cached = new WeakMap<Database, Map<VocabularyKind, { version: number; vocabulary: Vocabulary }>>();

export async function vocabularyOf(db: Database, kind: VocabularyKind): Promise<Vocabulary> {
  const [row] = await queryRows<{ version: number | string }>(
    db,
    sql`select version from taxonomy_vocabulary_versions where kind = ${kind}`,
  );
  const version = Number(row?.version ?? -1);
  const own = cached.get(db) ?? new Map();
  cached.set(db, own);
  const hit = own.get(kind);
  if (hit && hit.version === version) return hit.vocabulary;
  // Read after the counter: a change committed in between only makes the next search read again.
  const words = await queryRows<{ word: string; frequency: number }>(
    db,
    sql.raw(`select word, frequency from ${wordTables[kind]}`),
  );
  const vocabulary: Vocabulary = {
    frequency: new Map(words.map((w) => [w.word, Number(w.frequency)])),
    sorted: words.map((w) => w.word).sort(byCodeUnits),
  };
  own.set(kind, { version, vocabulary });
  return vocabulary;
}

/** The words that start with `prefix` (other than `prefix` itself), most frequent first, at most `limit`. */
export function wordsStartingWith(vocabulary: Vocabulary, prefix: string, limit: number): string[] {
  const { sorted } = vocabulary;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < prefix) low = mid + 1;
    else high = mid;
  }
  const found: string[] = [];
  for (let i = low; i < sorted.length && sorted[i]!.startsWith(prefix); i++) {
    if (sorted[i] !== prefix) found.push(sorted[i]!);
  }
  const frequency = (w: string) => vocabulary.frequency.get(w) ?? 0;
  return found.sort((a, b) => frequency(b) - frequency(a) || byCodeUnits(a, b)).slice(0, limit);
}

/**
 * Letters unaccent maps to the letter Unicode decomposition leaves (é → e, ł is not one of them:
 * unaccent spells it out); with ASCII, the characters a query is normalised for in memory.
 */
const precomposed =
  'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž';
const inMemory = new RegExp(`^[\\x20-\\x7e\\t\\n\\r\\f\\v${precomposed}]*$`);

/**
 * A query normalised as the labels are (taxonomy_normalize in SQL: unaccent, lower case, one
 * space between words) and split into their words (taxonomy_words: runs of letters and digits),
 * without asking the database — when every character is one whose treatment is certain (ASCII,
 * and the accented Latin letters above); otherwise null, and the database normalises it. The
 * integration test compares this with every label of the real ESCO files, on both drivers.
 */
export function normalizeLocally(value: string): { q: string; words: string[] } | null {
  if (!inMemory.test(value)) return null;
  const q = value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ \t\n\r\f\v]+/g, ' ')
    .trim();
  return { q, words: q.split(/[^a-z0-9]+/).filter((w) => w !== '') };
}
