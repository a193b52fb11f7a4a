/**
 * Search and matching benchmark on the PostgreSQL backend (issue 3).
 *   npm run bench:matching -- [--vacancies 10000] [--workers 20000] [--samples 200] [--skip-rematch]
 * Needs a PostgreSQL server: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
 * it creates and drops a database of its own. Prints p50/p95 and appends them to bench/RESULTS.md.
 */
import { appendFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { migrateDatabase, openDatabase } from '../db/client';
import { rankCandidatesForVacancy, rankVacanciesForWorker, rematchRegion } from '../server/matching/engine';
import { loadMatchContext, loadVacancies, loadWorkers } from '../server/matching/load';
import { match, type MatchVacancy } from '../server/matching/score';
import { PostgresSearchBackend } from '../server/search/postgres/backend';
import { syncVacancies, syncWorkers } from '../server/search/sync';
import { SeededRandom } from '../db/seed/random';
import { generateRegion } from './region-generator';

const { values } = parseArgs({
  options: {
    vacancies: { type: 'string', default: '10000' },
    workers: { type: 'string', default: '20000' },
    samples: { type: 'string', default: '200' },
    'skip-rematch': { type: 'boolean', default: false },
  },
});
const vacancyCount = Number(values.vacancies);
const workerCount = Number(values.workers);
const samples = Number(values.samples);

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `overstap_bench_${vacancyCount}_${Date.now().toString(36)}`;
const admin = new Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`create database ${dbName}`);
const url = new URL(serverUrl);
url.pathname = `/${dbName}`;
const handle = await openDatabase({ url: url.toString() });

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
async function timed(label: string, n: number, run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < Math.min(10, n); i++) await run(i); // warm-up: caches and JIT
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const result = { label, p50: percentile(times, 50), p95: percentile(times, 95) };
  console.log(`${label}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms (${n} samples)`);
  return result;
}
const progress = (what: string) => (done: number, total: number) =>
  process.stdout.write(`\r  ${what}: ${done}/${total}${done === total ? '\n' : ''}`);

try {
  await migrateDatabase(handle);
  const { db } = handle;
  console.log(`Generating ${vacancyCount} vacancies and ${workerCount} workers…`);
  let start = performance.now();
  const region = await generateRegion(db, { vacancies: vacancyCount, workers: workerCount, onProgress: (what, d, t) => progress(what)(d, t) });
  const generateSeconds = (performance.now() - start) / 1000;
  await db.execute('analyze');

  const backend = new PostgresSearchBackend(db);
  start = performance.now();
  const allVacancies = (await db.query.vacancies.findMany({ columns: { id: true } })).map((v) => v.id);
  for (let i = 0; i < allVacancies.length; i += 2000) {
    await syncVacancies(db, backend, allVacancies.slice(i, i + 2000));
    progress('index vacancies')(Math.min(i + 2000, allVacancies.length), allVacancies.length);
  }
  for (let i = 0; i < region.workerIds.length; i += 2000) {
    await syncWorkers(db, backend, region.workerIds.slice(i, i + 2000));
    progress('index workers')(Math.min(i + 2000, region.workerIds.length), region.workerIds.length);
  }
  await db.execute('analyze');
  const indexSeconds = (performance.now() - start) / 1000;
  console.log(`index build: ${indexSeconds.toFixed(1)} s`);

  const rnd = new SeededRandom(7);
  const words = ['monteur', 'lasser', 'elektricien', 'elektricen', 'verpleegkundige', 'software', 'magazijn', 'heftruck', 'planner', 'onderhoud', 'logistiek', 'zorg', 'technicus', 'operator', 'administratie'];
  const queries = Array.from({ length: samples }, () => ({
    text: rnd.pick(words),
    regionIds: [region.regionId],
    hours: rnd.chance(0.5) ? { min: 32 } : undefined,
    contractTypes: rnd.chance(0.3) ? (['permanent'] as ('permanent')[]) : undefined,
    near: rnd.chance(0.5) ? { lat: 51.44 + (rnd.next() - 0.5) * 0.3, lon: 5.47 + (rnd.next() - 0.5) * 0.4, radiusKm: rnd.pick([10, 25, 50]) } : undefined,
    facets: ['contractType' as const],
  }));
  const search = await timed('text+filter search', samples, (i) => backend.searchVacancies(queries[i % queries.length]!));

  const context = await loadMatchContext(db, region.regionId);
  const sampleWorkers = rnd.sample(region.workerIds, samples);
  const workerTop = await timed('worker → top-20 vacancies', samples, (i) => rankVacanciesForWorker(db, context, sampleWorkers[i % sampleWorkers.length]!, 20));
  const sampleVacancies = rnd.sample(region.vacancyIds, samples);
  const vacancyTop = await timed('vacancy → top-20 candidates', samples, (i) => rankCandidatesForVacancy(db, context, sampleVacancies[i % sampleVacancies.length]!, 20));

  // The lower bound: every vacancy already in memory, scored for one worker, no I/O at all.
  const pool: MatchVacancy[] = [];
  for (let i = 0; i < region.vacancyIds.length; i += 5000) pool.push(...(await loadVacancies(db, region.vacancyIds.slice(i, i + 5000))));
  const scanWorkers = await loadWorkers(db, sampleWorkers.slice(0, 50));
  const scan = await timed('in-memory scan of every vacancy (lower bound)', scanWorkers.length, async (i) => {
    const worker = scanWorkers[i]!;
    return pool
      .map((v) => match(worker, v, context))
      .filter((m) => m !== null)
      .sort((a, b) => b!.score - a!.score)
      .slice(0, 20);
  });

  let rematchSeconds: number | null = null;
  if (!values['skip-rematch']) {
    start = performance.now();
    await rematchRegion(db, context, region.regionId, progress('full rematch'));
    rematchSeconds = (performance.now() - start) / 1000;
    console.log(`full rematch of ${region.workerIds.length} workers: ${rematchSeconds.toFixed(1)} s`);
  }

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const machine = `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, PostgreSQL server, Node ${process.version}`;
  const ms = (r: { p50: number; p95: number }) => `${r.p50.toFixed(1)} / ${r.p95.toFixed(1)}`;
  const report = [
    '',
    `### Search and matching — ${vacancyCount.toLocaleString('en')} vacancies, ${workerCount.toLocaleString('en')} workers (${new Date().toISOString().slice(0, 10)})`,
    '',
    `Machine: ${machine}. Generated in ${generateSeconds.toFixed(0)} s.`,
    '',
    '| measure | p50 / p95 (ms) or time | target at 100k |',
    '| --- | --- | --- |',
    `| index build (PostgreSQL backend) | ${indexSeconds.toFixed(1)} s | — |`,
    `| text + filter search | ${ms(search)} | p95 ≤ 50 ms |`,
    `| worker → top-20 vacancies | ${ms(workerTop)} | p95 ≤ 100 ms |`,
    `| vacancy → top-20 candidates | ${ms(vacancyTop)} | — |`,
    `| in-memory scan, every vacancy for one worker (lower bound) | ${ms(scan)} | — |`,
    `| worker → top-20 / lower bound (p50) | ${(workerTop.p50 / scan.p50).toFixed(2)}× | — |`,
    `| full rematch | ${rematchSeconds === null ? 'skipped' : `${rematchSeconds.toFixed(1)} s`} | ≤ 5 min for 20k workers |`,
    '',
  ].join('\n');
  console.log(report);
  appendFileSync(new URL('./RESULTS.md', import.meta.url), report);
} finally {
  await handle.close();
  await admin.query(`drop database if exists ${dbName} with (force)`);
  await admin.end();
}
