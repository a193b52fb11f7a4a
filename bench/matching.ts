/**
 * Search and matching benchmark (issue 3); search on PostgreSQL and, beside it in the same run,
 * on a throwaway Meilisearch when its binary is installed (issue 12).
 *   npm run bench:matching -- [--vacancies 10000] [--workers 20000] [--samples 200] [--skip-rematch] [--keep-database name] [--no-meilisearch]
 * Needs a PostgreSQL server: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres).
 * It generates the region in a database of its own and drops it afterwards; with
 * --keep-database it keeps it under that name and reuses it on the next run (generation at
 * 100k takes minutes). `npm run bench` runs it at 10k and 100k and writes bench/RESULTS.md.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { and, eq } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { matches as matchTable, memberships, notifications, vacancies as vacancyTable } from '~/db/schema';
import type { EmployerActor } from '~/server/auth/actor';
import {
  rankCandidatesForVacancy,
  rankVacanciesForWorker,
  rematchRegion,
  rematchVacancy,
} from '~/server/matching/engine';
import { loadMatchContext, loadVacancies, loadWorkers } from '~/server/matching/load';
import { match, type MatchVacancy } from '~/server/matching/score';
import { MeilisearchBackend } from '~/server/search/meilisearch/backend';
import { PostgresSearchBackend } from '~/server/search/postgres/backend';
import { reindexAll } from '~/server/search/reindex';
import type { SearchBackend, SearchResult, VacancySearchQuery } from '~/server/search/types';
import { listCandidatesForVacancy } from '~/server/services/vacancy-candidates';
import { meilisearchBinary, startMeilisearch } from '~/scripts/meilisearch.mjs';
import { SeededRandom } from '~/db/seed/random';
import { existingRegion, withBenchDatabase } from './bench-database';
import { generateRegion } from './region-generator';
import { percentile, type Timing } from './stats';

export interface MatchingBenchOptions {
  vacancies: number;
  workers: number;
  samples: number;
  skipRematch?: boolean;
  /** Search on a throwaway Meilisearch too (when its binary is installed). */
  meilisearch?: boolean;
  /** Its port; a free one by default. */
  meiliPort?: number;
  /** Keep the generated database under this name, and reuse it when it already exists. */
  keepDatabase?: string;
  log?: (line: string) => void;
}

export interface MatchingBenchResult {
  vacancies: number;
  workers: number;
  generateSeconds: number | null;
  indexSeconds: number | null;
  search: Timing;
  /** The same queries on Meilisearch, when it ran. */
  meili: {
    indexSeconds: number;
    search: Timing;
    /** Queries whose total and first page of ids agreed with PostgreSQL's. */
    sameTotals: number;
    samePages: number;
    queries: number;
  } | null;
  workerTop: Timing;
  vacancyTop: Timing;
  scan: Timing;
  /** The employer's candidates page: 500 ranked, anonymised, filtered, one page of 20, audited. */
  candidatesPage: Timing;
  /** A vacancy opened or changed: its top candidates stored and the newly strong pairs notified. */
  vacancyRematch: Timing;
  /** Strong-match notifications those rematches wrote, per vacancy. */
  notificationsPerVacancy: number;
  rematchSeconds: number | null;
}

/** Waits for a promise, `n` times after a warm-up, and returns p50/p95 in milliseconds. */
async function timed(
  label: string,
  n: number,
  run: (i: number) => Promise<unknown>,
  log: (line: string) => void,
): Promise<Timing> {
  for (let i = 0; i < Math.min(10, n); i++) await run(i); // warm-up: caches and JIT
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const result = { p50: percentile(times, 50), p95: percentile(times, 95) };
  log(`${label}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms (${n} samples)`);
  return result;
}

const progress = (what: string) => (done: number, total: number) =>
  process.stdout.write(`\r  ${what}: ${done}/${total}${done === total ? '\n' : ''}`);

/** Indexes every vacancy and worker in a search backend, as `npm run search:reindex` does. */
async function buildSearchIndex(db: Database, backend: SearchBackend) {
  await reindexAll(db, backend, (what, done, total) => progress(`index ${what} (${backend.name})`)(done, total));
  if (backend.name === 'postgres') await db.execute('analyze');
}

/**
 * The same queries on both backends, interleaved (PostgreSQL, Meilisearch, PostgreSQL, …) so
 * that a noisy neighbour on the shared machine weighs on both alike.
 */
