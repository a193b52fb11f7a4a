/**
 * The dashboard's heavier figures, served from a snapshot per region (materialised summary):
 * computed live they take seconds on a large region (the skill gap map joins every stored match
 * with every required skill: 3 s at 100k vacancies and 20k workers), so a page reads the last
 * computed figures and a background job recomputes them.
 *   - computed less than a quarter of an hour ago: served as they are;
 *   - older, but from the last day: served, and a job recomputes them (once per quarter of an
 *     hour, however many coordinators ask), so the next visit sees fresh figures;
 *   - missing or older than a day: computed now (the page waits once) and stored.
 * Every night at five, the sections looked at in the last week are recomputed, so the morning's
 * first visit finds that night's figures.
 * Every section says when it was computed (`asOf`), and the page shows it.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { regionDashboardSnapshots } from '~/db/schema';
import type { CoordinatorActor } from '~/server/auth/actor';
import { enqueueJob, type JobHandler } from '~/server/jobs/queue';
import { addDays } from '~/server/lib/dates';
import { dutchToday, startOfDutchDay } from '~/server/lib/dutch-day';
import { rowsOf } from '~/server/search/postgres/rows';
import type { DashboardPeriod } from './region-dashboard';
import { regionEquity } from './region-equity';
import { cohortDestinations, cohortSupply, occupationGroupSupply, skillSupply } from './region-job-supply';
import { skillGaps, trainingUnlocks, unusedSkills } from './region-skill-gaps';
import { getRegionTrends } from './region-trends';

export const SNAPSHOT_FRESH_MS = 15 * 60_000;
export const SNAPSHOT_USABLE_MS = 24 * 3_600_000;
export const REFRESH_DASHBOARD = 'dashboard:refresh';
export const NIGHTLY_DASHBOARD = 'dashboard:nightly';
/** Sections looked at in the last week are recomputed every night, before the team starts. */
const NIGHTLY_HOUR = 5;
const NIGHTLY_LOOKBACK_DAYS = 7;

const trends = (months: DashboardPeriod) => (db: Database, actor: CoordinatorActor) =>
  getRegionTrends(db, actor, { months });

/** Every snapshot section and how it is computed. */
const sections = {
  'trends-3': trends(3),
  'trends-6': trends(6),
  'trends-12': trends(12),
  'trends-24': trends(24),
  jobSupply: async (db: Database, actor: CoordinatorActor) => {
    const [cohorts, occupationGroups, skills, destinations] = await Promise.all([
      cohortSupply(db, actor),
      occupationGroupSupply(db, actor),
      skillSupply(db, actor),
      cohortDestinations(db, actor),
    ]);
    return { cohorts, occupationGroups, skills, destinations };
  },
  skillGaps: async (db: Database, actor: CoordinatorActor) => {
    const [gaps, trainings, unused] = await Promise.all([
      skillGaps(db, actor),
      trainingUnlocks(db, actor),
      unusedSkills(db, actor),
    ]);
    return { gaps, trainings, unused };
  },
  equity: async (db: Database, actor: CoordinatorActor) => ({ cells: await regionEquity(db, actor) }),
} satisfies Record<string, (db: Database, actor: CoordinatorActor) => Promise<unknown>>;

export type DashboardSection = keyof typeof sections;
export const dashboardSections = Object.keys(sections) as [DashboardSection, ...DashboardSection[]];
export type SectionFigures<S extends DashboardSection> = Awaited<ReturnType<(typeof sections)[S]>> & {
  /** When the figures were computed (ISO timestamp). */
  asOf: string;
};

const refreshPayload = z.object({ regionId: z.uuid(), userId: z.uuid(), section: z.enum(dashboardSections) });

/** Computes a section now and stores it (the background job's work, and a first visit's). */
export async function refreshDashboardSection(
  db: Database,
  actor: CoordinatorActor,
  section: DashboardSection,
  now: Date,
) {
  const data = await sections[section](db, actor);
  await db
    .insert(regionDashboardSnapshots)
    .values({ regionId: actor.regionId, section, data, computedAt: now })
    .onConflictDoUpdate({
      target: [regionDashboardSnapshots.regionId, regionDashboardSnapshots.section],
      set: { data, computedAt: now },
      // A slower, older computation never overwrites a newer one.
      setWhere: sql`${regionDashboardSnapshots.computedAt} < excluded.computed_at`,
    });
  return data;
}

