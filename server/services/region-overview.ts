import { and, count, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Database } from '~/db/client';
import type { CoordinatorActor } from '~/server/auth/actor';
import {
  introductions,
  organisations,
  placements,
  redundancies,
  regions,
  vacancies,
  workerProfiles,
} from '~/db/schema';
import { addDays, toIsoDate } from '~/server/lib/dates';
import { notFound } from '~/server/lib/errors';
import { OPEN_STATUSES } from './introduction-steps';

/** How close to the guidance deadline counts as "running out" on the dashboard. */
export const DEADLINE_WARNING_DAYS = 90;

/** A worker in these statuses is still being guided: counted as "at risk" on every dashboard. */
export const ACTIVE_WORKER_STATUSES = ['at_risk', 'in_transition'] as const;

/** The coordinator's headline figures for one region. */
export async function getRegionOverview(db: Database, actor: CoordinatorActor, today = toIsoDate(new Date())) {
  const { regionId } = actor;
  const [region] = await db.select().from(regions).where(eq(regions.id, regionId));
  if (!region) throw notFound('Region');
  const activeWorker = and(
    eq(workerProfiles.regionId, regionId),
    inArray(workerProfiles.status, [...ACTIVE_WORKER_STATUSES]),
  );
  const [
    [atRisk],
    [nearDeadline],
    [openVacancies],
    [approvedEmployers],
    [pendingEmployers],
    [openRedundancies],
    [hires],
    [runningIntroductions],
  ] = await Promise.all([
    db.select({ n: count() }).from(workerProfiles).where(activeWorker),
    db
      .select({ n: count() })
      .from(workerProfiles)
      .where(
        and(
          activeWorker,
          gte(workerProfiles.guidanceDeadline, today),
          lte(workerProfiles.guidanceDeadline, addDays(today, DEADLINE_WARNING_DAYS)),
        ),
      ),
    db
      .select({ n: count() })
      .from(vacancies)
      .where(and(eq(vacancies.regionId, regionId), eq(vacancies.status, 'open'))),
    db
      .select({ n: count() })
      .from(organisations)
      .where(and(eq(organisations.regionId, regionId), eq(organisations.approvalStatus, 'approved'))),
    db
      .select({ n: count() })
      .from(organisations)
      .where(and(eq(organisations.regionId, regionId), eq(organisations.approvalStatus, 'pending'))),
    db
      .select({ n: count() })
      .from(redundancies)
      .where(and(eq(redundancies.regionId, regionId), inArray(redundancies.status, ['announced', 'in_progress']))),
    // Placements and introductions count from their own tables, for the region's workers.
    db
      .select({ n: count() })
      .from(placements)
      .where(and(eq(placements.regionId, regionId), eq(placements.kind, 'hire'))),
    db
      .select({ n: count() })
      .from(introductions)
      .innerJoin(workerProfiles, eq(workerProfiles.id, introductions.workerId))
      .where(and(eq(workerProfiles.regionId, regionId), inArray(introductions.status, [...OPEN_STATUSES]))),
  ]);
  const workers = atRisk?.n ?? 0;
  const open = openVacancies?.n ?? 0;
  return {
    region: { id: region.id, name: region.name, guidanceWindowMonths: region.guidanceWindowMonths },
    atRiskWorkers: workers,
    nearDeadline: nearDeadline?.n ?? 0,
    openVacancies: open,
    approvedEmployers: approvedEmployers?.n ?? 0,
    pendingEmployers: pendingEmployers?.n ?? 0,
    openRedundancies: openRedundancies?.n ?? 0,
    /** Hires through Overstap (placements of kind hire, reopened ones included). */
    placements: hires?.n ?? 0,
    /** Introductions still running (proposed up to trial). */
    runningIntroductions: runningIntroductions?.n ?? 0,
    /** Open vacancies per worker at risk: below 1 matching alone cannot help everyone. */
    vacanciesPerWorker: workers === 0 ? null : Math.round((open / workers) * 100) / 100,
  };
}
