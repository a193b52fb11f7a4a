/**
 * `npm run bench:typos`: skill autocomplete on the REAL ESCO v1.1.1 skills (English, all 13,896)
 * and Dutch labels (the 2,218 skills of the Dutch collections), both from ../shared/data. ESCO
 * alternative labels are drawn with a fixed seed; each gets one typo of one kind (a letter
 * inserted, left out, changed, two neighbours swapped, any of these at the first letter of a
 * word, or a space left out), and the bench counts how often the skill is in the first 10
 * suggestions (hit@10) and times every query, on PGlite and, with DATABASE_URL, on PostgreSQL.
 * Target: hit@10 ≥ 95% for every kind and language, p95 ≤ 30 ms.
 *
 * The files are loaded with the importer from a temporary folder holding only files it reads
 * (skills_en.csv and the other required English files extracted from the classification zip, the
 * Dutch occupations, groups and skill collections); the relations are not needed here.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { count } from 'drizzle-orm';
import { migrateDatabase, openDatabase, type DatabaseHandle } from '~/db/client';
import { skills } from '~/db/schema';
import { searchSkills } from '~/server/taxonomy/autocomplete';
import { importEscoTaxonomy } from '~/server/taxonomy/import';
import { seededRandom, type Random } from './esco-generator';
import { percentile } from './stats';
import { withBenchDatabase } from './bench-database';

const shared = path.join(process.cwd(), '..', 'shared', 'data');
const classificationZip = path.join(shared, 'esco-v1.1.1', 'ESCO-v1.1.1-classification-en-csv.zip');
const dutchDir = path.join(shared, 'esco-v1.1.1-nl');

export const typoKinds = [
  'insertion',
  'deletion',
  'substitution',
  'transposition',
  'first letter',
  'missing space',
] as const;
export type TypoKind = (typeof typoKinds)[number];
const locales = ['en', 'nl'] as const;
type Locale = (typeof locales)[number];

/** Alternative labels per kind and language. */
const perKind = 100;
const hitTarget = 0.95;
const p95BudgetMs = 30;

interface TypoQuery {
  kind: TypoKind;
  locale: Locale;
  label: string;
  query: string;
  uri: string;
}

export interface TypoFigures {
  target: 'pglite' | 'postgres';
  importSeconds: number;
  skills: number;
  /** hit@10 per language and kind, 0–1. */
  hits: Record<Locale, Record<TypoKind, number>>;
  p50: number;
  p95: number;
  max: number;
  misses: string[];
}

/** A temporary folder with the real files the importer reads; removed by the caller. */
export function realEscoFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'overstap-esco-'));
  for (const file of ['skills_en.csv', 'occupations_en.csv', 'ISCOGroups_en.csv', 'skillGroups_en.csv']) {
    writeFileSync(
      path.join(dir, file),
      execFileSync('unzip', ['-p', classificationZip, file], { maxBuffer: 256 * 1024 * 1024 }),
    );
  }
  for (const file of readdirSync(dutchDir)) {
    if (/^(occupations|ISCOGroups|skillGroups|\w+SkillsCollection)_nl\.csv$/.test(file))
      copyFileSync(path.join(dutchDir, file), path.join(dir, file));
  }
  return dir;
}

export const haveRealEsco = () => existsSync(classificationZip) && existsSync(dutchDir);

type Row = Record<string, string>;
const readCsv = (file: string) =>
  parse(readFileSync(file, 'utf8'), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
  }) as Row[];

/** Every (skill, alternative label) pair of a language. */
function alternativeLabels(dir: string, locale: Locale): { uri: string; label: string }[] {
  const files =
    locale === 'en'
      ? ['skills_en.csv']
      : readdirSync(dir)
          .filter((f) => /SkillsCollection_nl\.csv$/.test(f))
          .sort();
  const seen = new Set<string>();
  const pairs: { uri: string; label: string }[] = [];
  for (const file of files) {
    for (const row of readCsv(path.join(dir, file))) {
      for (const label of (row.altLabels ?? '').split(locale === 'en' ? /\r?\n/ : /\s+\|\s+|\r?\n/)) {
        const trimmed = label.trim();
        const key = `${row.conceptUri} ${trimmed}`;
        if (!trimmed || trimmed.length > 80 || seen.has(key) || !/\p{L}{4}/u.test(trimmed)) continue;
        seen.add(key);
        pairs.push({ uri: row.conceptUri!.trim(), label: trimmed });
      }
    }
  }
  return pairs;
}

