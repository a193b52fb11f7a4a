/**
 * The priority window: a vacancy published now is shown only to the at-risk workers of its
 * region; one published six days ago (the demo region's window is five days) to everyone the
 * region shares it with. Three workers who would each get both vacancies as their best match
 * (same skills, same place, same hours): an at-risk worker of the region, a worker of the
 * region who is no longer at risk, and an at-risk worker of another region open to this one.
 */
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matches, memberships, users, vacancies, workerProfiles, workerSkills } from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { refreshVacancyPool } from '~/server/matching/background';
import { rematchVacancy } from '~/server/matching/engine';
import { getMatchContext } from '~/server/matching/runtime';
import { enqueueSearchSync } from '~/server/services/outbox';
import { PostgresSearchBackend } from '~/server/search/postgres/backend';
import { drainOutbox } from '~/server/search/sync';
import { callerFor, sessionUserByEmail } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { personaEmails } from '~/tests/helpers/personas';

let database: TestDatabase;
const emails = { atRisk: demoAccounts.worker, notAtRisk: '', otherRegion: '' };
const profileIds: Record<keyof typeof emails, string> = { atRisk: '', notAtRisk: '', otherRegion: '' };
let fresh: typeof vacancies.$inferSelect;
let sixDaysOld: typeof vacancies.$inferSelect;

const place = { city: 'Eindhoven', lat: 51.44, lon: 5.47 };

beforeAll(async () => {
  database = await createSeededTestDatabase();
  const { db } = database;
  const hiring = await sessionUserByEmail(db, demoAccounts.otherEmployer);
  const [mainWorker] = await db
    .select({ regionId: workerProfiles.regionId })
    .from(workerProfiles)
    .innerJoin(users, eq(users.id, workerProfiles.userId))
    .where(eq(users.email, demoAccounts.worker));
  // A second worker of the region, not employed by the hiring firm (its own vacancies are never matched to its staff).
  const [colleague] = await db
    .select({ email: users.email })
    .from(workerProfiles)
    .innerJoin(users, eq(users.id, workerProfiles.userId))
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(
      and(
        eq(workerProfiles.regionId, mainWorker!.regionId),
        ne(users.email, demoAccounts.worker),
        sql`${workerProfiles.currentOrganisationId} is distinct from ${hiring.organisationId}`,
      ),
    )
    .limit(1);
  emails.notAtRisk = colleague!.email;
  emails.otherRegion = (await personaEmails(db)).workerOfOtherRegion;

  // The same skills, home, hours and wishes for all three; only status and region differ.
  const skillIds = (
    (await db.execute(sql`select id from skills order by uri limit 3`)) as unknown as { rows: { id: string }[] }
  ).rows.map((r) => r.id);
  for (const [who, email] of Object.entries(emails) as [keyof typeof emails, string][]) {
    const user = await sessionUserByEmail(db, email);
    const [profile] = await db
      .update(workerProfiles)
      .set({
        status: who === 'notAtRisk' ? 'placed' : 'at_risk',
        visibleToEmployers: true,
        openToOtherRegions: who === 'otherRegion',
        homeLat: place.lat,
        homeLon: place.lon,
        maxCommuteKm: 30,
        hoursMin: 32,
        hoursMax: 40,
        contractPreferences: ['permanent'],
        availableFrom: null,
        salaryFloor: null,
      })
      .where(eq(workerProfiles.userId, user.id))
      .returning();
    profileIds[who] = profile!.id;
    await db.delete(workerSkills).where(eq(workerSkills.workerId, profile!.id));
    await db.insert(workerSkills).values(skillIds.map((skillId) => ({ workerId: profile!.id, skillId, level: 3 })));
    await enqueueSearchSync(db, 'worker_profile', profile!.id);
  }

  const employer = await callerFor(db, demoAccounts.otherEmployer);
  const vacancy = (title: string) =>
    employer.vacancy.create({
      title,
      hoursMin: 36,
      hoursMax: 40,
      contractType: 'permanent',
      ...place,
      skills: skillIds.map((skillId) => ({ skillId, importance: 'required' as const, minLevel: 2 })),
      status: 'open',
    });
  fresh = await vacancy('Koeltechnicus nieuw gepubliceerd');
  const old = await vacancy('Koeltechnicus sinds vorige week');
  // Published six days ago: its five-day window ended yesterday.
  const publishedAt = new Date(Date.now() - 6 * 86_400_000);
  const [shifted] = await db
    .update(vacancies)
    .set({ publishedAt, priorityUntil: new Date(publishedAt.getTime() + 5 * 86_400_000) })
    .where(eq(vacancies.id, old.id))
    .returning();
  sixDaysOld = shifted!;
  await enqueueSearchSync(db, 'vacancy', old.id);
  await refreshVacancyPool(db, [old.id]);
  await drainOutbox(db, new PostgresSearchBackend(db), { batchSize: 1000 });
});
afterAll(() => database?.destroy());

