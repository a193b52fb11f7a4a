/**
 * `npm run bench`: every benchmark, then bench/RESULTS.md rewritten with today's figures.
 *   search and matching at 10k and 100k vacancies (20k workers each): search on PostgreSQL and,
 *   in the same run, on a throwaway Meilisearch when its binary is installed;
 *   ESCO import and skill autocomplete at full ESCO size, on PGlite and PostgreSQL.
 *   the import of the official ESCO v1.1.1 download (../shared/data), on PGlite and PostgreSQL;
 *   skill autocomplete with one typo per query on the real ESCO v1.1.1 labels (../shared/data);
 *   sign-in timing for known and unknown e-mail addresses;
 *   occupation transition paths on the real ESCO v1.1.1 files: speed, and quality against O*NET;
 *   the coordinator portal's pages, the caseload included (server time per page), on the benchmark
 *   region with outcomes, introductions and notes added.
 * Options: --only matching|taxonomy|esco-import|typos|sign-in|paths|dashboard, --sizes 10000,100000, --samples 200,
 *          --keep-databases (keep the generated regions as overstap_bench_keep_<size> / overstap_bench_dashboard_<size> and reuse them).
 * Needs PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres).
 * Exits non-zero when a figure misses its target, so a regression is noticed.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { dashboardProblems, dashboardTable, runDashboardBench, type DashboardBenchResult } from './dashboard';
import { runMatchingBench, type MatchingBenchResult } from './matching';
import { escoImportProblems, escoImportTable, runEscoImportBench } from './esco-import';
import { runSignInBench, type SignInBenchResult } from './sign-in';
import { runTransitionBench, transitionProblems, transitionTable } from './transition-paths';
import { runTaxonomyBench, taxonomyBudgetProblems, type TaxonomyBenchResult } from './taxonomy-autocomplete';
import { runTypoBench, typoBudgetProblems, typoTable } from './taxonomy-typos';
import type { Timing } from './stats';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    sizes: { type: 'string', default: '10000,100000' },
    workers: { type: 'string', default: '20000' },
    samples: { type: 'string', default: '200' },
    'keep-databases': { type: 'boolean', default: false },
  },
});
process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';

/** The issue's targets at 100k vacancies on a 2-core machine. */
const targets = { searchP95: 50, workerTopP95: 100, rematchSeconds: 300 };

const ms = (t: Timing) => `${t.p50.toFixed(1)} / ${t.p95.toFixed(1)}`;
const seconds = (s: number | null) => (s === null ? '—' : `${s.toFixed(1)} s`);

function matchingProblems(r: MatchingBenchResult): string[] {
  if (r.vacancies < 100_000) return [];
  return [
    ...(r.meili && r.meili.search.p95 > targets.searchP95
      ? [
          `Meilisearch search p95 ${r.meili.search.p95.toFixed(1)} ms at ${r.vacancies} vacancies (target ${targets.searchP95} ms)`,
        ]
      : []),
    ...(r.search.p95 > targets.searchP95
      ? [`search p95 ${r.search.p95.toFixed(1)} ms at ${r.vacancies} vacancies (target ${targets.searchP95} ms)`]
      : []),
    ...(r.workerTop.p95 > targets.workerTopP95
      ? [`worker → top-20 p95 ${r.workerTop.p95.toFixed(1)} ms (target ${targets.workerTopP95} ms)`]
      : []),
    ...(r.rematchSeconds !== null && r.rematchSeconds > targets.rematchSeconds
      ? [`full rematch ${r.rematchSeconds.toFixed(0)} s (target ${targets.rematchSeconds} s)`]
      : []),
  ];
}

