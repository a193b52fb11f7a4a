import { TRPCError } from '@trpc/server';
import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matches, notifications, vacancies, workerProfiles } from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { haversineKm } from '~/server/lib/geo';
import { rematchWorker, STORED_MATCHES } from '~/server/matching/engine';
import { loadMatchContext } from '~/server/matching/load';
import { distanceBandKeys } from '~/server/lib/distance-band';
import {
  CANDIDATE_CODE_PATTERN,
  candidatePseudonymsFor,
  resolveCandidatePseudonym,
} from '~/server/services/candidate-pseudonyms';
import { actorByEmail, callerFor, sessionUserByEmail } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createSeededTestDatabase();
});
afterAll(() => database?.destroy());

async function demoWorker() {
  const user = await sessionUserByEmail(database.db, demoAccounts.worker);
  const [profile] = await database.db.select().from(workerProfiles).where(eq(workerProfiles.userId, user.id));
  return { user, profile: profile! };
}

describe('worker → vacancies', () => {
  it('ranks open vacancies at other employers that pass every hard filter, with explanations in both languages', async () => {
    const { db } = database;
    const { profile } = await demoWorker();
    const caller = await callerFor(db, demoAccounts.worker);
    const found = await caller.matching.forMe({ limit: 20, locale: 'nl' });
    expect(found.length).toBeGreaterThan(0);
    const rows = await db.select().from(vacancies);
    const byId = new Map(rows.map((v) => [v.id, v]));
    for (const [i, m] of found.entries()) {
      const v = byId.get(m.vacancy.id)!;
      expect(v.status).toBe('open');
      expect(v.organisationId).not.toBe(profile.currentOrganisationId);
      expect(v.regionId === profile.regionId || profile.openToOtherRegions).toBe(true);
      expect(v.hoursMax >= profile.hoursMin && v.hoursMin <= profile.hoursMax).toBe(true);
      if (v.remote !== 'remote')
        expect(haversineKm(profile.homeLat, profile.homeLon, v.lat, v.lon)).toBeLessThanOrEqual(profile.maxCommuteKm);
      if (i > 0) expect(m.score).toBeLessThanOrEqual(found[i - 1]!.score);
      expect(m.lines.some((l) => /km van huis|op afstand/.test(l))).toBe(true);
    }
    const english = await caller.matching.forMe({ limit: 1, locale: 'en' });
    expect(english[0]!.lines.join(' ')).toMatch(/hours|km from home|remotely/);
  });
});

describe('vacancy → candidates', () => {
  it('shows only consenting workers, anonymised, for the employer’s own vacancy', async () => {
    const { db } = database;
    const employer = await sessionUserByEmail(db, demoAccounts.otherEmployer);
    const [vacancy] = await db
      .select()
      .from(vacancies)
      .where(and(eq(vacancies.organisationId, employer.organisationId!), eq(vacancies.status, 'open')))
      .limit(1);
    const caller = await callerFor(db, demoAccounts.otherEmployer);
    const { rows: candidates } = await caller.market.candidates({ vacancyId: vacancy!.id, pageSize: 50 });
    const visible = new Set(
      (
        await db
          .select({ id: workerProfiles.id })
          .from(workerProfiles)
          .where(eq(workerProfiles.visibleToEmployers, true))
      ).map((w) => w.id),
    );
    expect(candidates.length).toBeGreaterThan(0);
    const actor = await actorByEmail(db, demoAccounts.otherEmployer, 'employer');
    for (const c of candidates) {
      expect(c.candidateId).toMatch(CANDIDATE_CODE_PATTERN);
      const { workerId } = await resolveCandidatePseudonym(db, actor, { candidateId: c.candidateId });
      expect(visible.has(workerId)).toBe(true);
      expect(c).not.toHaveProperty('name');
      expect(c).not.toHaveProperty('email');
      expect(c).not.toHaveProperty('homeArea');
      expect(JSON.stringify(c.match)).not.toContain('distanceKm');
      expect(distanceBandKeys).toContain(c.distanceBand);
    }
  });

  it("refuses candidates for another organisation's vacancy", async () => {
    const { db } = database;
    const employer = await sessionUserByEmail(db, demoAccounts.employer);
    const [foreign] = await db
      .select()
      .from(vacancies)
      .where(ne(vacancies.organisationId, employer.organisationId!))
      .limit(1);
    const caller = await callerFor(db, demoAccounts.employer);
    await expect(caller.market.candidates({ vacancyId: foreign!.id })).rejects.toSatisfy(
      (e) => e instanceof TRPCError && e.code === 'NOT_FOUND',
    );
  });

  it('drops a worker who revokes consent from the candidates', async () => {
    const { db } = database;
    const { profile } = await demoWorker();
    const workerCaller = await callerFor(db, demoAccounts.worker);
    await workerCaller.worker.setVisibility({ visibleToEmployers: true, openToOtherRegions: false });
    const top = await workerCaller.matching.forMe({ limit: 1, locale: 'nl' });
    const vacancyId = top[0]!.vacancy.id;
    const [v] = await db.select().from(vacancies).where(eq(vacancies.id, vacancyId));
    const hr = await db.query.memberships.findFirst({
      where: (m, { eq: e }) => e(m.organisationId, v!.organisationId),
      with: { user: true },
    });
    const employerCaller = await callerFor(db, hr!.user.email);
    const before = await employerCaller.market.candidates({ vacancyId, pageSize: 50 });
    const employer = await actorByEmail(db, hr!.user.email, 'employer');
    const pseudonym = (await candidatePseudonymsFor(db, employer, { workerIds: [profile.id] })).get(profile.id);
    expect(before.rows.map((c) => c.candidateId)).toContain(pseudonym);
    await workerCaller.worker.setVisibility({ visibleToEmployers: false, openToOtherRegions: false });
    const after = await employerCaller.market.candidates({ vacancyId, pageSize: 50 });
    expect(after.rows.map((c) => c.candidateId)).not.toContain(pseudonym);
  });
});

describe('stored matches', () => {
  it('keeps a worker’s top matches, notifies strong ones once, and a rerun changes nothing', async () => {
    const { db } = database;
    const { user, profile } = await demoWorker();
    const context = await loadMatchContext(db, profile.regionId);
    // The demo seeds a few notifications of its own.
    const seeded = await db.select().from(notifications).where(eq(notifications.userId, user.id));
    const first = await rematchWorker(db, context, profile.id);
    const stored = await db.select().from(matches).where(eq(matches.workerId, profile.id));
    expect(stored.length).toBe(first.stored);
    expect(stored.length).toBeLessThanOrEqual(STORED_MATCHES);
    const notified = await db.select().from(notifications).where(eq(notifications.userId, user.id));
    expect(notified.length).toBe(seeded.length + first.newStrong);

    const second = await rematchWorker(db, context, profile.id);
    expect(second.newStrong).toBe(0);
    expect((await db.select().from(notifications).where(eq(notifications.userId, user.id))).length).toBe(
      notified.length,
    );
    expect((await db.select().from(matches).where(eq(matches.workerId, profile.id))).length).toBe(stored.length);
  });
});