const ours = (ids: string[]) => [fresh.id, sixDaysOld.id].filter((id) => ids.includes(id));

async function matchedVacancies(who: keyof typeof emails) {
  const found = await (await callerFor(database.db, emails[who])).matching.forMe({ limit: 50, locale: 'nl' });
  return ours(found.map((m) => m.vacancy.id));
}

async function foundVacancies(email: string) {
  const found = await (await callerFor(database.db, email)).search.vacancies({ text: 'koeltechnicus', pageSize: 50 });
  return ours(found.hits.map((h) => h.document.id));
}

describe('priority window', () => {
  it('ends five days after publication (the demo region), which the employer is shown', async () => {
    expect(fresh.priorityUntil!.getTime() - fresh.publishedAt!.getTime()).toBe(5 * 86_400_000);
    const employer = await callerFor(database.db, demoAccounts.otherEmployer);
    const listed = await employer.vacancy.listMine({ status: 'open' });
    expect(listed.rows.find((v) => v.id === fresh.id)?.priorityUntil).toEqual(fresh.priorityUntil);
    expect((await employer.vacancy.preview({ vacancyId: fresh.id })).priorityUntil).toEqual(fresh.priorityUntil);
  });

  it("gives the new vacancy only to the region's at-risk worker in matches; the older one to all three", async () => {
    expect(await matchedVacancies('atRisk')).toEqual([fresh.id, sixDaysOld.id]);
    expect(await matchedVacancies('notAtRisk')).toEqual([sixDaysOld.id]);
    expect(await matchedVacancies('otherRegion')).toEqual([sixDaysOld.id]);
  });

  it("lets only the region's at-risk worker find the new vacancy in search; the older one everyone", async () => {
    expect(await foundVacancies(emails.atRisk)).toEqual([fresh.id, sixDaysOld.id]);
    expect(await foundVacancies(emails.notAtRisk)).toEqual([sixDaysOld.id]);
    expect(await foundVacancies(emails.otherRegion)).toEqual([sixDaysOld.id]);
    // The window is the workers' head start: employers and coordinators see the vacancy as it is.
    expect(await foundVacancies(demoAccounts.coordinator)).toEqual([fresh.id, sixDaysOld.id]);
  });

  it("stores the new vacancy's matches for at-risk workers of its region only", async () => {
    const { db } = database;
    const context = await getMatchContext(db);
    await context.workerPool.refresh(db, Object.values(profileIds));
    await rematchVacancy(db, context, fresh.id);
    await rematchVacancy(db, context, sixDaysOld.id);
    const stored = async (vacancyId: string) =>
      (
        await db
          .select({ workerId: matches.workerId })
          .from(matches)
          .where(and(eq(matches.vacancyId, vacancyId), inArray(matches.workerId, Object.values(profileIds))))
      )
        .map((m) => m.workerId)
        .sort();
    // The worker who is no longer at risk is not a candidate at all (only workers still looking are).
    expect(await stored(fresh.id)).toEqual([profileIds.atRisk]);
    expect(await stored(sixDaysOld.id)).toEqual([profileIds.atRisk, profileIds.otherRegion].sort());
  });
});
