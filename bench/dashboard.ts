/**
 * The coordinator dashboard's server time per page (issue 13): every procedure a page calls,
 * through the real tRPC caller, on the benchmark region (bench/region-generator.ts) with what
 * the dashboard reads added to it: redundancy cohorts for the workers, stored matches, hires
 * spread over two years (some to a firm of another region), trial placements and introductions.
 *   npm run bench -- --only dashboard [--sizes 100000] [--workers 20000] [--samples 30]
 * Target: p95 ≤ 300 ms per page at 100k vacancies and 20k workers.
 */
import { eq, sql } from 'drizzle-orm';
import { Client } from 'pg';
import { migrateDatabase, openDatabase, type Database } from '~/db/client';
import * as t from '~/db/schema';
import { insertInChunks } from '~/db/seed/batch';
import { SeededRandom } from '~/db/seed/random';
import { createCaller } from '~/server/api/root';
import { createTRPCContext } from '~/server/api/trpc';
import { addDays } from '~/server/lib/dates';
import { todayIso } from '~/server/lib/input';
import { generateRegion, type GeneratedRegion } from './region-generator';
import { percentile, type Timing } from './stats';

export interface DashboardBenchResult {
  vacancies: number;
  workers: number;
  pages: Record<string, Timing>;
}

export const DASHBOARD_P95_MS = 300;
const MATCHES_PER_WORKER = 20;

/** What the dashboard reads besides the generated market: cohorts, matches, placements, introductions. */
async function addOutcomes(db: Database, region: GeneratedRegion) {
  const rnd = new SeededRandom(1313);
  const today = todayIso();
  const firms = await db.select().from(t.organisations).where(eq(t.organisations.regionId, region.regionId));
  const elsewhere = await db
    .select()
    .from(t.organisations)
    .where(sql`${t.organisations.regionId} <> ${region.regionId}`);
  const cohorts = await db
    .insert(t.redundancies)
    .values(
      Array.from({ length: 20 }, (_, i) => ({
        organisationId: rnd.pick(firms).id,
        regionId: region.regionId,
        title: `Bench ronde ${i + 1}`,
        expectedDate: addDays(today, rnd.int(30, 300)),
        reason: 'structural' as const,
        affectedCount: Math.ceil(region.workerIds.length / 20),
      })),
    )
    .returning({ id: t.redundancies.id });
  // Each worker in one of the cohorts, round robin, in one statement.
  await db.execute(sql`
    with numbered as (
      select id, (row_number() over (order by id)) % ${cohorts.length} as k from worker_profiles where region_id = ${region.regionId}
    ), cohort as (
      select id, (row_number() over (order by id)) - 1 as k from redundancies where region_id = ${region.regionId}
    )
    update worker_profiles w set redundancy_id = cohort.id
    from numbered join cohort on cohort.k = numbered.k
    where w.id = numbered.id`);
  const workers = await db.select().from(t.workerProfiles).where(eq(t.workerProfiles.regionId, region.regionId));
  const placements: (typeof t.placements.$inferInsert)[] = [];
  const introductions: (typeof t.introductions.$inferInsert)[] = [];
  const matches: (typeof t.matches.$inferInsert)[] = [];
  for (const w of workers) {
    for (const vacancyId of rnd.sample(region.vacancyIds, MATCHES_PER_WORKER)) {
      matches.push({ workerId: w.id, vacancyId, score: rnd.next(), components: {}, explanation: {} });
    }
    if (!rnd.chance(0.35)) continue;
    const to = rnd.chance(0.1) && elsewhere.length ? rnd.pick(elsewhere) : rnd.pick(firms);
    const startDate = addDays(w.riskStartDate, rnd.int(20, 500));
    if (startDate > today) continue;
    const vacancyId = rnd.pick(region.vacancyIds);
    introductions.push({
      workerId: w.id,
      vacancyId,
      organisationId: to.id,
      initiatedBy: 'employer',
      status: 'hired',
      createdAt: new Date(`${addDays(startDate, -30)}T10:00:00Z`),
    });
    placements.push({
      workerId: w.id,
      regionId: region.regionId,
      fromOrganisationId: w.currentOrganisationId,
      toOrganisationId: to.id,
      kind: rnd.chance(0.2) ? 'trial' : 'hire',
      startDate,
    });
  }
  await insertInChunks(db, t.matches, matches, 2000);
  await insertInChunks(db, t.introductions, introductions, 2000);
  await insertInChunks(db, t.placements, placements, 2000);
  await db.execute(sql`analyze`);
}

