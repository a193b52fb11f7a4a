/**
 * `npm run bench:taxonomy`: generates a full-size ESCO set (bench/out/, gitignored), imports it
 * (must take < 3 minutes), re-imports it (must report no changes), then measures skill
 * autocomplete over ~500 realistic queries — prefixes, typos, Dutch and English, synonyms,
 * accent-free Dutch — on PGlite and, when DATABASE_URL is set, on that PostgreSQL server (in a
 * fresh database that is dropped afterwards). Target: p95 ≤ 30 ms. Also times loading the skill
 * relatedness graph and answering relatedness questions.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { migrateDatabase, openDatabase, type DatabaseHandle } from '~/db/client';
import { searchSkills } from '~/server/taxonomy/autocomplete';
import { importEscoTaxonomy } from '~/server/taxonomy/import';
import { searchOccupations } from '~/server/taxonomy/occupations';
import { loadSkillGraph } from '~/server/taxonomy/relatedness';
import { withBenchDatabase } from './bench-database';
import { generateEscoSet, seededRandom, type GeneratedSet, type Random } from './esco-generator';

export interface AutocompleteFigures {
  target: 'pglite' | 'postgres';
  importSeconds: number;
  reimportSeconds: number;
  reimportChanged: boolean;
  queries: number;
  p50: number;
  p95: number;
  max: number;
  /** Queries whose intended skill is among the first 10 suggestions. */
  recallAt10: number;
  occupationP95: number;
  graphLoadSeconds: number;
  relatednessMicros: number;
}

export interface TaxonomyBenchResult {
  generated: GeneratedSet['counts'];
  generateSeconds: number;
  targets: AutocompleteFigures[];
}

interface BenchQuery {
  query: string;
  locale: 'nl' | 'en';
  kind: string;
  expectedUri: string | null;
}

const importBudgetSeconds = 180;
const p95BudgetMs = 30;

function typo(word: string, random: Random): string {
  if (word.length < 5) return word;
  const at = random.int(1, word.length - 2);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  switch (random.int(0, 3)) {
    case 0:
      return word.slice(0, at) + random.pick([...letters]) + word.slice(at + 1); // substitution
    case 1:
      return word.slice(0, at) + word.slice(at + 1); // deletion
    case 2:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2); // transposition
    default:
      return word.slice(0, at) + random.pick([...letters]) + word.slice(at); // insertion
  }
}

