import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations } from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { callerFor, sessionUserByEmail } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createSeededTestDatabase();
});
afterAll(() => database?.destroy());

describe('places a new vacancy can be posted at', () => {
  it("offer the organisation's own address first, then other towns of its own region only", async () => {
    const { db } = database;
    const user = await sessionUserByEmail(db, demoAccounts.employer);
    const [own] = await db.select().from(organisations).where(eq(organisations.id, user.organisationId!));
    const regionTowns = new Set(
      (
        await db
          .select({ city: organisations.city })
          .from(organisations)
          .where(eq(organisations.regionId, own!.regionId))
      ).map((o) => o.city),
    );

    const locations = await (await callerFor(db, demoAccounts.employer)).vacancy.locations();
    expect(locations[0]).toMatchObject({ key: 'own', city: own!.city, lat: own!.lat, lon: own!.lon });
    expect(locations[0]!.address).toContain(own!.street);
    const towns = locations.slice(1);
    expect(towns.length).toBeGreaterThan(5);
    expect(towns.every((t) => regionTowns.has(t.city) && t.city !== own!.city && t.address === null)).toBe(true);
    expect(new Set(towns.map((t) => t.key)).size).toBe(towns.length);
    expect(towns.every((t) => Number.isFinite(t.lat) && Number.isFinite(t.lon))).toBe(true);

    // A worker has no vacancy form.
    await expect((await callerFor(db, demoAccounts.worker)).vacancy.locations()).rejects.toThrow(/employer/);
  });
});
