/**
 * An approved firm's HR invites colleagues by e-mail; a colleague accepts with a password and
 * becomes HR of the same firm. The firm lists, re-sends and revokes its open invitations;
 * another firm's answer like missing ones.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, invitations, memberships, users } from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { authenticateWithPassword } from '~/server/auth/identity';
import { hashLinkToken } from '~/server/auth/tokens';
import { PRIVACY_STATEMENT_VERSION } from '~/server/lib/privacy-statement';
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

const employer = () => callerFor(database.db, demoAccounts.employer, request);
const anonymous = () => anonymousCaller(database.db, request);
const missingId = '00000000-0000-4000-8000-000000000000';

describe('inviting a colleague', () => {
  it('mails a one-time link in their language and lists the invitation as open', async () => {
    const { db } = database;
    const invited = await (
      await employer()
    ).invitation.inviteColleague({ name: 'Els de Vries', email: 'Els.deVries@example.nl', language: 'nl' });
    expect(invited).toMatchObject({ kind: 'colleague', state: 'valid', email: 'els.devries@example.nl' });
    const [mail] = await mailsTo(db, 'els.devries@example.nl');
    expect(mail).toMatchObject({ language: 'nl', dedupeKey: `mail:invitation:${invited.id}:1` });
    expect(mail!.text).toContain('Beste Els de Vries');
    const token = tokenInMail(mail!);
    expect(mail!.text).toContain(`${ORIGIN}/invite/${token}`);
    const [row] = await db.select().from(invitations).where(eq(invitations.id, invited.id));
    expect(row!.tokenHash).toBe(hashLinkToken(token));

    const open = await (await employer()).invitation.listColleagues();
    expect(open.map((i) => i.email)).toContain('els.devries@example.nl');
    expect(open[0]).not.toHaveProperty('tokenHash');
    // Another firm does not see it.
    const theirs = await (await callerFor(db, demoAccounts.otherEmployer)).invitation.listColleagues();
    expect(theirs.map((i) => i.id)).not.toContain(invited.id);

    expect(await anonymous().invitation.lookup({ token })).toMatchObject({
      state: 'valid',
      kind: 'colleague',
      name: 'Els de Vries',
      privacyStatementVersion: null,
    });
  });

  it('refuses bad input with 400 naming the field, and writes nothing', async () => {
    const { db } = database;
    const fingerprint = await tableFingerprinter(db);
    for (const [input, field] of [
      [{ name: 'Els', email: 'els@', language: 'nl' }, 'email'],
      [{ name: '\u200B', email: 'els2@example.nl', language: 'nl' }, 'name'],
      [{ name: 'Els', email: 'els2@example.nl', language: 'fr' }, 'language'],
    ] as const) {
      const before = await fingerprint();
      const { status, body } = await postAs<HttpRefusal>(
        db,
        demoAccounts.employer,
        'invitation.inviteColleague',
        input,
      );
      expect(status).toBe(400);
      expect(Object.keys(body.error!.json.data.fieldErrors ?? {})).toEqual([field]);
      expect(changedTables(before, await fingerprint())).toEqual([]);
    }
  });

  it('refuses a second open invitation for the same address', async () => {
    const caller = await employer();
    await caller.invitation.inviteColleague({ name: 'Bram Bos', email: 'bram@example.nl', language: 'en' });
    const error = await expectRefusedWithoutWrites(
      database.db,
      () => caller.invitation.inviteColleague({ name: 'Bram Bos', email: 'bram@example.nl', language: 'en' }),
      'CONFLICT',
    );
    expect(error.message).toContain('send the invitation again');
  });

  it('can be sent again (the old link dies) and revoked (it leaves the list)', async () => {
    const { db } = database;
    const caller = await employer();
    const invited = await caller.invitation.inviteColleague({
      name: 'Carla Claes',
      email: 'carla@example.nl',
      language: 'en',
    });
    const oldToken = await latestToken(db, 'carla@example.nl');
    await caller.invitation.resend({ invitationId: invited.id });
    const newToken = await latestToken(db, 'carla@example.nl');
    expect(newToken).not.toBe(oldToken);
    expect(await anonymous().invitation.lookup({ token: oldToken })).toEqual({ state: 'invalid' });

    await caller.invitation.revoke({ invitationId: invited.id });
    expect((await caller.invitation.listColleagues()).map((i) => i.id)).not.toContain(invited.id);
    expect(await anonymous().invitation.lookup({ token: newToken })).toEqual({ state: 'revoked' });
    // Revoked, the address can be invited afresh.
    await caller.invitation.inviteColleague({ name: 'Carla Claes', email: 'carla@example.nl', language: 'en' });
  });

  it("refuses another firm's invitation like a missing one", async () => {
    const { db } = database;
    const invited = await (
      await employer()
    ).invitation.inviteColleague({ name: 'Dirk Dekker', email: 'dirk@example.nl', language: 'nl' });
    const other = await callerFor(db, demoAccounts.otherEmployer, request);
    for (const call of [
      (id: string) => () => other.invitation.resend({ invitationId: id }),
      (id: string) => () => other.invitation.revoke({ invitationId: id }),
    ]) {
      const foreign = await expectRefusedWithoutWrites(db, call(invited.id), 'NOT_FOUND');
      const missing = await expectRefusedWithoutWrites(db, call(missingId), 'NOT_FOUND');
      expect(foreign.message).toBe(missing.message);
    }
  });
});

describe('a colleague accepting', () => {
  const email = 'hanna.hr@example.nl';
  let token: string;

  beforeAll(async () => {
    await (await employer()).invitation.inviteColleague({ name: 'Hanna Hofman', email, language: 'en' });
    token = await latestToken(database.db, email);
  });

  it('refuses a password that is too short, and writes nothing', async () => {
    const { db } = database;
    const fingerprint = await tableFingerprinter(db);
    const before = await fingerprint();
    const response = await trpcHttp(db, 'invitation.acceptColleague', {
      session: null,
      input: { token, password: 'kort' },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as HttpRefusal).error!.json.data.fieldErrors).toHaveProperty('password');
    expect(changedTables(before, await fingerprint())).toEqual([]);
  });

  it('does not take a worker invitation link', async () => {
    const { db } = database;
    // A colleague link given to the worker procedure answers like an unknown link.
    await expectRefusedWithoutWrites(
      db,
      () =>
        anonymous().invitation.acceptWorker({
          token,
          password: 'een lang genoeg wachtwoord',
          privacyStatementVersion: PRIVACY_STATEMENT_VERSION,
          privacyAccepted: true,
          homePostcode: '5611',
          birthYear: 1980,
          educationLevel: 'hbo',
          visibility: 'hidden',
        }),
      'NOT_FOUND',
    );
  });

  it('joins the same organisation as HR, signs in and works there; the link is then used', async () => {
    const { db } = database;
    const inviter = await sessionUserByEmail(db, demoAccounts.employer);
    const result = await anonymous().invitation.acceptColleague({ token, password: 'nog een lang wachtwoord' });
    expect(result.email).toBe(email);
    const [user] = await db.select().from(users).where(eq(users.email, email));
    expect(user).toMatchObject({ name: 'Hanna Hofman', locale: 'en' });
    const [membership] = await db.select().from(memberships).where(eq(memberships.userId, user!.id));
    expect(membership).toMatchObject({
      role: 'employer',
      organisationId: inviter.organisationId,
      regionId: inviter.regionId,
    });
    const audit = await db.select().from(auditLog).where(eq(auditLog.subjectId, user!.id));
    expect(audit.map((a) => a.action)).toContain('invitation.accept');

    const check = await authenticateWithPassword(db, email, 'nog een lang wachtwoord');
    expect(check).toMatchObject({
      ok: true,
      user: { role: 'employer', organisationId: inviter.organisationId, organisationStatus: 'approved' },
    });
    const own = await (await callerFor(db, demoAccounts.employer)).redundancy.listMine();
    expect((await (await callerFor(db, email)).redundancy.listMine()).map((r) => r.id)).toEqual(own.map((r) => r.id));

    expect(await anonymous().invitation.lookup({ token })).toEqual({ state: 'used' });
    expect((await (await employer()).invitation.listColleagues()).map((i) => i.email)).not.toContain(email);
    await expectRefusedWithoutWrites(
      db,
      () => anonymous().invitation.acceptColleague({ token, password: 'nog een lang wachtwoord' }),
      'CONFLICT',
    );
  });
});
