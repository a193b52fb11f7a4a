import { TRPCError } from '@trpc/server';
import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { organisations, regions, workerProfiles } from '~/db/schema';
import { anonymousCaller, callerFor, sessionUserByEmail } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createSeededTestDatabase();
});
afterAll(() => database?.destroy());

async function expectTrpcError(promise: Promise<unknown>, code: TRPCError['code']) {
  await expect(promise).rejects.toSatisfy((e) => e instanceof TRPCError && e.code === code);
}

describe('employer tenancy', () => {
  it("lists only the employer's own at-risk workers", async () => {
    const { db } = database;
    const employer = await sessionUserByEmail(db, demoAccounts.employer);
    const own = await (await callerFor(db, demoAccounts.employer)).atRiskWorker.listMine();
    expect(own.length).toBeGreaterThan(0);

    const ownIds = new Set(
      (
        await db
          .select({ id: workerProfiles.id })
          .from(workerProfiles)
          .where(eq(workerProfiles.currentOrganisationId, employer.organisationId!))
      ).map((r) => r.id),
    );
    expect(own.every((w) => ownIds.has(w.id))).toBe(true);
  });

  it("cannot read organisation B's at-risk worker, and learns nothing about it", async () => {
    const { db } = database;
    const a = await sessionUserByEmail(db, demoAccounts.employer);
    const b = await sessionUserByEmail(db, demoAccounts.otherEmployer);
    expect(a.organisationId).not.toBe(b.organisationId);

    const [workerOfB] = await db
      .select({ id: workerProfiles.id })
      .from(workerProfiles)
      .where(eq(workerProfiles.currentOrganisationId, b.organisationId!))
      .limit(1);
    expect(workerOfB).toBeDefined();

    const callerA = await callerFor(db, demoAccounts.employer);
    const listA = await callerA.atRiskWorker.listMine();
    expect(listA.map((w) => w.id)).not.toContain(workerOfB!.id);
    // Same answer as for an id that does not exist at all.
    await expectTrpcError(callerA.atRiskWorker.get({ workerId: workerOfB!.id }), 'NOT_FOUND');
    await expectTrpcError(callerA.atRiskWorker.get({ workerId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND');

    // B itself can read it.
    const callerB = await callerFor(db, demoAccounts.otherEmployer);
    await expect(callerB.atRiskWorker.get({ workerId: workerOfB!.id })).resolves.toMatchObject({ id: workerOfB!.id });
  });

  it("sees only its own organisation's vacancies and redundancies", async () => {
    const { db } = database;
    const a = await sessionUserByEmail(db, demoAccounts.employer);
    const caller = await callerFor(db, demoAccounts.employer);
    const vacancies = await caller.vacancy.listMine({});
    expect(vacancies.rows.length).toBeGreaterThan(0);
    const redundancies = await caller.redundancy.listMine();
    expect(redundancies.length).toBeGreaterThan(0);
    const org = await caller.organisation.mine();
    expect(org.id).toBe(a.organisationId);
  });
});

describe('coordinator tenancy', () => {
  it('sees the figures of their own region only', async () => {
    const { db } = database;
    const x = await sessionUserByEmail(db, demoAccounts.coordinator);
    const y = await sessionUserByEmail(db, demoAccounts.otherRegionCoordinator);
    const overviewX = await (await callerFor(db, demoAccounts.coordinator)).region.overview();
    const overviewY = await (await callerFor(db, demoAccounts.otherRegionCoordinator)).region.overview();
    expect(overviewX.region.id).toBe(x.regionId);
    expect(overviewY.region.id).toBe(y.regionId);
    expect(overviewX.atRiskWorkers).not.toBe(overviewY.atRiskWorkers);

    const listX = await (await callerFor(db, demoAccounts.coordinator)).organisation.listForRegion();
    const regionOf = new Map((await db.select().from(organisations)).map((o) => [o.id, o.regionId]));
    expect(listX.length).toBeGreaterThanOrEqual(25);
    expect(listX.every((o) => regionOf.get(o.id) === x.regionId)).toBe(true);
  });

  it('cannot read or change an employer in region Y', async () => {
    const { db } = database;
    const x = await sessionUserByEmail(db, demoAccounts.coordinator);
    const [orgInY] = await db.select().from(organisations).where(ne(organisations.regionId, x.regionId!)).limit(1);
    expect(orgInY).toBeDefined();
    const callerX = await callerFor(db, demoAccounts.coordinator);

    const listX = await callerX.organisation.listForRegion();
    expect(listX.map((o) => o.id)).not.toContain(orgInY!.id);
    await expectTrpcError(
      callerX.organisation.decideApproval({ organisationId: orgInY!.id, decision: 'rejected', reason: 'Not known.' }),
      'NOT_FOUND',
    );
    const [after] = await db.select().from(organisations).where(eq(organisations.id, orgInY!.id));
    expect(after!.approvalStatus).toBe(orgInY!.approvalStatus);
  });

  it('approves a pending employer of their own region, and a repeat changes nothing', async () => {
    const { db } = database;
    const x = await sessionUserByEmail(db, demoAccounts.coordinator);
    const [pending] = await db
      .select()
      .from(organisations)
      .where(and(eq(organisations.regionId, x.regionId!), eq(organisations.approvalStatus, 'pending')))
      .limit(1);
    expect(pending).toBeDefined();
    const callerX = await callerFor(db, demoAccounts.coordinator);
    const first = await callerX.organisation.decideApproval({ organisationId: pending!.id, decision: 'approved' });
    const second = await callerX.organisation.decideApproval({ organisationId: pending!.id, decision: 'approved' });
    expect(first.approvalStatus).toBe('approved');
    expect(second.approvedAt?.getTime()).toBe(first.approvedAt?.getTime());
  });
});

describe('roles', () => {
  it('refuses anonymous callers and callers with the wrong role', async () => {
    const { db } = database;
    await expectTrpcError(anonymousCaller(db).region.overview(), 'UNAUTHORIZED');
    await expectTrpcError((await callerFor(db, demoAccounts.worker)).region.overview(), 'FORBIDDEN');
    await expectTrpcError((await callerFor(db, demoAccounts.worker)).atRiskWorker.listMine(), 'FORBIDDEN');
    await expectTrpcError((await callerFor(db, demoAccounts.employer)).worker.me(), 'FORBIDDEN');
    await expectTrpcError((await callerFor(db, demoAccounts.coordinator)).vacancy.listMine({}), 'FORBIDDEN');
  });

  it("gives a worker their own profile and nobody else's", async () => {
    const { db } = database;
    const worker = await sessionUserByEmail(db, demoAccounts.worker);
    const me = await (await callerFor(db, demoAccounts.worker)).worker.me();
    expect(me.profile.userId).toBe(worker.id);
    expect(me.skills.length).toBeGreaterThan(0);
    const [region] = await db.select().from(regions).where(eq(regions.id, me.profile.regionId));
    expect(region?.slug).toBe('zuidoost-brabant');
  });
});
