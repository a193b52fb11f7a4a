/**
 * A coordinator invites a colleague coordinator by e-mail; the colleague accepts with a password
 * and becomes a coordinator of the same region, and of no other. The region's coordinators list,
 * re-send and revoke its open coordinator invitations; another region's coordinator (and HR of a
 * firm of the region) finds them missing.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, invitations, memberships, users } from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { authenticateWithPassword } from '~/server/auth/identity';
import { anonymousCaller, callerFor, postAs, sessionUserByEmail, trpcHttp } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import {
  expectRefusedWithoutWrites,
  latestToken,
  mailsTo,
  ORIGIN,
  request,
  tokenInMail,
  type HttpRefusal,
} from '~/tests/helpers/invitations';
import { changedTables, tableFingerprinter } from '~/tests/helpers/writes';

let database: TestDatabase;
beforeAll(async () => {
  database = await createSeededTestDatabase();
});
afterAll(() => database?.destroy());

const coordinator = () => callerFor(database.db, demoAccounts.coordinator, request);
const otherRegion = () => callerFor(database.db, demoAccounts.otherRegionCoordinator, request);
const anonymous = () => anonymousCaller(database.db, request);
const missingId = '00000000-0000-4000-8000-000000000000';

describe('inviting a coordinator', () => {
  it('mails a one-time link naming the region, lists the invitation as open and audits it', async () => {
    const { db } = database;
    const inviter = await sessionUserByEmail(db, demoAccounts.coordinator);
    const invited = await (
      await coordinator()
    ).coordination.inviteCoordinator({ name: 'Lotte Peeters', email: 'Lotte.Peeters@example.nl', language: 'en' });
    expect(invited).toMatchObject({ kind: 'coordinator', state: 'valid', email: 'lotte.peeters@example.nl' });
    const [row] = await db.select().from(invitations).where(eq(invitations.id, invited.id));
    expect(row).toMatchObject({ regionId: inviter.regionId, organisationId: null, createdByUserId: inviter.id });

    const [mail] = await mailsTo(db, 'lotte.peeters@example.nl');
    expect(mail).toMatchObject({ language: 'en', dedupeKey: `mail:invitation:${invited.id}:1` });
    expect(mail!.subject).toContain('coordinator');
    expect(mail!.text).toContain('Dear Lotte Peeters');
    const token = tokenInMail(mail!);
    expect(mail!.text).toContain(`${ORIGIN}/invite/${token}`);

    const open = await (await coordinator()).coordination.coordinatorInvitations({ page: 1 });
    expect(open.rows.map((i) => i.email)).toContain('lotte.peeters@example.nl');
    expect(open.total).toBe(open.rows.length);
    expect(open.rows[0]).not.toHaveProperty('tokenHash');
    const theirs = await (await otherRegion()).coordination.coordinatorInvitations({ page: 1 });
    expect(theirs.rows.map((i) => i.id)).not.toContain(invited.id);

    const audit = await db.select().from(auditLog).where(eq(auditLog.subjectId, invited.id));
    expect(audit).toMatchObject([
      { action: 'invitation.create', actorUserId: inviter.id, regionId: inviter.regionId, organisationId: null },
    ]);

    const lookedUp = await anonymous().invitation.lookup({ token });
    expect(lookedUp).toMatchObject({ state: 'valid', kind: 'coordinator', name: 'Lotte Peeters' });
    expect(lookedUp).toHaveProperty('privacyStatementVersion', null);
  });

  it('refuses bad input with 400 naming the field, and writes nothing', async () => {
    const { db } = database;
    const fingerprint = await tableFingerprinter(db);
    for (const [input, field] of [
      [{ name: 'Lotte', email: 'lotte@', language: 'nl' }, 'email'],
      [{ name: '\u200B', email: 'lotte2@example.nl', language: 'nl' }, 'name'],
      [{ name: 'Lotte', email: 'lotte2@example.nl', language: 'fr' }, 'language'],
    ] as const) {
      const before = await fingerprint();
      const { status, body } = await postAs<HttpRefusal>(
        db,
        demoAccounts.coordinator,
        'coordination.inviteCoordinator',
        input,
      );
      expect(status).toBe(400);
      expect(Object.keys(body.error!.json.data.fieldErrors ?? {})).toEqual([field]);
      expect(changedTables(before, await fingerprint())).toEqual([]);
    }
  });

  it('refuses a second open invitation for the same address (conflict), and writes nothing', async () => {
    const caller = await coordinator();
    await caller.coordination.inviteCoordinator({ name: 'Bas Bakker', email: 'bas.bakker@example.nl', language: 'nl' });
    const error = await expectRefusedWithoutWrites(
      database.db,
      () =>
        caller.coordination.inviteCoordinator({ name: 'Bas Bakker', email: 'bas.bakker@example.nl', language: 'nl' }),
      'CONFLICT',
    );
    expect(error.message).toContain('send the invitation again');
  });

  it('refuses an address that already has an account with a clear message, and writes nothing', async () => {
    const caller = await coordinator();
    for (const email of [demoAccounts.employer, demoAccounts.otherRegionCoordinator]) {
      const error = await expectRefusedWithoutWrites(
        database.db,
        () => caller.coordination.inviteCoordinator({ name: 'Iemand Anders', email, language: 'nl' }),
        'CONFLICT',
      );
      expect(error.message).toContain('already exists');
    }
  });

  it('can be sent again (the old link dies) and revoked (it leaves the list)', async () => {
    const { db } = database;
    const caller = await coordinator();
    const invited = await caller.coordination.inviteCoordinator({
      name: 'Carmen Claassen',
      email: 'carmen@example.nl',
      language: 'nl',
    });
    const oldToken = await latestToken(db, 'carmen@example.nl');
    await caller.coordination.resendInvitation({ invitationId: invited.id });
    const newToken = await latestToken(db, 'carmen@example.nl');
    expect(newToken).not.toBe(oldToken);
    expect(await anonymous().invitation.lookup({ token: oldToken })).toEqual({ state: 'invalid' });

    await caller.coordination.revokeInvitation({ invitationId: invited.id });
    const open = await caller.coordination.coordinatorInvitations({ page: 1 });
    expect(open.rows.map((i) => i.id)).not.toContain(invited.id);
    expect(await anonymous().invitation.lookup({ token: newToken })).toEqual({ state: 'revoked' });
    const actions = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.subjectId, invited.id));
    expect(actions.map((a) => a.action).sort()).toEqual([
      'invitation.create',
      'invitation.resend',
      'invitation.revoke',
    ]);
    // Revoked, the address can be invited afresh.
    await caller.coordination.inviteCoordinator({
      name: 'Carmen Claassen',
      email: 'carmen@example.nl',
      language: 'nl',
    });
  });

  it("is missing for another region's coordinator, and for HR of a firm of the region", async () => {
    const { db } = database;
    const invited = await (
      await coordinator()
    ).coordination.inviteCoordinator({ name: 'Dewi Dijkstra', email: 'dewi@example.nl', language: 'nl' });
    const other = await otherRegion();
    for (const call of [
      (id: string) => () => other.coordination.resendInvitation({ invitationId: id }),
      (id: string) => () => other.coordination.revokeInvitation({ invitationId: id }),
    ]) {
      const foreign = await expectRefusedWithoutWrites(db, call(invited.id), 'NOT_FOUND');
      const missing = await expectRefusedWithoutWrites(db, call(missingId), 'NOT_FOUND');
      expect(foreign.message).toBe(missing.message);
    }
    const hr = await callerFor(db, demoAccounts.employer, request);
    await expectRefusedWithoutWrites(db, () => hr.invitation.revoke({ invitationId: invited.id }), 'NOT_FOUND');
    // Nor can a coordinator reach a firm's invitations of the region through these procedures.
    const { regionId } = await sessionUserByEmail(db, demoAccounts.coordinator);
    const [colleague] = await db
      .select({ id: invitations.id })
      .from(invitations)
      .where(and(eq(invitations.kind, 'colleague'), eq(invitations.regionId, regionId!)));
    await expectRefusedWithoutWrites(
      db,
      async () => (await coordinator()).coordination.revokeInvitation({ invitationId: colleague!.id }),
      'NOT_FOUND',
    );
    expect(await anonymous().invitation.lookup({ token: await latestToken(db, 'dewi@example.nl') })).toMatchObject({
      state: 'valid',
    });
  });
});

describe('a coordinator accepting', () => {
  const email = 'nadia.coordinator@example.nl';
  let token: string;

  beforeAll(async () => {
    await (await coordinator()).coordination.inviteCoordinator({ name: 'Nadia Nijhof', email, language: 'nl' });
    token = await latestToken(database.db, email);
  });

  it('refuses a password that is too short, and writes nothing', async () => {
    const { db } = database;
    const fingerprint = await tableFingerprinter(db);
    const before = await fingerprint();
    const response = await trpcHttp(db, 'invitation.acceptCoordinator', {
      session: null,
      input: { token, password: 'kort' },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as HttpRefusal).error!.json.data.fieldErrors).toHaveProperty('password');
    expect(changedTables(before, await fingerprint())).toEqual([]);
  });

  it('does not take the link as a colleague of a firm', async () => {
    await expectRefusedWithoutWrites(
      database.db,
      () => anonymous().invitation.acceptColleague({ token, password: 'een lang genoeg wachtwoord' }),
      'NOT_FOUND',
    );
  });

  it('joins the same region as coordinator, signs in and sees that region only; the link is then used', async () => {
    const { db } = database;
    const inviter = await sessionUserByEmail(db, demoAccounts.coordinator);
    const elsewhere = await sessionUserByEmail(db, demoAccounts.otherRegionCoordinator);
    const result = await anonymous().invitation.acceptCoordinator({ token, password: 'nog een lang wachtwoord' });
    expect(result.email).toBe(email);
    const [user] = await db.select().from(users).where(eq(users.email, email));
    expect(user).toMatchObject({ name: 'Nadia Nijhof', locale: 'nl' });
    const [membership] = await db.select().from(memberships).where(eq(memberships.userId, user!.id));
    expect(membership).toMatchObject({ role: 'coordinator', organisationId: null, regionId: inviter.regionId });
    const audit = await db.select().from(auditLog).where(eq(auditLog.subjectId, user!.id));
    expect(audit.map((a) => a.action)).toContain('invitation.accept');

    const check = await authenticateWithPassword(db, email, 'nog een lang wachtwoord');
    expect(check).toMatchObject({ ok: true, user: { role: 'coordinator', regionId: inviter.regionId } });
    // The new coordinator works in the inviter's region: the same settings, caseload and coordinators list.
    const mine = await callerFor(db, email);
    const theirs = await coordinator();
    expect((await mine.coordination.settings()).name).toBe((await theirs.coordination.settings()).name);
    expect(await mine.coordination.caseloadSummary()).toEqual(await theirs.coordination.caseloadSummary());
    const colleagues = await mine.coordination.coordinators({ page: 1 });
    expect(colleagues.rows.map((c) => c.email)).toEqual(expect.arrayContaining([email, demoAccounts.coordinator]));
    expect(colleagues.rows.map((c) => c.email)).not.toContain(demoAccounts.otherRegionCoordinator);
    // … and not in another one: that region's coordinator invitations are missing to them.
    expect(elsewhere.regionId).not.toBe(inviter.regionId);
    const theirInvitation = await (
      await otherRegion()
    ).coordination.inviteCoordinator({ name: 'Olaf Ooms', email: 'olaf@example.nl', language: 'nl' });
    expect((await mine.coordination.coordinatorInvitations({ page: 1 })).rows.map((i) => i.id)).not.toContain(
      theirInvitation.id,
    );
    await expectRefusedWithoutWrites(
      db,
      () => mine.coordination.revokeInvitation({ invitationId: theirInvitation.id }),
      'NOT_FOUND',
    );

    expect(await anonymous().invitation.lookup({ token })).toEqual({ state: 'used' });
    const open = await theirs.coordination.coordinatorInvitations({ page: 1 });
    expect(open.rows.map((i) => i.email)).not.toContain(email);
    await expectRefusedWithoutWrites(
      db,
      () => anonymous().invitation.acceptCoordinator({ token, password: 'nog een lang wachtwoord' }),
      'CONFLICT',
    );
  });
});
