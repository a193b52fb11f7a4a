import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consents, outbox, workerProfiles } from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { callerFor, sessionUserByEmail } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createSeededTestDatabase();
});
afterAll(() => database?.destroy());

async function state() {
  const { db } = database;
  const user = await sessionUserByEmail(db, demoAccounts.worker);
  const [profile] = await db.select().from(workerProfiles).where(eq(workerProfiles.userId, user.id));
  const open = await db
    .select({ scope: consents.scope })
    .from(consents)
    .where(and(eq(consents.workerId, profile!.id), isNull(consents.revokedAt)));
  const queued = await db.select().from(outbox).where(eq(outbox.aggregateId, profile!.id));
  return { profile: profile!, openScopes: open.map((c) => c.scope).sort(), queued };
}

describe("a worker's consent to be seen", () => {
  it('is granted, revoked and re-granted with a kept history and a search update each time', async () => {
    const caller = await callerFor(database.db, demoAccounts.worker);

    await caller.worker.setVisibility({ visibleToEmployers: true, openToOtherRegions: true });
    let s = await state();
    expect(s.openScopes).toEqual(['cross_region', 'profile_anonymous']);
    const queuedAfterGrant = s.queued.length;

    await caller.worker.setVisibility({ visibleToEmployers: false, openToOtherRegions: true });
    s = await state();
    expect(s.profile.visibleToEmployers).toBe(false);
    expect(s.profile.openToOtherRegions).toBe(false); // beyond the region implies visible at all
    expect(s.openScopes).toEqual([]);
    expect(s.queued.length).toBe(queuedAfterGrant + 1);
    expect(s.queued.at(-1)?.operation).toBe('delete');
  });

  it('changes nothing when the same choice is sent twice', async () => {
    const caller = await callerFor(database.db, demoAccounts.worker);
    await caller.worker.setVisibility({ visibleToEmployers: true, openToOtherRegions: false });
    const first = await state();
    await caller.worker.setVisibility({ visibleToEmployers: true, openToOtherRegions: false });
    const second = await state();
    expect(second.openScopes).toEqual(['profile_anonymous']);
    expect(second.queued.length).toBe(first.queued.length);
  });
});