/** A section's figures for the coordinator's region: from the snapshot, or computed now (see above). */
export async function dashboardSection<S extends DashboardSection>(
  db: Database,
  actor: CoordinatorActor,
  section: S,
  now: Date = new Date(),
): Promise<SectionFigures<S>> {
  const [stored] = await db
    .select({ data: regionDashboardSnapshots.data, computedAt: regionDashboardSnapshots.computedAt })
    .from(regionDashboardSnapshots)
    .where(and(eq(regionDashboardSnapshots.regionId, actor.regionId), eq(regionDashboardSnapshots.section, section)));
  const age = stored ? now.getTime() - stored.computedAt.getTime() : Infinity;
  if (stored && age < SNAPSHOT_USABLE_MS) {
    if (age >= SNAPSHOT_FRESH_MS) await queueRefresh(db, actor, section, now);
    return { ...(stored.data as Awaited<ReturnType<(typeof sections)[S]>>), asOf: stored.computedAt.toISOString() };
  }
  const data = (await refreshDashboardSection(db, actor, section, now)) as Awaited<ReturnType<(typeof sections)[S]>>;
  return { ...data, asOf: now.toISOString() };
}

/**
 * Drops sections a coordinator's own change makes wrong (a training offer added: the skill gap
 * map's unlocks), so the next visit computes them instead of showing the old figures for up to
 * a quarter of an hour. Changes by others (vacancies, placements) wait for the refresh.
 */
export async function forgetDashboardSnapshots(
  db: Database,
  regionId: string,
  sections: readonly DashboardSection[],
): Promise<void> {
  await db
    .delete(regionDashboardSnapshots)
    .where(
      and(eq(regionDashboardSnapshots.regionId, regionId), inArray(regionDashboardSnapshots.section, [...sections])),
    );
}

/** One refresh per region, section and quarter of an hour, whoever asks. */
async function queueRefresh(db: Database, actor: CoordinatorActor, section: DashboardSection, now: Date) {
  const quarter = Math.floor(now.getTime() / SNAPSHOT_FRESH_MS);
  await enqueueJob(db, {
    kind: REFRESH_DASHBOARD,
    payload: { regionId: actor.regionId, userId: actor.userId, section },
    dedupeKey: `${REFRESH_DASHBOARD}:${actor.regionId}:${section}:${quarter}`,
  });
}

/** Queues the next night's refresh (once: the day is in the key). Each one queues the next. */
export async function scheduleNightlyDashboardRefresh(db: Database, now: Date = new Date()) {
  const tomorrow = addDays(dutchToday(now), 1);
  await enqueueJob(db, {
    kind: NIGHTLY_DASHBOARD,
    runAt: new Date(startOfDutchDay(tomorrow).getTime() + NIGHTLY_HOUR * 3_600_000),
    dedupeKey: `${NIGHTLY_DASHBOARD}:${tomorrow}`,
  });
}

/**
 * A refresh job for every section a region still keeps (computed in the last week), on behalf
 * of one of the region's coordinators: the morning's first visit finds the night's figures
 * instead of yesterday's (or, after a quiet weekend, waits for them).
 */
async function queueNightlyRefreshes(db: Database, now: Date) {
  const stored = rowsOf<{ regionId: string; section: DashboardSection; userId: string }>(
    await db.execute(sql`
      select s.region_id as "regionId", s.section, c.user_id as "userId"
      from region_dashboard_snapshots s
      cross join lateral (
        select m.user_id from memberships m where m.role = 'coordinator' and m.region_id = s.region_id
        order by m.user_id limit 1) c
      where s.computed_at > ${new Date(now.getTime() - NIGHTLY_LOOKBACK_DAYS * 86_400_000)}`),
  );
  for (const { regionId, section, userId } of stored) {
    if (!dashboardSections.includes(section)) continue; // a section this version no longer has
    await queueRefresh(db, { role: 'coordinator', regionId, userId }, section, now);
  }
}

export function dashboardSnapshotJobHandlers(clock: () => Date = () => new Date()): Record<string, JobHandler> {
  return {
    [REFRESH_DASHBOARD]: async (db, job) => {
      const { regionId, userId, section } = refreshPayload.parse(job.payload);
      await refreshDashboardSection(db, { role: 'coordinator', regionId, userId }, section, clock());
    },
    [NIGHTLY_DASHBOARD]: async (db) => {
      await scheduleNightlyDashboardRefresh(db, clock());
      await queueNightlyRefreshes(db, clock());
    },
  };
}