/** ~500 queries a person could type, each knowing which skill it was after. */
export function benchQueries(set: GeneratedSet, count = 500): BenchQuery[] {
  const random = seededRandom(7);
  const queries: BenchQuery[] = [];
  while (queries.length < count) {
    const skill = random.pick(set.skills);
    const locale = random.chance(0.5) ? 'nl' : 'en';
    const label = locale === 'nl' ? skill.nl : skill.en;
    const words = label.split(' ');
    const roll = random.next();
    if (roll < 0.25) {
      queries.push({ query: label.slice(0, random.int(3, 8)), locale, kind: 'prefix', expectedUri: null });
    } else if (roll < 0.4 && words.length > 1) {
      queries.push({
        query: `${words[0]} ${words[1]!.slice(0, random.int(2, 4))}`,
        locale,
        kind: 'two words',
        expectedUri: null,
      });
    } else if (roll < 0.65) {
      const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
      queries.push({
        query: words.map((w) => (w === longest ? typo(w, random) : w)).join(' '),
        locale,
        kind: 'typo',
        expectedUri: skill.uri,
      });
    } else if (roll < 0.8) {
      const alts = locale === 'nl' ? skill.altNl : skill.altEn;
      if (alts.length === 0) continue;
      queries.push({ query: random.pick(alts), locale, kind: 'synonym', expectedUri: skill.uri });
    } else if (roll < 0.9) {
      queries.push({ query: random.pick(words), locale, kind: 'word', expectedUri: null });
    } else {
      const plain = skill.nl.normalize('NFD').replace(/\p{Diacritic}/gu, '');
      if (plain === skill.nl) continue;
      queries.push({ query: plain, locale: 'nl', kind: 'no accents', expectedUri: skill.uri });
    }
  }
  return queries;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function measure(
  handle: DatabaseHandle,
  target: 'pglite' | 'postgres',
  set: GeneratedSet,
  log: (line: string) => void,
) {
  await migrateDatabase(handle);
  const db = handle.db;
  let started = performance.now();
  const first = await importEscoTaxonomy(db, { dir: set.dir });
  const importSeconds = (performance.now() - started) / 1000;
  log(
    `  import: ${importSeconds.toFixed(1)} s (${first.skills.inserted} skills, ${first.occupations.inserted} occupations, ${first.occupationSkills?.inserted ?? 0} relations)`,
  );
  started = performance.now();
  const second = await importEscoTaxonomy(db, { dir: set.dir });
  const reimportSeconds = (performance.now() - started) / 1000;
  log(`  re-import: ${reimportSeconds.toFixed(1)} s, ${second.changed ? 'CHANGED SOMETHING' : 'no changes'}`);

  const queries = benchQueries(set);
  for (const q of queries.slice(0, 25)) await searchSkills(db, { query: q.query, locale: q.locale }); // warm-up
  const timings: number[] = [];
  let expected = 0;
  let found = 0;
  const slowest: { ms: number; query: string }[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    const results = await searchSkills(db, { query: q.query, locale: q.locale, limit: 10 });
    const ms = performance.now() - t0;
    timings.push(ms);
    slowest.push({ ms, query: `${q.kind}: "${q.query}"` });
    if (q.expectedUri) {
      expected += 1;
      if (results.some((r) => r.uri === q.expectedUri)) found += 1;
    }
  }
  timings.sort((a, b) => a - b);
  slowest.sort((a, b) => b.ms - a.ms);
  const occupationTimings: number[] = [];
  for (const o of set.occupations.slice(0, 100)) {
    const t0 = performance.now();
    await searchOccupations(db, { query: o.nl.slice(0, 6), locale: 'nl' });
    occupationTimings.push(performance.now() - t0);
  }
  occupationTimings.sort((a, b) => a - b);

  started = performance.now();
  const graph = await loadSkillGraph(db);
  const graphLoadSeconds = (performance.now() - started) / 1000;
  const ids = (await db.query.skills.findMany({ columns: { id: true }, limit: 2000 })).map((s) => s.id);
  for (const id of ids.slice(0, 200)) graph.related(id);
  started = performance.now();
  let calls = 0;
  for (let i = 0; i < ids.length; i += 1) {
    for (let j = 0; j < 50; j += 1) {
      graph.relatedness(ids[i]!, ids[(i * 31 + j * 17) % ids.length]!);
      calls += 1;
    }
  }
  const relatednessMicros = ((performance.now() - started) * 1000) / calls;

  const figures: AutocompleteFigures = {
    target,
    importSeconds,
    reimportSeconds,
    reimportChanged: second.changed,
    queries: timings.length,
    p50: percentile(timings, 50),
    p95: percentile(timings, 95),
    max: timings.at(-1)!,
    recallAt10: found / Math.max(1, expected),
    occupationP95: percentile(occupationTimings, 95),
    graphLoadSeconds,
    relatednessMicros,
  };
  log(
    `  autocomplete over ${figures.queries} queries: p50 ${figures.p50.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)} ms, max ${figures.max.toFixed(1)} ms; intended skill in top 10: ${(figures.recallAt10 * 100).toFixed(0)}%`,
  );
  log(
    `  slowest: ${slowest
      .slice(0, 3)
      .map((s) => `${s.query} ${s.ms.toFixed(1)} ms`)
      .join('; ')}`,
  );
  log(`  occupation search p95 ${figures.occupationP95.toFixed(1)} ms`);
  log(
    `  skill graph: loaded in ${graphLoadSeconds.toFixed(2)} s, relatedness ${relatednessMicros.toFixed(2)} µs per call`,
  );
  return figures;
}

export async function runTaxonomyBench(log: (line: string) => void = console.log): Promise<TaxonomyBenchResult> {
  const dir = path.join(process.cwd(), 'bench', 'out', 'esco-full');
  let started = performance.now();
  const set = generateEscoSet({ dir });
  const generateSeconds = (performance.now() - started) / 1000;
  log(
    `generated ${Object.entries(set.counts)
      .map(([k, v]) => `${v.toLocaleString('en-GB')} ${k}`)
      .join(', ')} in ${generateSeconds.toFixed(1)} s → ${path.relative(process.cwd(), dir)}`,
  );

  const targets: AutocompleteFigures[] = [];
  log('PGlite (in memory):');
  const pglite = await openDatabase({ pgliteDir: null });
  try {
    targets.push(await measure(pglite, 'pglite', set, log));
  } finally {
    await pglite.close();
  }
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    log('PostgreSQL (DATABASE_URL, fresh database):');
    targets.push(
      await withBenchDatabase({ name: 'overstap_bench_autocomplete', keep: false, serverUrl }, (handle) =>
        measure(handle, 'postgres', set, log),
      ),
    );
  } else {
    log('PostgreSQL: skipped (set DATABASE_URL to measure it too)');
  }
  started = performance.now();
  return { generated: set.counts, generateSeconds, targets };
}

/** Budget checks: a failed one makes the bench exit non-zero. */
export function taxonomyBudgetProblems(result: TaxonomyBenchResult): string[] {
  return result.targets.flatMap((t) => [
    ...(t.importSeconds > importBudgetSeconds
      ? [`${t.target}: import took ${t.importSeconds.toFixed(0)} s (budget ${importBudgetSeconds} s)`]
      : []),
    ...(t.p95 > p95BudgetMs ? [`${t.target}: autocomplete p95 ${t.p95.toFixed(1)} ms (budget ${p95BudgetMs} ms)`] : []),
    ...(t.reimportChanged ? [`${t.target}: the second import changed something`] : []),
  ]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runTaxonomyBench();
  const problems = taxonomyBudgetProblems(result);
  for (const p of problems) console.error(`OVER BUDGET: ${p}`);
  process.exit(problems.length > 0 ? 1 : 0);
}
