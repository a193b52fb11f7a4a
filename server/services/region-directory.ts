import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { memberships, organisations, regions, users, vacancies, workerProfiles } from '~/db/schema';
import type { AdminActor } from '~/server/auth/actor';
import { offsetOf, PAGE_SIZE, pageNumber, type Page } from '~/server/lib/pagination';
import { ACTIVE_WORKER_STATUSES } from './region-overview';

/** Every region by name and nothing else about it: public, for a firm choosing its region when it registers. */
export async function listPublicRegions(db: Database) {
  // Tens of regions at most (the Netherlands has 35 labour-market regions): one list, no pages.
  return db.select({ id: regions.id, name: regions.name }).from(regions).orderBy(asc(regions.name), asc(regions.id));
}

export const regionListInput = z.object({ page: pageNumber }).prefault({});

const countOf = (query: ReturnType<typeof sql>) => sql<number>`(${query})`.mapWith(Number);

/** Every region with its size at a glance and the coordinators who run it, for the admin. */
export async function listRegions(db: Database, _actor: AdminActor, input: z.infer<typeof regionListInput>) {
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: regions.id,
        name: regions.name,
        employers: countOf(sql`select count(*) from ${organisations} where ${organisations.regionId} = ${regions.id}`),
        atRiskWorkers: countOf(
          sql`select count(*) from ${workerProfiles} where ${workerProfiles.regionId} = ${regions.id}
              and ${inArray(workerProfiles.status, [...ACTIVE_WORKER_STATUSES])}`,
        ),
        openVacancies: countOf(
          sql`select count(*) from ${vacancies} where ${vacancies.regionId} = ${regions.id} and ${vacancies.status} = 'open'`,
        ),
      })
      .from(regions)
      .orderBy(asc(regions.name), asc(regions.id))
      .limit(PAGE_SIZE)
      .offset(offsetOf(input.page)),
    db.select({ n: count() }).from(regions),
  ]);
  const coordinators = rows.length
    ? await db
        .select({
          regionId: memberships.regionId,
          id: users.id,
          name: users.name,
          email: users.email,
          disabledAt: users.disabledAt,
        })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(
          and(
            eq(memberships.role, 'coordinator'),
            inArray(
              memberships.regionId,
              rows.map((r) => r.id),
            ),
          ),
        )
        .orderBy(asc(users.name))
    : [];
  const page: Page<(typeof rows)[number] & { coordinators: Omit<(typeof coordinators)[number], 'regionId'>[] }> = {
    rows: rows.map((region) => ({
      ...region,
      coordinators: coordinators.filter((c) => c.regionId === region.id).map(({ regionId: _, ...c }) => c),
    })),
    total: total?.n ?? 0,
    page: input.page,
    pageSize: PAGE_SIZE,
  };
  return page;
}