function matchingTable(results: MatchingBenchResult[]): string[] {
  const head = `| measure | ${results.map((r) => `${r.vacancies.toLocaleString('en')} vacancies`).join(' | ')} | target at 100k |`;
  const row = (label: string, cell: (r: MatchingBenchResult) => string, target = '—') =>
    `| ${label} | ${results.map(cell).join(' | ')} | ${target} |`;
  return [
    head,
    `| --- | ${results.map(() => '---').join(' | ')} | --- |`,
    row('workers', (r) => r.workers.toLocaleString('en')),
    row('region generated in', (r) => seconds(r.generateSeconds)),
    row('search index build (PostgreSQL backend)', (r) => seconds(r.indexSeconds)),
    row('search index build (Meilisearch 1.21.0, vacancies and workers)', (r) =>
      r.meili ? seconds(r.meili.indexSeconds) : '—',
    ),
    row('text + filter search on PostgreSQL, p50 / p95 ms', (r) => ms(r.search), `p95 ≤ ${targets.searchP95} ms`),
    row(
      'the same queries on Meilisearch, p50 / p95 ms',
      (r) => (r.meili ? ms(r.meili.search) : '—'),
      `p95 ≤ ${targets.searchP95} ms`,
    ),
    row('queries with the same total on both', (r) => (r.meili ? `${r.meili.sameTotals}/${r.meili.queries}` : '—')),
    row('worker → top-20 vacancies, p50 / p95 ms', (r) => ms(r.workerTop), `p95 ≤ ${targets.workerTopP95} ms`),
    row('vacancy → top-20 candidates, p50 / p95 ms', (r) => ms(r.vacancyTop)),
    row('lower bound: in-memory scan of every vacancy for one worker, p50 / p95 ms', (r) => ms(r.scan)),
    row('worker → top-20 ÷ lower bound (p50)', (r) => `${(r.workerTop.p50 / r.scan.p50).toFixed(2)}×`),
    row('employer candidates page (500 ranked → filtered page of 20, audited), p50 / p95 ms', (r) =>
      ms(r.candidatesPage),
    ),
    row('vacancy opened → top-50 candidates stored + strong matches notified, p50 / p95 ms', (r) =>
      ms(r.vacancyRematch),
    ),
    row('strong-match notifications per opened vacancy', (r) => r.notificationsPerVacancy.toFixed(1)),
    row(
      'full rematch of every worker (top-50 each, stored)',
      (r) => seconds(r.rematchSeconds),
      `≤ ${targets.rematchSeconds / 60} min`,
    ),
  ];
}

function taxonomyTable(result: TaxonomyBenchResult): string[] {
  const counts = Object.entries(result.generated)
    .map(([what, n]) => `${n.toLocaleString('en')} ${what}`)
    .join(', ');
  return [
    `Generated ESCO-format set: ${counts} (in ${result.generateSeconds.toFixed(1)} s).`,
    '',
    `| measure | ${result.targets.map((t) => t.target).join(' | ')} | target |`,
    `| --- | ${result.targets.map(() => '---').join(' | ')} | --- |`,
    `| import | ${result.targets.map((t) => seconds(t.importSeconds)).join(' | ')} | < 3 min |`,
    `| second import | ${result.targets.map((t) => `${seconds(t.reimportSeconds)}, ${t.reimportChanged ? 'changed something' : 'no changes'}`).join(' | ')} | no changes |`,
    `| skill autocomplete, p50 / p95 ms (${result.targets[0]?.queries ?? 0} queries) | ${result.targets.map((t) => ms(t)).join(' | ')} | p95 ≤ 30 ms |`,
    `| intended skill in the first 10 suggestions | ${result.targets.map((t) => `${(t.recallAt10 * 100).toFixed(0)}%`).join(' | ')} | — |`,
    `| occupation search p95 ms | ${result.targets.map((t) => t.occupationP95.toFixed(1)).join(' | ')} | — |`,
    `| skill graph load | ${result.targets.map((t) => seconds(t.graphLoadSeconds)).join(' | ')} | — |`,
    `| skill relatedness, per call | ${result.targets.map((t) => `${t.relatednessMicros.toFixed(2)} µs`).join(' | ')} | — |`,
  ];
}

/** Unknown addresses may not answer measurably faster than known ones (argon2 runs for both). */
function signInProblems(r: SignInBenchResult): string[] {
  const ratio = r.unknownAddress.p50 / r.knownAddress.p50;
  return ratio < 0.8 ? [`unknown addresses answer in ${(ratio * 100).toFixed(0)}% of the time of known ones`] : [];
}