const letters = [...'abcdefghijklmnopqrstuvwxyz'];

/** One edit of `kind` at letter `at` of `word`, or null when it would change nothing. */
function edit(word: string, at: number, kind: Exclude<TypoKind, 'first letter' | 'missing space'>, random: Random) {
  switch (kind) {
    case 'insertion':
      return word.slice(0, at) + random.pick(letters) + word.slice(at);
    case 'deletion':
      return word.slice(0, at) + word.slice(at + 1);
    case 'substitution': {
      const other = random.pick(letters.filter((l) => l !== word[at]?.toLowerCase()));
      return word.slice(0, at) + other + word.slice(at + 1);
    }
    case 'transposition':
      return word[at] === word[at + 1] ? null : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  }
}

const letterKinds = ['insertion', 'deletion', 'substitution', 'transposition'] as const;

/** The label with one typo of `kind`, or null when the label has no place for one. */
function withTypo(label: string, kind: TypoKind, random: Random): string | null {
  const words = label.split(' ');
  if (kind === 'missing space') {
    if (words.length < 2) return null;
    const at = random.int(0, words.length - 2);
    return [...words.slice(0, at), words[at]! + words[at + 1]!, ...words.slice(at + 2)].join(' ');
  }
  // Typos go into words of four letters or more: in "of" or "and" one is a different word.
  const targets = words.map((w, i) => ({ w, i })).filter(({ w }) => /^\p{L}{4,}$/u.test(w));
  if (targets.length === 0) return null;
  const { w, i } = random.pick(targets);
  const letterKind = kind === 'first letter' ? random.pick(letterKinds) : kind;
  const at = kind === 'first letter' ? 0 : random.int(1, w.length - (letterKind === 'transposition' ? 2 : 1));
  const typed = edit(w, at, letterKind, random);
  if (!typed || typed.toLowerCase() === w.toLowerCase()) return null;
  return words.map((x, k) => (k === i ? typed : x)).join(' ');
}

export function typoQueries(dir: string): TypoQuery[] {
  const random = seededRandom(12);
  const queries: TypoQuery[] = [];
  for (const locale of locales) {
    const labels = alternativeLabels(dir, locale);
    for (const kind of typoKinds) {
      let made = 0;
      for (let attempt = 0; made < perKind && attempt < perKind * 50; attempt++) {
        const { uri, label } = random.pick(labels);
        const query = withTypo(label, kind, random);
        if (!query) continue;
        queries.push({ kind, locale, label, query, uri });
        made += 1;
      }
    }
  }
  return queries;
}

async function measure(handle: DatabaseHandle, target: TypoFigures['target'], dir: string, log: (l: string) => void) {
  await migrateDatabase(handle);
  const started = performance.now();
  // TYPO_PGLITE_DIR (while tuning): a database imported by an earlier run is searched as it is.
  const [{ n: before } = { n: 0 }] = await handle.db.select({ n: count() }).from(skills);
  const summary = before > 0 ? null : await importEscoTaxonomy(handle.db, { dir });
  const importSeconds = (performance.now() - started) / 1000;
  const [{ n: skillCount } = { n: 0 }] = await handle.db.select({ n: count() }).from(skills);
  log(`  import: ${summary ? `${importSeconds.toFixed(1)} s` : 'reused'} (${skillCount} skills)`);
  const queries = typoQueries(dir);
  for (const q of queries.slice(0, 30)) await searchSkills(handle.db, { query: q.query, locale: q.locale }); // warm-up
  const timings: number[] = [];
  const found = new Map<string, { hits: number; total: number }>();
  const misses: string[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    const results = await searchSkills(handle.db, { query: q.query, locale: q.locale, limit: 10 });
    timings.push(performance.now() - t0);
    const key = `${q.locale} ${q.kind}`;
    const entry = found.get(key) ?? { hits: 0, total: 0 };
    entry.total += 1;
    if (results.some((r) => r.uri === q.uri)) entry.hits += 1;
    else misses.push(`${key}: "${q.query}" (for "${q.label}") → ${results[0]?.label ?? 'nothing'}`);
    found.set(key, entry);
  }
  timings.sort((a, b) => a - b);
  const hits = Object.fromEntries(
    locales.map((l) => [
      l,
      Object.fromEntries(
        typoKinds.map((k) => {
          const e = found.get(`${l} ${k}`)!;
          return [k, e.hits / e.total];
        }),
      ),
    ]),
  ) as TypoFigures['hits'];
  const figures: TypoFigures = {
    target,
    importSeconds,
    skills: skillCount,
    hits,
    p50: percentile(timings, 50),
    p95: percentile(timings, 95),
    max: timings.at(-1)!,
    misses,
  };
  for (const l of locales) log(`  ${l}: ${typoKinds.map((k) => `${k} ${(hits[l][k] * 100).toFixed(0)}%`).join(', ')}`);
  log(
    `  ${timings.length} queries: p50 ${figures.p50.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)} ms, max ${figures.max.toFixed(1)} ms`,
  );
  for (const m of misses.slice(0, Number(process.env.SHOW_MISSES ?? 8))) log(`    miss ${m}`);
  return figures;
}

