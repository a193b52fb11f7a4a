/**
 * The coordinator's list of the region's placements: its own region only, paged in the
 * procedure, with the safety net offered for a hire within its window and not for one already
 * reopened; reopening from the list goes through the safety net (introduction.reopenTransition).
 */
import { eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placements } from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { todayIso } from '~/server/lib/input';
import { PAGE_SIZE } from '~/server/lib/pagination';
import { callerFor, sessionUserByEmail } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createSeededTestDatabase();
});
afterAll(() => database?.destroy());

describe('introduction.regionPlacements', () => {
  it('lists the region’s placements, newest first, with the safety net for hires within their window', async () => {
    const { db } = database;
    const coordinator = await sessionUserByEmail(db, demoAccounts.coordinator);
    const inRegion = await db.select().from(placements).where(eq(placements.regionId, coordinator.regionId!));
    expect(inRegion.length).toBeGreaterThan(0);
    const list = await (await callerFor(db, demoAccounts.coordinator)).introduction.regionPlacements({ page: 1 });
    expect(list.total).toBe(inRegion.length);
    expect(list.pageSize).toBe(PAGE_SIZE);
    expect(list.rows.length).toBe(Math.min(inRegion.length, PAGE_SIZE));
    const starts = list.rows.map((r) => r.startDate);
    expect([...starts].sort().reverse()).toEqual(starts);
    // No person in a row: firms, vacancy and dates only.
    for (const row of list.rows) {
      expect(Object.keys(row).sort()).toEqual(
        [
          'canReopen',
          'endDate',
          'fromOrganisation',
          'id',
          'kind',
          'reopenedAt',
          'safetyNetUntil',
          'startDate',
          'toOrganisation',
          'vacancyTitle',
        ].sort(),
      );
    }
    const reopened = list.rows.find((r) => r.reopenedAt !== null);
    expect(reopened?.canReopen).toBe(false);
    const open = list.rows.find((r) => r.kind === 'hire' && r.reopenedAt === null);
    expect(open?.canReopen).toBe(true);
    expect(open!.safetyNetUntil! >= todayIso()).toBe(true);
  });

  it('shows another region’s coordinator none of them, and a page past the end is empty', async () => {
    const { db } = database;
    const other = await (
      await callerFor(db, demoAccounts.otherRegionCoordinator)
    ).introduction.regionPlacements({
      page: 1,
    });
    const mainIds = new Set(
      (await (await callerFor(db, demoAccounts.coordinator)).introduction.regionPlacements({ page: 1 })).rows.map(
        (r) => r.id,
      ),
    );
    expect(other.rows.some((r) => mainIds.has(r.id))).toBe(false);
    const far = await (await callerFor(db, demoAccounts.coordinator)).introduction.regionPlacements({ page: 999 });
    expect(far.rows).toEqual([]);
  });

  it('refuses a page number that is no page, with a clear message', async () => {
    const caller = await callerFor(database.db, demoAccounts.coordinator);
    await expect(caller.introduction.regionPlacements({ page: 0 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('the listed hire can be reopened by the coordinator, after which it is no longer offered', async () => {
    const { db } = database;
    const caller = await callerFor(db, demoAccounts.coordinator);
    const open = (await caller.introduction.regionPlacements({ page: 1 })).rows.find((r) => r.canReopen)!;
    await caller.introduction.reopenTransition({ placementId: open.id, endDate: todayIso() });
    const after = (await caller.introduction.regionPlacements({ page: 1 })).rows.find((r) => r.id === open.id)!;
    expect(after.canReopen).toBe(false);
    expect(after.reopenedAt).not.toBeNull();
    const [row] = await db.select().from(placements).where(isNotNull(placements.reopenedAt));
    expect(row).toBeDefined();
  });
});