function signInTable(r: SignInBenchResult): string[] {
  return [
    `Wrong passwords, ${r.samples} of each, interleaved (embedded PGlite).`,
    '',
    '| e-mail address | p50 / p95 ms |',
    '| --- | --- |',
    `| known | ${ms(r.knownAddress)} |`,
    `| unknown | ${ms(r.unknownAddress)} |`,
    `| unknown ÷ known (p50) | ${(r.unknownAddress.p50 / r.knownAddress.p50).toFixed(2)}× (target: ≥ 0.8×) |`,
  ];
}

const started = performance.now();
const sections: string[][] = [];
const problems: string[] = [];
const runs = (part: string) => values.only === undefined || values.only === part;
if (runs('matching')) {
  const results: MatchingBenchResult[] = [];
  for (const size of values.sizes.split(',').map(Number)) {
    console.log(`\n== search and matching: ${size.toLocaleString('en')} vacancies ==`);
    results.push(
      await runMatchingBench({
        vacancies: size,
        workers: Number(values.workers),
        samples: Number(values.samples),
        keepDatabase: values['keep-databases'] ? `overstap_bench_keep_${size}` : undefined,
      }),
    );
  }
  results.forEach((r) => problems.push(...matchingProblems(r)));
  sections.push(['## Search and matching', '', ...matchingTable(results)]);
}
if (runs('dashboard')) {
  const results: DashboardBenchResult[] = [];
  for (const size of values.sizes.split(',').map(Number)) {
    console.log(`\n== coordinator dashboard: ${size.toLocaleString('en')} vacancies ==`);
    results.push(
      await runDashboardBench({
        vacancies: size,
        workers: Number(values.workers),
        samples: Math.min(30, Number(values.samples)),
        keepDatabase: values['keep-databases'],
      }),
    );
  }
  problems.push(...dashboardProblems(results));
  sections.push(['## Coordinator dashboard: server time per page', '', ...dashboardTable(results)]);
}
if (runs('taxonomy')) {
  console.log('\n== ESCO import and skill autocomplete ==');
  const result = await runTaxonomyBench();
  problems.push(...taxonomyBudgetProblems(result));
  sections.push(['## Skills taxonomy: ESCO import and autocomplete', '', ...taxonomyTable(result)]);
}
if (runs('esco-import')) {
  console.log('\n== ESCO import: the official v1.1.1 download ==');
  const result = await runEscoImportBench();
  problems.push(...escoImportProblems(result));
  sections.push(['## Skills taxonomy: importing the official ESCO download', '', ...escoImportTable(result)]);
}
if (runs('typos')) {
  console.log('\n== skill autocomplete with typos, real ESCO ==');
  const result = await runTypoBench();
  problems.push(...typoBudgetProblems(result));
  sections.push(['## Skill autocomplete with one typo, real ESCO v1.1.1 labels', '', ...typoTable(result)]);
}
if (runs('sign-in')) {
  console.log('\n== sign-in timing ==');
  const result = await runSignInBench();
  problems.push(...signInProblems(result));
  sections.push(['## Sign-in: known and unknown e-mail addresses', '', ...signInTable(result)]);
}
if (runs('paths')) {
  console.log('\n== occupation transition paths ==');
  const result = await runTransitionBench();
  problems.push(...transitionProblems(result));
  sections.push(['## Occupation transition paths (real ESCO, quality against O*NET)', '', ...transitionTable(result)]);
}
const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
const report = [
  '# Benchmark results',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` (${((performance.now() - started) / 60_000).toFixed(0)} min).`,
  `Machine: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; PostgreSQL 15 on the same machine; Node ${process.version}.`,
  'Latencies are p50 / p95 over the samples; each includes loading the row, scoring and explaining (worker and vacancy directions).',
  '',
  ...sections.flatMap((s) => [...s, '']),
  problems.length ? `Missed targets: ${problems.join('; ')}.` : 'Every target met.',
  '',
].join('\n');
if (values.only === undefined) writeFileSync(new URL('./RESULTS.md', import.meta.url), report);
else console.log('(a partial run: bench/RESULTS.md left as it was)');
console.log(`\n${report}`);
for (const p of problems) console.error(`MISSED TARGET: ${p}`);
process.exit(problems.length ? 1 : 0);
