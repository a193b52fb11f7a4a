/**
 * Disabling accounts (issue #9, points 2 and 11): an admin may disable and enable any account but
 * their own; a coordinator only the HR accounts of their own region's firms, and anything else
 * answers like an account that does not exist. A disabled account cannot sign in, every change
 * is audited once, and repeating a request does no harm.
 */
import { TRPCError } from '@trpc/server';
import { and, count, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, memberships, organisations, sessions, users } from '~/db/schema';
import { DEMO_PASSWORD, demoAccounts, disabledDemoAccount } from '~/db/seed/demo-accounts';
import { authenticateWithPassword } from '~/server/auth/identity';
import { resolveSession, startSession } from '~/server/auth/sessions';
import { ACCOUNT_DISABLED, ACCOUNT_ENABLED } from '~/server/lib/account-audit';
import { callerFor, postAs, sessionUserByEmail } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createSeededTestDatabase();
});
afterAll(() => database?.destroy());

const MISSING = '00000000-0000-4000-8000-000000000000';

async function trpcErrorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

async function userIdOf(email: string) {
  const [user] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return user!.id;
}

async function stateOf(userId: string) {
  const { db } = database;
  const [user] = await db
    .select({ disabledAt: users.disabledAt, disabledByUserId: users.disabledByUserId })
    .from(users)
    .where(eq(users.id, userId));
  const audit = await db
    .select({ action: auditLog.action, actorUserId: auditLog.actorUserId, metadata: auditLog.metadata })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, 'user'), eq(auditLog.subjectId, userId)))
    .orderBy(auditLog.id);
  return { ...user!, audit };
}

/** An HR account of a firm in the given region, or outside it; never one of the demo logins. */
async function hrAccount(regionId: string, inRegion: boolean, skip: string[] = []) {
  const rows = await database.db
    .select({ id: users.id, email: users.email, organisationId: memberships.organisationId })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(
      and(
        eq(memberships.role, 'employer'),
        inRegion ? eq(organisations.regionId, regionId) : ne(organisations.regionId, regionId),
      ),
    )
    .orderBy(users.email);
  const taken = new Set<string>([...Object.values(demoAccounts), disabledDemoAccount.email, ...skip]);
  return rows.find((r) => !taken.has(r.email))!;
}

