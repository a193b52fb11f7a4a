/**
 * The coordinator's caseload page (issue 13 §4) on the benchmark region: 20k workers, each
 * with the coordinator's notes (an intake for most, reviews for some) and introductions for a
 * third of them, so the per-worker lookups the page makes are all exercised. Times what the page
 * asks of the server: the summary figures and one filtered, sorted page, side by side (as the
 * page asks them), over a mix of the filters and sorts a coordinator uses.
 */
import { eq } from 'drizzle-orm';
import { Client } from 'pg';
import { migrateDatabase, openDatabase, type Database } from '~/db/client';
import * as t from '~/db/schema';
import { insertInChunks } from '~/db/seed/batch';
import { SeededRandom } from '~/db/seed/random';
import type { CoordinatorActor } from '~/server/auth/actor';
import { addDays } from '~/server/lib/dates';
import { caseloadSummary, listCaseload, type CaseloadFilter } from '~/server/services/caseload';
import { generateRegion } from './region-generator';
import { percentile, type Timing } from './stats';

export interface CaseloadBenchResult {
  workers: number;
  notes: number;
  introductions: number;
  page: Timing;
  samples: number;
}

/** The filters and sorts the page is opened with, in turn. */
const views: Partial<CaseloadFilter & { page: number }>[] = [
  {},
  { window: 'quarter' },
  { window: 'd90', sort: 'nextDue' },
  { action: 'overdue', sort: 'nextDue' },
  { sort: 'lastActivity', direction: 'desc' },
  { status: 'all', sort: 'name', page: 40 },
  { query: 'de', page: 3 },
  { action: 'intake' },
];

async function addCaseloadHistory(db: Database, regionId: string, workerIds: string[], vacancyIds: string[]) {
  const rnd = new SeededRandom(1313);
  const [coordinator] = await db
    .select({ userId: t.memberships.userId })
    .from(t.memberships)
    .where(eq(t.memberships.role, 'coordinator'))
    .limit(1);
  const workers = await db
    .select({ id: t.workerProfiles.id, riskStartDate: t.workerProfiles.riskStartDate })
    .from(t.workerProfiles)
    .where(eq(t.workerProfiles.regionId, regionId));
  const notes: (typeof t.workerNotes.$inferInsert)[] = [];
  for (const w of workers) {
    if (rnd.chance(0.2)) continue;
    notes.push({
      workerId: w.id,
      regionId,
      authorUserId: coordinator!.userId,
      kind: 'intake',
      noteDate: addDays(w.riskStartDate, rnd.int(3, 40)),
      body: 'Intake.',
    });
    for (let k = 0; k < rnd.int(0, 3); k++) {
      notes.push({
        workerId: w.id,
        regionId,
        authorUserId: coordinator!.userId,
        kind: 'review',
        noteDate: addDays(w.riskStartDate, 180 * (k + 1)),
        body: 'Evaluatie.',
      });
    }
  }
  await insertInChunks(db, t.workerNotes, notes);
  const vacancies = await db
    .select({ id: t.vacancies.id, organisationId: t.vacancies.organisationId })
    .from(t.vacancies)
    .where(eq(t.vacancies.regionId, regionId))
    .limit(Math.max(vacancyIds.length, 1));
  const introductions: (typeof t.introductions.$inferInsert)[] = [];
  for (const workerId of workerIds) {
    if (!rnd.chance(0.33)) continue;
    for (const v of rnd.sample(vacancies, rnd.int(1, 3))) {
      introductions.push({ workerId, vacancyId: v.id, organisationId: v.organisationId, initiatedBy: 'employer' });
    }
  }
  await insertInChunks(db, t.introductions, introductions);
  return { notes: notes.length, introductions: introductions.length };
}

export async function runCaseloadBench(options: {
  workers: number;
  vacancies: number;
  samples: number;
  log?: (line: string) => void;
}): Promise<CaseloadBenchResult> {
  const log = options.log ?? console.log;
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `overstap_bench_caseload_${Date.now().toString(36)}`;
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
    const history = await addCaseloadHistory(db, region.regionId, region.workerIds, region.vacancyIds);
    await db.execute('analyze');
    const [coordinator] = await db
      .select({ userId: t.memberships.userId })
      .from(t.memberships)
      .where(eq(t.memberships.regionId, region.regionId))
      .limit(1);
    const actor: CoordinatorActor = { role: 'coordinator', userId: coordinator!.userId, regionId: region.regionId };
    const { guided } = await caseloadSummary(db, actor);
    log(`${guided} workers in guidance, ${history.notes} notes, ${history.introductions} introductions`);
    const times: number[] = [];
    for (let i = 0; i < options.samples + 5; i++) {
      const view = views[i % views.length]!;
      const started = performance.now();
      await Promise.all([
        caseloadSummary(db, actor),
        listCaseload(db, actor, { status: 'active', sort: 'deadline', direction: 'asc', page: 1, ...view }),
      ]);
      if (i >= 5) times.push(performance.now() - started); // the first few warm the caches
    }
    times.sort((a, b) => a - b);
    return {
      workers: options.workers,
      ...history,
      page: { p50: percentile(times, 50), p95: percentile(times, 95) },
      samples: times.length,
    };
  } finally {
    await handle.close();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}
