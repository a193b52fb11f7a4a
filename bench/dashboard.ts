/**
 * The coordinator portal's server time per page (issue 13): every procedure a page calls,
 * through the real tRPC caller, on the benchmark region (bench/region-generator.ts) with what
 * the portal reads added to it: redundancy cohorts for the workers, stored matches, hires spread
 * over two years (some to a firm of another region), trial placements, introductions in progress
 * and the coordinator's notes (an intake for most workers, reviews for some).
 *   npm run bench -- --only dashboard [--sizes 100000] [--workers 20000] [--samples 30] [--keep-databases]
 * Target: p95 ≤ 300 ms per page at 100k vacancies and 20k workers.
 */
import { eq, sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import * as t from '~/db/schema';
import { insertInChunks } from '~/db/seed/batch';
import { SeededRandom } from '~/db/seed/random';
import { createCaller } from '~/server/api/root';
import { createTRPCContext } from '~/server/api/trpc';
import { addDays } from '~/server/lib/dates';
import { todayIso } from '~/server/lib/input';
import type { CaseloadFilter } from '~/server/services/caseload';
import { dashboardSections, refreshDashboardSection } from '~/server/services/dashboard-snapshots';
import { existingRegion, withBenchDatabase } from './bench-database';
import { generateRegion, type GeneratedRegion } from './region-generator';
import { percentile, type Timing } from './stats';

export interface DashboardBenchResult {
  vacancies: number;
  workers: number;
  pages: Record<string, Timing>;
  /** Computing each snapshot section (the background job's work; a first visit waits for it once). */
  refreshes: Record<string, Timing>;
}

export const DASHBOARD_P95_MS = 300;
const MATCHES_PER_WORKER = 20;
/** Each refresh takes seconds at 100k vacancies; five runs give its spread. */
const REFRESH_SAMPLES = 5;

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
  const [coordinator] = await coordinatorOf(db, region.regionId);
  const placements: (typeof t.placements.$inferInsert)[] = [];
  const introductions: (typeof t.introductions.$inferInsert)[] = [];
  const matches: (typeof t.matches.$inferInsert)[] = [];
  const notes: (typeof t.workerNotes.$inferInsert)[] = [];
  const note = (workerId: string, kind: 'intake' | 'review', noteDate: string) =>
    notes.push({ workerId, regionId: region.regionId, authorUserId: coordinator!.id, kind, noteDate, body: kind });
  for (const w of workers) {
    for (const vacancyId of rnd.sample(region.vacancyIds, MATCHES_PER_WORKER)) {
      matches.push({ workerId: w.id, vacancyId, score: rnd.next(), components: {}, explanation: {} });
    }
    if (rnd.chance(0.8)) {
      note(w.id, 'intake', addDays(w.riskStartDate, rnd.int(3, 40)));
      for (let k = rnd.int(0, 3); k > 0; k--) note(w.id, 'review', addDays(w.riskStartDate, 180 * k));
    }
    const hiredAt = rnd.chance(0.35) ? rnd.pick(region.vacancyIds) : null;
    if (rnd.chance(0.33)) {
      for (const vacancyId of rnd.sample(region.vacancyIds, rnd.int(1, 3))) {
        if (vacancyId === hiredAt) continue;
        introductions.push({ workerId: w.id, vacancyId, organisationId: rnd.pick(firms).id, initiatedBy: 'employer' });
      }
    }
    if (hiredAt === null) continue;
    const to = rnd.chance(0.1) && elsewhere.length ? rnd.pick(elsewhere) : rnd.pick(firms);
    const startDate = addDays(w.riskStartDate, rnd.int(20, 500));
    if (startDate > today) continue;
    introductions.push({
      workerId: w.id,
      vacancyId: hiredAt,
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
  await insertInChunks(db, t.workerNotes, notes, 2000);
  await db.execute(sql`analyze`);
}

function coordinatorOf(db: Database, regionId: string) {
  return db
    .select({ id: t.users.id })
    .from(t.users)
    .innerJoin(t.memberships, eq(t.memberships.userId, t.users.id))
    .where(sql`${t.memberships.role} = 'coordinator' and ${t.memberships.regionId} = ${regionId}`)
    .limit(1);
}

/** The caseload's filters and sorts, in turn: the page is opened with each. */
const caseloadViews: Partial<CaseloadFilter & { page: number }>[] = [
  {},
  { window: 'quarter' },
  { window: 'd90', sort: 'nextDue' },
  { action: 'overdue', sort: 'nextDue' },
  { sort: 'lastActivity', direction: 'desc' },
  { status: 'all', sort: 'name', page: 40 },
  { query: 'de', page: 3 },
  { action: 'intake' },
];

export async function runDashboardBench(options: {
  vacancies: number;
  workers: number;
  samples: number;
  keepDatabase: boolean;
  log?: (line: string) => void;
}): Promise<DashboardBenchResult> {
  const log = options.log ?? console.log;
  const name = `overstap_bench_dashboard_${options.vacancies}`;
  return withBenchDatabase({ name, keep: options.keepDatabase }, async ({ db }, reused) => {
    let region = reused ? await existingRegion(db) : null;
    if (region) {
      log(`Reusing database ${name}: ${region.vacancyIds.length} vacancies, ${region.workerIds.length} workers`);
    } else {
      log(`Generating ${options.vacancies} vacancies and ${options.workers} workers…`);
      region = await generateRegion(db, { vacancies: options.vacancies, workers: options.workers });
      await addOutcomes(db, region);
    }
    const [coordinator] = await coordinatorOf(db, region.regionId);
    const api = createCaller(
      createTRPCContext({
        db,
        session: {
          user: { id: coordinator!.id, role: 'coordinator', regionId: region.regionId } as never,
          expires: new Date(Date.now() + 3600_000).toISOString(),
        },
      }),
    );
    const [cohort] = await db
      .select({ id: t.redundancies.id })
      .from(t.redundancies)
      .where(eq(t.redundancies.regionId, region.regionId))
      .limit(1);
    let view = 0;
    // What each page asks of the server, side by side as the page asks it.
    const pages: Record<string, () => Promise<unknown>> = {
      overview: () =>
        Promise.all([
          api.region.overview(),
          api.dashboard.overview({ months: 12 }),
          api.market.hideReasonCounts({}),
          api.organisation.listForRegion(),
        ]),
      jobs: () => api.dashboard.jobSupply(),
      skills: () => api.dashboard.skillGaps(),
      equity: () => api.dashboard.equity(),
      flows: () => api.dashboard.flows({ months: 12, level: 'organisation' }),
      caseload: () =>
        Promise.all([
          api.coordination.caseloadSummary(),
          api.coordination.caseload({ ...caseloadViews[view++ % caseloadViews.length] }),
        ]),
      cohorts: () => api.transitionPaths.cohorts(),
      cohort: () => api.transitionPaths.cohort({ redundancyId: cohort!.id }),
      placements: () => api.introduction.regionPlacements({ page: 1 }),
      value: () => api.coordination.societalValue(),
      training: () => api.coordination.trainingOffers({ page: 1 }),
      admin: () =>
        Promise.all([api.region.overview(), api.coordination.settings(), api.coordination.coordinators({ page: 1 })]),
      approvals: () => api.organisation.approvalQueue({ page: 1 }),
    };
    const result: Record<string, Timing> = {};
    for (const [page, run] of Object.entries(pages)) {
      for (let i = 0; i < 3; i++) await run();
      const times: number[] = [];
      for (let i = 0; i < options.samples; i++) {
        const start = performance.now();
        await run();
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      result[page] = { p50: percentile(times, 50), p95: percentile(times, 95) };
      log(`${page}: p50 ${result[page].p50.toFixed(1)} ms, p95 ${result[page].p95.toFixed(1)} ms`);
    }
    const refreshes: Record<string, Timing> = {};
    const actor = { role: 'coordinator' as const, userId: coordinator!.id, regionId: region.regionId };
    for (const section of dashboardSections) {
      const times: number[] = [];
      for (let i = 0; i < REFRESH_SAMPLES; i++) {
        const start = performance.now();
        await refreshDashboardSection(db, actor, section, new Date());
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      refreshes[section] = { p50: percentile(times, 50), p95: percentile(times, 95) };
      log(
        `refresh ${section}: p50 ${refreshes[section].p50.toFixed(1)} ms, p95 ${refreshes[section].p95.toFixed(1)} ms`,
      );
    }
    return { vacancies: options.vacancies, workers: options.workers, pages: result, refreshes };
  });
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
  const sections = Object.keys(results[0]?.refreshes ?? {});
  return [
    `| page, p50 / p95 ms | ${results.map((r) => `${r.vacancies.toLocaleString('en')} vacancies, ${r.workers.toLocaleString('en')} workers`).join(' | ')} | target |`,
    `| --- | ${results.map(() => '---').join(' | ')} | --- |`,
    ...pages.map(
      (page) =>
        `| ${page} | ${results.map((r) => `${r.pages[page]!.p50.toFixed(1)} / ${r.pages[page]!.p95.toFixed(1)}`).join(' | ')} | p95 ≤ ${DASHBOARD_P95_MS} |`,
    ),
    ...sections.map(
      (section) =>
        `| snapshot refresh: ${section} (background) | ${results.map((r) => `${r.refreshes[section]!.p50.toFixed(1)} / ${r.refreshes[section]!.p95.toFixed(1)}`).join(' | ')} | — |`,
    ),
  ];
}