export async function runTypoBench(log: (line: string) => void = console.log): Promise<TypoFigures[]> {
  if (!haveRealEsco()) {
    log(`skipped: the real ESCO files are not in ${shared}`);
    return [];
  }
  const dir = realEscoFolder();
  const results: TypoFigures[] = [];
  try {
    if (process.env.TYPO_TARGET !== 'postgres') {
      log('PGlite (in memory):');
      const pglite = await openDatabase({ pgliteDir: process.env.TYPO_PGLITE_DIR ?? null });
      try {
        results.push(await measure(pglite, 'pglite', dir, log));
      } finally {
        await pglite.close();
      }
    }
    const serverUrl = process.env.DATABASE_URL;
    if (serverUrl && process.env.TYPO_TARGET !== 'pglite') {
      log('PostgreSQL (DATABASE_URL, fresh database):');
      results.push(
        await withBenchDatabase({ name: 'overstap_bench_typos', keep: false, serverUrl }, (handle) =>
          measure(handle, 'postgres', dir, log),
        ),
      );
    } else if (!serverUrl) log('PostgreSQL: skipped (set DATABASE_URL to measure it too)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

export function typoBudgetProblems(results: TypoFigures[]): string[] {
  return results.flatMap((r) => [
    ...locales.flatMap((l) =>
      typoKinds
        .filter((k) => r.hits[l][k] < hitTarget)
        .map((k) => `${r.target}: ${l} ${k} hit@10 ${(r.hits[l][k] * 100).toFixed(0)}% (target ${hitTarget * 100}%)`),
    ),
    ...(r.p95 > p95BudgetMs ? [`${r.target}: p95 ${r.p95.toFixed(1)} ms (budget ${p95BudgetMs} ms)`] : []),
  ]);
}

/** The RESULTS.md table. */
export function typoTable(results: TypoFigures[]): string[] {
  const pct = (v: number) => `${(v * 100).toFixed(0)}%`;
  return [
    `| measure | ${results.map((r) => r.target).join(' | ')} | target |`,
    `| --- | ${results.map(() => '---').join(' | ')} | --- |`,
    `| import (${results[0]?.skills ?? 0} skills) | ${results.map((r) => `${r.importSeconds.toFixed(1)} s`).join(' | ')} | — |`,
    ...locales.flatMap((l) =>
      typoKinds.map(
        (k) => `| ${l}: ${k}, hit@10 | ${results.map((r) => pct(r.hits[l][k])).join(' | ')} | ≥ ${pct(hitTarget)} |`,
      ),
    ),
    `| p50 / p95 ms (${typoKinds.length * locales.length * perKind} queries) | ${results.map((r) => `${r.p50.toFixed(1)} / ${r.p95.toFixed(1)}`).join(' | ')} | p95 ≤ ${p95BudgetMs} ms |`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await runTypoBench();
  console.log(typoTable(results).join('\n'));
  const problems = typoBudgetProblems(results);
  for (const p of problems) console.error(`OVER BUDGET: ${p}`);
  process.exit(problems.length > 0 ? 1 : 0);
}