async function timedSide(
  queries: VacancySearchQuery[],
  postgres: SearchBackend,
  meili: SearchBackend,
  log: (line: string) => void,
) {
  const times = { postgres: [] as number[], meili: [] as number[] };
  let sameTotals = 0;
  let samePages = 0;
  const once = async (backend: SearchBackend, query: VacancySearchQuery, into?: number[]) => {
    const start = performance.now();
    const result = await backend.searchVacancies(query);
    into?.push(performance.now() - start);
    return result;
  };
  for (const query of queries.slice(0, 10)) {
    await once(postgres, query);
    await once(meili, query);
  }
  const ids = (r: SearchResult<unknown>) => r.hits.map((h) => (h.document as { id: string }).id).join();
  for (const query of queries) {
    const a = await once(postgres, query, times.postgres);
    const b = await once(meili, query, times.meili);
    if (a.total === b.total && a.totalCapped === b.totalCapped) sameTotals++;
    if (ids(a) === ids(b)) samePages++;
  }
  const timing = (t: number[]) => {
    t.sort((x, y) => x - y);
    return { p50: percentile(t, 50), p95: percentile(t, 95) };
  };
  const result = { postgres: timing(times.postgres), meili: timing(times.meili), sameTotals, samePages };
  log(
    `text+filter search, PostgreSQL: p50 ${result.postgres.p50.toFixed(1)} ms, p95 ${result.postgres.p95.toFixed(1)} ms; Meilisearch: p50 ${result.meili.p50.toFixed(1)} ms, p95 ${result.meili.p95.toFixed(1)} ms; same total ${sameTotals}/${queries.length}, same first page ${samePages}/${queries.length}`,
  );
  return result;
}

