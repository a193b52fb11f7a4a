/**
 * The region's placements as its coordinator sees them: from which firm to which, for which
 * vacancy, since when, and until when the safety net can reopen the worker's transition. The
 * coordinator sees firms and figures, not the people in them (as on the rest of the coordinator
 * portal): a worker who asks for the safety net is found by their new employer and start date.
 */
import { count, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { organisations, placements, regions, vacancies, workerProfiles } from '~/db/schema';
import type { CoordinatorActor } from '~/server/auth/actor';
import { addMonths, type IsoDate } from '~/server/lib/dates';
import { todayIso } from '~/server/lib/input';
import { offsetOf, pageNumber, PAGE_SIZE, type Page } from '~/server/lib/pagination';

export const regionPlacementsInput = z.object({ page: pageNumber });

export interface RegionPlacementRow {
  id: string;
  kind: 'hire' | 'trial' | 'secondment';
  fromOrganisation: string | null;
  toOrganisation: string;
  vacancyTitle: string | null;
  startDate: IsoDate;
  endDate: IsoDate | null;
  reopenedAt: Date | null;
  /** The last day the transition can be reopened (hires only). */
  safetyNetUntil: IsoDate | null;
  /** A hire within its safety window whose worker is still placed: the coordinator may reopen it. */
  canReopen: boolean;
}

/** One page of the coordinator's own region's placements, newest first. */
export async function listRegionPlacements(
  db: Database,
  actor: CoordinatorActor,
  input: z.infer<typeof regionPlacementsInput>,
): Promise<Page<RegionPlacementRow>> {
  const from = alias(organisations, 'from_organisation');
  const [region] = await db
    .select({ safetyWindowMonths: regions.safetyWindowMonths })
    .from(regions)
    .where(eq(regions.id, actor.regionId));
  const inRegion = eq(placements.regionId, actor.regionId);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        placement: placements,
        fromOrganisation: from.name,
        toOrganisation: organisations.name,
        vacancyTitle: vacancies.title,
        workerStatus: workerProfiles.status,
      })
      .from(placements)
      .innerJoin(organisations, eq(organisations.id, placements.toOrganisationId))
      .innerJoin(workerProfiles, eq(workerProfiles.id, placements.workerId))
      .leftJoin(from, eq(from.id, placements.fromOrganisationId))
      .leftJoin(vacancies, eq(vacancies.id, placements.vacancyId))
      .where(inRegion)
      .orderBy(desc(placements.startDate), desc(placements.id))
      .limit(PAGE_SIZE)
      .offset(offsetOf(input.page)),
    db.select({ n: count() }).from(placements).where(inRegion),
  ]);
  const today = todayIso();
  return {
    rows: rows.map(({ placement: p, workerStatus, ...names }) => {
      const safetyNetUntil = p.kind === 'hire' ? addMonths(p.startDate, region?.safetyWindowMonths ?? 12) : null;
      return {
        id: p.id,
        kind: p.kind,
        ...names,
        startDate: p.startDate,
        endDate: p.endDate,
        reopenedAt: p.reopenedAt,
        safetyNetUntil,
        canReopen: !!safetyNetUntil && !p.reopenedAt && today <= safetyNetUntil && workerStatus === 'placed',
      };
    }),
    total: total?.n ?? 0,
    page: input.page,
    pageSize: PAGE_SIZE,
  };
}