describe('the admin', () => {
  it('finds every account, searchable, a page at a time', async () => {
    const admin = await callerFor(database.db, demoAccounts.admin);
    const [all] = await database.db.select({ n: count() }).from(users);
    const first = await admin.account.list({});
    expect(first.total).toBe(all!.n);
    expect(first.rows).toHaveLength(first.pageSize);
    const second = await admin.account.list({ page: 2 });
    expect(second.rows.map((r) => r.id)).not.toContain(first.rows[0]!.id);

    const found = await admin.account.list({ query: 'COORDINATOR.midden' });
    expect(found.rows.map((r) => r.email)).toEqual([demoAccounts.otherRegionCoordinator]);
    expect(found.rows[0]).toMatchObject({ role: 'coordinator', regionName: 'Midden-Brabant', organisationName: null });

    const byFirm = await admin.account.list({ query: 'Loopbaanhuis', role: 'employer' });
    expect(byFirm.rows).toEqual([
      expect.objectContaining({
        email: disabledDemoAccount.email,
        organisationName: 'Loopbaanhuis Brainport B.V.',
        regionName: 'Zuidoost-Brabant',
        disabledReason: disabledDemoAccount.reason,
      }),
    ]);

    // Wildcards are text: "%" finds only names and addresses that contain a "%".
    expect((await admin.account.list({ query: '%' })).total).toBe(0);
    expect((await admin.account.list({ query: '_' })).total).toBe(0);
  });

  it('filters by role, status and region, and marks their own account', async () => {
    const admin = await callerFor(database.db, demoAccounts.admin);
    const coordinators = await admin.account.list({ role: 'coordinator' });
    expect(coordinators.rows.map((r) => r.email).sort()).toEqual(
      [demoAccounts.coordinator, demoAccounts.otherRegionCoordinator].sort(),
    );
    const disabled = await admin.account.list({ status: 'disabled' });
    expect(disabled.rows.every((r) => r.disabledAt !== null)).toBe(true);
    expect(disabled.rows.map((r) => r.email)).toContain(disabledDemoAccount.email);
    const enabled = await admin.account.list({ status: 'enabled', query: 'overstap.demo' });
    expect(enabled.rows.every((r) => r.disabledAt === null && r.disabledReason === null)).toBe(true);

    const midden = (await admin.region.list({})).rows.find((r) => r.name === 'Midden-Brabant')!;
    const inMidden = await admin.account.list({ regionId: midden.id });
    expect(inMidden.total).toBeGreaterThan(3);
    expect(inMidden.rows.every((r) => r.regionName === 'Midden-Brabant')).toBe(true);

    const self = await admin.account.list({ query: demoAccounts.admin });
    expect(self.rows).toEqual([expect.objectContaining({ email: demoAccounts.admin, role: 'admin', isSelf: true })]);
    expect(coordinators.rows.every((r) => !r.isSelf)).toBe(true);
  });

  it('sees every region with its figures and coordinators', async () => {
    const { db } = database;
    const regions = await (await callerFor(db, demoAccounts.admin)).region.list({});
    expect(regions.rows.map((r) => r.name)).toEqual(['Midden-Brabant', 'Zuidoost-Brabant']);
    const main = regions.rows.find((r) => r.name === 'Zuidoost-Brabant')!;
    const overview = await (await callerFor(db, demoAccounts.coordinator)).region.overview();
    expect(main).toMatchObject({
      id: overview.region.id,
      employers: overview.approvedEmployers + overview.pendingEmployers,
      atRiskWorkers: overview.atRiskWorkers,
      openVacancies: overview.openVacancies,
    });
    expect(main.coordinators).toEqual([
      expect.objectContaining({ email: demoAccounts.coordinator, name: 'Sanne Verhoeven', disabledAt: null }),
    ]);
    const midden = regions.rows.find((r) => r.name === 'Midden-Brabant')!;
    expect(midden.coordinators.map((c) => c.email)).toEqual([demoAccounts.otherRegionCoordinator]);
  });

  it('disables an account with a reason, audited once, and enables it again', async () => {
    const { db } = database;
    const admin = await callerFor(db, demoAccounts.admin);
    const adminId = await userIdOf(demoAccounts.admin);
    const email = 'werknemer.010@overstap.demo';
    const userId = await userIdOf(email);

    const first = await admin.account.disable({ userId, reason: '  Account shared with a colleague  ' });
    expect(first).toEqual({ userId, disabled: true, changed: true });
    const disabled = await stateOf(userId);
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect(disabled.disabledByUserId).toBe(adminId);
    expect(disabled.audit).toEqual([
      {
        action: ACCOUNT_DISABLED,
        actorUserId: adminId,
        metadata: { reason: 'Account shared with a colleague', role: 'worker' },
      },
    ]);
    const listed = await admin.account.list({ query: email });
    expect(listed.rows[0]).toMatchObject({ disabledReason: 'Account shared with a colleague' });

    // Again: no harm, nothing new; the first disabling's time, author and reason stay.
    expect(await admin.account.disable({ userId, reason: 'Second try' })).toEqual({
      userId,
      disabled: true,
      changed: false,
    });
    expect(await stateOf(userId)).toEqual(disabled);

    expect(await admin.account.enable({ userId })).toEqual({ userId, disabled: false, changed: true });
    const enabled = await stateOf(userId);
    expect(enabled).toMatchObject({ disabledAt: null, disabledByUserId: null });
    expect(enabled.audit.map((a) => a.action)).toEqual([ACCOUNT_DISABLED, ACCOUNT_ENABLED]);
    expect(await admin.account.enable({ userId })).toEqual({ userId, disabled: false, changed: false });
    expect((await stateOf(userId)).audit).toHaveLength(2);
  });

  it('may disable a coordinator, whose sessions end at once', async () => {
    const { db } = database;
    const userId = await userIdOf(demoAccounts.otherRegionCoordinator);
    const sessionId = await startSession(db, userId);
    expect(await resolveSession(db, sessionId, userId)).toMatchObject({ role: 'coordinator' });
    await (await callerFor(db, demoAccounts.admin)).account.disable({ userId, reason: 'On leave' });
    expect(await resolveSession(db, sessionId, userId)).toBeNull();
    await (await callerFor(db, demoAccounts.admin)).account.enable({ userId });
  });

  it('can never disable their own account', async () => {
    const { db } = database;
    const adminId = await userIdOf(demoAccounts.admin);
    const admin = await callerFor(db, demoAccounts.admin);
    const error = await trpcErrorOf(admin.account.disable({ userId: adminId, reason: 'Testing' }));
    expect(error.code).toBe('FORBIDDEN');
    expect(await stateOf(adminId)).toEqual({ disabledAt: null, disabledByUserId: null, audit: [] });
  });

  it('must give a reason to disable, in plain text', async () => {
    const { db } = database;
    const admin = await callerFor(db, demoAccounts.admin);
    const userId = await userIdOf('werknemer.011@overstap.demo');
    for (const reason of [
      '',
      '   ',
      'ab',
      '\u200b\u200b\u200b\u200b',
      'left\u0000the firm',
      'two\nlines',
      'x'.repeat(301),
    ]) {
      const error = await trpcErrorOf(admin.account.disable({ userId, reason }));
      expect(error.code, JSON.stringify(reason)).toBe('BAD_REQUEST');
    }
    expect(await stateOf(userId)).toEqual({ disabledAt: null, disabledByUserId: null, audit: [] });
  });

  it('gets a 404 for an account that does not exist', async () => {
    const admin = await callerFor(database.db, demoAccounts.admin);
    expect((await trpcErrorOf(admin.account.disable({ userId: MISSING, reason: 'Gone' }))).code).toBe('NOT_FOUND');
    expect((await trpcErrorOf(admin.account.enable({ userId: MISSING }))).code).toBe('NOT_FOUND');
  });
});

