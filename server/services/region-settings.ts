/**
 * The coordinator's own region: its settings (guidance window, priority window, default commute
 * radius, safety window) and its coordinators. A changed setting applies from then on: new
 * announcements are pre-filled with the guidance window, new workers get the commute radius,
 * newly published vacancies the priority window; deadlines already set stay as they are.
 */
import { and, asc, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { memberships, regions, users } from '~/db/schema';
import type { CoordinatorActor } from '~/server/auth/actor';
import { notFound } from '~/server/lib/errors';
import { offsetOf, pageNumber, PAGE_SIZE, type Page } from '~/server/lib/pagination';
import { PRIORITY_WINDOW_MAX_DAYS } from '~/server/lib/priority-window';
import { recordAudit } from './audit';

export const regionSettingsInput = z.object({
  /** The column: extended from 7 to 24 months; a collective agreement may go further. */
  guidanceWindowMonths: z.int().min(1).max(48),
  priorityWindowDays: z.int().min(0).max(PRIORITY_WINDOW_MAX_DAYS),
  defaultCommuteKm: z.int().min(1).max(200),
  safetyWindowMonths: z.int().min(0).max(36),
});

export type RegionSettings = z.infer<typeof regionSettingsInput>;

const settingColumns = {
  guidanceWindowMonths: regions.guidanceWindowMonths,
  priorityWindowDays: regions.priorityWindowDays,
  defaultCommuteKm: regions.defaultCommuteKm,
  safetyWindowMonths: regions.safetyWindowMonths,
};

export async function getRegionSettings(db: Database, actor: CoordinatorActor) {
  const [row] = await db
    .select({ name: regions.name, ...settingColumns })
    .from(regions)
    .where(eq(regions.id, actor.regionId));
  if (!row) throw notFound('Region');
  return row;
}

export async function updateRegionSettings(db: Database, actor: CoordinatorActor, input: RegionSettings) {
  await db.transaction(async (tx) => {
    const [before] = await tx.select(settingColumns).from(regions).where(eq(regions.id, actor.regionId)).for('update');
    if (!before) throw notFound('Region');
    await tx.update(regions).set(input).where(eq(regions.id, actor.regionId));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'region.settings.update',
      subjectType: 'region',
      subjectId: actor.regionId,
      regionId: actor.regionId,
      metadata: { before, after: input },
    });
  });
  return getRegionSettings(db, actor);
}

export const regionCoordinatorsInput = z.object({ page: pageNumber });

/** The region's coordinators (a new one is invited through coordinator-invitations.ts). */
export async function listRegionCoordinators(
  db: Database,
  actor: CoordinatorActor,
  input: z.infer<typeof regionCoordinatorsInput>,
): Promise<Page<{ id: string; name: string; email: string; disabled: boolean; you: boolean }>> {
  const ofRegion = and(eq(memberships.regionId, actor.regionId), eq(memberships.role, 'coordinator'));
  const [rows, [total]] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, email: users.email, disabledAt: users.disabledAt })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(ofRegion)
      .orderBy(asc(users.name), asc(users.id))
      .limit(PAGE_SIZE)
      .offset(offsetOf(input.page)),
    db.select({ n: count() }).from(memberships).where(ofRegion),
  ]);
  return {
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      disabled: r.disabledAt !== null,
      you: r.id === actor.userId,
    })),
    total: total?.n ?? 0,
    page: input.page,
    pageSize: PAGE_SIZE,
  };
}