export async function runMatchingBench(options: MatchingBenchOptions): Promise<MatchingBenchResult> {
  const { vacancies: vacancyCount, workers: workerCount, samples } = options;
  const log = options.log ?? console.log;
  const dbName = options.keepDatabase ?? `overstap_bench_${vacancyCount}`;
  return withBenchDatabase({ name: dbName, keep: options.keepDatabase !== undefined }, async ({ db }, reuse) => {
    const backend = new PostgresSearchBackend(db);
    let generateSeconds: number | null = null;
    let indexSeconds: number | null = null;
    let region = reuse ? await existingRegion(db) : null;
    if (region) {
      log(`Reusing database ${dbName}: ${region.vacancyIds.length} vacancies, ${region.workerIds.length} workers`);
    } else {
      log(`Generating ${vacancyCount} vacancies and ${workerCount} workers…`);
      let start = performance.now();
      region = await generateRegion(db, {
        vacancies: vacancyCount,
        workers: workerCount,
        onProgress: (what, d, t) => progress(what)(d, t),
      });
      generateSeconds = (performance.now() - start) / 1000;
      await db.execute('analyze');
      start = performance.now();
      await buildSearchIndex(db, backend);
      indexSeconds = (performance.now() - start) / 1000;
      log(`index build: ${indexSeconds.toFixed(1)} s`);
    }
    const { regionId, vacancyIds, workerIds } = region;

    const rnd = new SeededRandom(7);
    const words = [
      'monteur',
      'lasser',
      'elektricien',
      'elektricen',
      'verpleegkundige',
      'software',
      'magazijn',
      'heftruck',
      'planner',
      'onderhoud',
      'logistiek',
      'zorg',
      'technicus',
      'operator',
      'administratie',
    ];
    const now = Date.now();
    const queries = Array.from({ length: samples }, (_, i) => ({
      text: rnd.pick(words),
      // As a worker searches: vacancies in their priority window only for at-risk workers of the region (every other one).
      priorityWindow: { now, visibleInRegionId: i % 2 === 0 ? regionId : null },
      regionIds: [regionId],
      hours: rnd.chance(0.5) ? { min: 32 } : undefined,
      contractTypes: rnd.chance(0.3) ? (['permanent'] as 'permanent'[]) : undefined,
      near: rnd.chance(0.5)
        ? {
            lat: 51.44 + (rnd.next() - 0.5) * 0.3,
            lon: 5.47 + (rnd.next() - 0.5) * 0.4,
            radiusKm: rnd.pick([10, 25, 50]),
          }
        : undefined,
      facets: ['contractType' as const],
    }));
    let search: Timing;
    let meili: MatchingBenchResult['meili'] = null;
    if (options.meilisearch !== false && meilisearchBinary()) {
      const server = await startMeilisearch({ port: options.meiliPort });
      try {
        const meiliBackend = new MeilisearchBackend({
          url: server.url,
          apiKey: server.masterKey,
        });
        const start = performance.now();
        await meiliBackend.prepare();
        await buildSearchIndex(db, meiliBackend);
        const indexSeconds = (performance.now() - start) / 1000;
        log(`Meilisearch index build: ${indexSeconds.toFixed(1)} s`);
        const side = await timedSide(queries, backend, meiliBackend, log);
        search = side.postgres;
        meili = {
          indexSeconds,
          search: side.meili,
          sameTotals: side.sameTotals,
          samePages: side.samePages,
          queries: queries.length,
        };
      } finally {
        await server.stop();
      }
    } else {
      if (options.meilisearch !== false) log('Meilisearch binary not installed: PostgreSQL search only');
      search = await timed(
        'text+filter search',
        samples,
        (i) => backend.searchVacancies(queries[i % queries.length]!),
        log,
      );
    }

    const context = await loadMatchContext(db, regionId);
    const sampleWorkers = rnd.sample(workerIds, samples);
    const workerTop = await timed(
      'worker → top-20 vacancies',
      samples,
      (i) => rankVacanciesForWorker(db, context, sampleWorkers[i % sampleWorkers.length]!, 20),
      log,
    );
    const sampleVacancies = rnd.sample(vacancyIds, samples);
    const vacancyTop = await timed(
      'vacancy → top-20 candidates',
      samples,
      (i) => rankCandidatesForVacancy(db, context, sampleVacancies[i % sampleVacancies.length]!, 20),
      log,
    );

    // The lower bound: every vacancy already in memory, scored for one worker, no I/O at all.
    const pool: MatchVacancy[] = [];
    for (let i = 0; i < vacancyIds.length; i += 5000)
      pool.push(...(await loadVacancies(db, vacancyIds.slice(i, i + 5000))));
    const scanWorkers = await loadWorkers(db, sampleWorkers.slice(0, 50));
    const scan = await timed(
      'in-memory scan of every vacancy (lower bound)',
      scanWorkers.length,
      async (i) => {
        const worker = scanWorkers[i]!;
        return pool
          .map((v) => match(worker, v, context))
          .filter((m) => m !== null)
          .sort((a, b) => b!.score - a!.score)
          .slice(0, 20);
      },
      log,
    );

    // The employer's side, as the portal asks it: an HR user of the vacancy's own firm.
    const hr = await db
      .select({ userId: memberships.userId, organisationId: memberships.organisationId })
      .from(memberships)
      .where(eq(memberships.role, 'employer'));
    const hrOf = new Map(hr.map((m) => [m.organisationId, m.userId]));
    const employerVacancies = (
      await db
        .select({ id: vacancyTable.id, organisationId: vacancyTable.organisationId })
        .from(vacancyTable)
        .where(and(eq(vacancyTable.regionId, regionId), eq(vacancyTable.status, 'open')))
    ).filter((v) => hrOf.has(v.organisationId));
    const pageSamples = rnd.sample(employerVacancies, Math.min(samples, employerVacancies.length));
    const actorFor = (v: { organisationId: string }): EmployerActor => ({
      role: 'employer',
      userId: hrOf.get(v.organisationId)!,
      organisationId: v.organisationId,
      regionId,
    });
    const candidatesPage = await timed(
      'employer candidates page (page 1 of the 500 ranked)',
      pageSamples.length,
      (i) => {
        const vacancy = pageSamples[i % pageSamples.length]!;
        return listCandidatesForVacancy(
          db,
          actorFor(vacancy),
          { vacancyId: vacancy.id, locale: 'nl', page: 1, pageSize: 20 },
          backend,
        );
      },
      log,
    );

    // Each vacancy as if it had just opened: none of its pairs stored, so every strong one is news.
    const rematched = rnd.sample(vacancyIds, Math.min(samples, vacancyIds.length));
    const notificationsBefore = await db.$count(notifications);
    const vacancyRematch = await timed(
      'vacancy opened → top-50 stored, strong matches notified',
      rematched.length,
      async (i) => {
        const vacancyId = rematched[i % rematched.length]!;
        await db.delete(matchTable).where(eq(matchTable.vacancyId, vacancyId));
        return rematchVacancy(db, context, vacancyId);
      },
      log,
    );
    const notificationsPerVacancy = ((await db.$count(notifications)) - notificationsBefore) / rematched.length;
    log(`strong-match notifications per newly opened vacancy: ${notificationsPerVacancy.toFixed(1)}`);

    let rematchSeconds: number | null = null;
    if (!options.skipRematch) {
      // From nothing stored, as after generation: a kept database must not measure a cheaper no-change rematch.
      await db.execute('truncate matches, notifications');
      const start = performance.now();
      await rematchRegion(db, context, regionId, progress('full rematch'));
      rematchSeconds = (performance.now() - start) / 1000;
      log(`full rematch of ${workerIds.length} workers: ${rematchSeconds.toFixed(1)} s`);
    }

    return {
      vacancies: vacancyIds.length,
      workers: workerIds.length,
      generateSeconds,
      indexSeconds,
      search,
      meili,
      workerTop,
      vacancyTop,
      scan,
      candidatesPage,
      vacancyRematch,
      notificationsPerVacancy,
      rematchSeconds,
    };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      vacancies: { type: 'string', default: '10000' },
      workers: { type: 'string', default: '20000' },
      samples: { type: 'string', default: '200' },
      'skip-rematch': { type: 'boolean', default: false },
      'keep-database': { type: 'string' },
      'no-meilisearch': { type: 'boolean', default: false },
      'meili-port': { type: 'string' },
    },
  });
  await runMatchingBench({
    vacancies: Number(values.vacancies),
    workers: Number(values.workers),
    samples: Number(values.samples),
    skipRematch: values['skip-rematch'],
    keepDatabase: values['keep-database'],
    meilisearch: !values['no-meilisearch'],
    meiliPort: values['meili-port'] ? Number(values['meili-port']) : undefined,
  });
}