export async function runDashboardBench(options: {
  vacancies: number;
  workers: number;
  samples: number;
  log?: (line: string) => void;
}): Promise<DashboardBenchResult> {
  const log = options.log ?? console.log;
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `overstap_bench_dashboard_${options.vacancies}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  const handle = await openDatabase({ url: url.toString() });
  try {
    await migrateDatabase(handle);
    const { db } = handle;
    log(`Generating ${options.vacancies} vacancies and ${options.workers} workers…`);
    const region = await generateRegion(db, { vacancies: options.vacancies, workers: options.workers });
    await addOutcomes(db, region);
    const [coordinator] = await db
      .select({ id: t.users.id })
      .from(t.users)
      .innerJoin(t.memberships, eq(t.memberships.userId, t.users.id))
      .where(sql`${t.memberships.role} = 'coordinator' and ${t.memberships.regionId} = ${region.regionId}`);
    const api = createCaller(
      createTRPCContext({
        db,
        session: {
          user: { id: coordinator!.id, role: 'coordinator', regionId: region.regionId } as never,
          expires: new Date(Date.now() + 3600_000).toISOString(),
        },
      }),
    );
    // What each page calls (the overview page's older figures included).
    const pages: Record<string, () => Promise<unknown>> = {
      overview: () =>
        Promise.all([api.region.overview(), api.dashboard.overview({ months: 12 }), api.market.hideReasonCounts({})]),
      jobs: () => api.dashboard.jobSupply(),
      skills: () => api.dashboard.skillGaps(),
      equity: () => api.dashboard.equity(),
      flows: () => api.dashboard.flows({ months: 12, level: 'organisation' }),
    };
    const result: Record<string, Timing> = {};
    for (const [name, run] of Object.entries(pages)) {
      for (let i = 0; i < 3; i++) await run();
      const times: number[] = [];
      for (let i = 0; i < options.samples; i++) {
        const start = performance.now();
        await run();
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      result[name] = { p50: percentile(times, 50), p95: percentile(times, 95) };
      log(`${name}: p50 ${result[name].p50.toFixed(1)} ms, p95 ${result[name].p95.toFixed(1)} ms`);
    }
    return { vacancies: options.vacancies, workers: options.workers, pages: result };
  } finally {
    await handle.close();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}

export function dashboardProblems(results: DashboardBenchResult[]): string[] {
  return results
    .filter((r) => r.vacancies >= 100_000)
    .flatMap((r) =>
      Object.entries(r.pages)
        .filter(([, timing]) => timing.p95 > DASHBOARD_P95_MS)
        .map(([page, timing]) => `dashboard ${page} p95 ${timing.p95.toFixed(0)} ms (target ${DASHBOARD_P95_MS} ms)`),
    );
}

export function dashboardTable(results: DashboardBenchResult[]): string[] {
  const pages = Object.keys(results[0]?.pages ?? {});
  return [
    `| page, p50 / p95 ms | ${results.map((r) => `${r.vacancies.toLocaleString('en')} vacancies, ${r.workers.toLocaleString('en')} workers`).join(' | ')} | target |`,
    `| --- | ${results.map(() => '---').join(' | ')} | --- |`,
    ...pages.map(
      (page) =>
        `| ${page} | ${results.map((r) => `${r.pages[page]!.p50.toFixed(1)} / ${r.pages[page]!.p95.toFixed(1)}`).join(' | ')} | p95 ≤ ${DASHBOARD_P95_MS} |`,
    ),
  ];
}