describe('a disabled account', () => {
  it('cannot sign in, says so only to someone who knows the password, and can again once enabled', async () => {
    const { db } = database;
    const email = 'werknemer.012@overstap.demo';
    const userId = await userIdOf(email);
    const admin = await callerFor(db, demoAccounts.admin);
    expect((await authenticateWithPassword(db, email, DEMO_PASSWORD)).ok).toBe(true);

    await admin.account.disable({ userId, reason: 'Reported lost laptop' });
    expect(await authenticateWithPassword(db, email, DEMO_PASSWORD)).toEqual({ ok: false, reason: 'disabled' });
    expect(await authenticateWithPassword(db, email, 'wrong-password')).toEqual({ ok: false, reason: 'invalid' });

    await admin.account.enable({ userId });
    expect(await authenticateWithPassword(db, email, DEMO_PASSWORD)).toMatchObject({ ok: true, user: { id: userId } });
  });

  it('is the demo region’s disabled HR account too', async () => {
    const { db } = database;
    expect(await authenticateWithPassword(db, disabledDemoAccount.email, DEMO_PASSWORD)).toEqual({
      ok: false,
      reason: 'disabled',
    });
  });
});

describe('a coordinator', () => {
  it("sees the HR accounts of each employer of their region, and of no other region's", async () => {
    const { db } = database;
    const me = await sessionUserByEmail(db, demoAccounts.coordinator);
    const caller = await callerFor(db, demoAccounts.coordinator);
    const own = await hrAccount(me.regionId!, true);
    const listed = await caller.employerAccount.listForEmployer({ organisationId: own.organisationId! });
    expect(listed.organisation.id).toBe(own.organisationId);
    expect(listed.accounts.rows.map((r) => r.email)).toEqual([own.email]);
    expect(listed.accounts.total).toBe(1);

    const [loopbaanhuis] = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.name, 'Loopbaanhuis Brainport B.V.'));
    const withDisabled = await caller.employerAccount.listForEmployer({ organisationId: loopbaanhuis!.id });
    expect(withDisabled.accounts.rows).toEqual([
      expect.objectContaining({ email: disabledDemoAccount.email, disabledReason: disabledDemoAccount.reason }),
    ]);

    // Another region's firm answers exactly like one that does not exist.
    const elsewhere = await hrAccount(me.regionId!, false);
    const foreign = await trpcErrorOf(
      caller.employerAccount.listForEmployer({ organisationId: elsewhere.organisationId! }),
    );
    const missing = await trpcErrorOf(caller.employerAccount.listForEmployer({ organisationId: MISSING }));
    expect(foreign.code).toBe('NOT_FOUND');
    expect([foreign.code, foreign.message]).toEqual([missing.code, missing.message]);
  });

  it("disables and re-enables an HR account of their region's firm; its sessions end at once", async () => {
    const { db } = database;
    const me = await sessionUserByEmail(db, demoAccounts.coordinator);
    const caller = await callerFor(db, demoAccounts.coordinator);
    const target = await hrAccount(me.regionId!, true, ['hr.kempensoft@overstap.demo']);
    const sessionId = await startSession(db, target.id);
    expect(await resolveSession(db, sessionId, target.id)).toMatchObject({ role: 'employer' });

    expect(await caller.employerAccount.disable({ userId: target.id, reason: 'Left the firm' })).toMatchObject({
      changed: true,
    });
    expect(await resolveSession(db, sessionId, target.id)).toBeNull();
    const [rows] = await db.select({ n: count() }).from(sessions).where(eq(sessions.userId, target.id));
    expect(rows!.n).toBe(0);
    const state = await stateOf(target.id);
    expect(state.disabledByUserId).toBe(me.id);
    expect(state.audit).toEqual([
      { action: ACCOUNT_DISABLED, actorUserId: me.id, metadata: { reason: 'Left the firm', role: 'employer' } },
    ]);
    const [entry] = await db
      .select({ regionId: auditLog.regionId, organisationId: auditLog.organisationId })
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, target.id), eq(auditLog.action, ACCOUNT_DISABLED)));
    expect(entry).toEqual({ regionId: me.regionId, organisationId: target.organisationId });

    expect((await caller.employerAccount.disable({ userId: target.id, reason: 'Again' })).changed).toBe(false);
    expect((await caller.employerAccount.enable({ userId: target.id })).changed).toBe(true);
    expect((await authenticateWithPassword(db, target.email, DEMO_PASSWORD)).ok).toBe(true);
  });

  it('cannot touch any other account: it answers like one that does not exist, and nothing changes', async () => {
    const { db } = database;
    const me = await sessionUserByEmail(db, demoAccounts.coordinator);
    const caller = await callerFor(db, demoAccounts.coordinator);
    const outside = {
      "another region's firm": (await hrAccount(me.regionId!, false)).id,
      'a worker of their region': await userIdOf(demoAccounts.worker),
      'another coordinator': await userIdOf(demoAccounts.otherRegionCoordinator),
      'an admin': await userIdOf(demoAccounts.admin),
      themselves: me.id,
    };
    const missing = await trpcErrorOf(caller.employerAccount.disable({ userId: MISSING, reason: 'Left the firm' }));
    for (const [who, userId] of Object.entries(outside)) {
      const before = await stateOf(userId);
      const disabling = await trpcErrorOf(caller.employerAccount.disable({ userId, reason: 'Left the firm' }));
      expect([disabling.code, disabling.message], who).toEqual([missing.code, missing.message]);
      const enabling = await trpcErrorOf(caller.employerAccount.enable({ userId }));
      expect(enabling.code, who).toBe('NOT_FOUND');
      expect(await stateOf(userId), who).toEqual(before);
    }
  });

  it('gets the same 404 over HTTP for another region’s firm', async () => {
    const { db } = database;
    const me = await sessionUserByEmail(db, demoAccounts.coordinator);
    const foreign = await hrAccount(me.regionId!, false);
    const answer = await postAs<{ error: { json: { data: { httpStatus: number } } } }>(
      db,
      demoAccounts.coordinator,
      'employerAccount.disable',
      { userId: foreign.id, reason: 'Left the firm' },
    );
    expect(answer.status).toBe(404);
    expect((await stateOf(foreign.id)).disabledAt).toBeNull();
  });

  it('cannot use the admin’s account list, and an employer cannot use either', async () => {
    const { db } = database;
    const coordinator = await callerFor(db, demoAccounts.coordinator);
    expect((await trpcErrorOf(coordinator.account.list({}))).code).toBe('FORBIDDEN');
    const employer = await callerFor(db, demoAccounts.employer);
    const someone = await userIdOf(demoAccounts.otherEmployer);
    expect((await trpcErrorOf(employer.employerAccount.disable({ userId: someone, reason: 'Rival' }))).code).toBe(
      'FORBIDDEN',
    );
    expect((await trpcErrorOf(employer.account.disable({ userId: someone, reason: 'Rival' }))).code).toBe('FORBIDDEN');
    expect((await stateOf(someone)).disabledAt).toBeNull();
  });
});
