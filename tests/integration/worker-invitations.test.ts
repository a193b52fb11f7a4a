/**
 * Inviting the workers of an announcement, one by one and by CSV, and a worker accepting: the
 * one-time link (mailed, hashed, expiring, re-sent, revoked, used once), the skills the
 * employer confirms, and the account and profile that accepting creates, which the worker then
 * signs in to.
 */
import { and, asc, count, eq, isNull, ne } from 'drizzle-orm';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  consents,
  invitations,
  jobs,
  memberships,
  occupations,
  outbox,
  redundancies,
  regions,
  skills,
  users,
  workerProfiles,
  workerSkills,
} from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { authenticateWithPassword } from '~/server/auth/identity';
import { hashLinkToken } from '~/server/auth/tokens';
import { addMonths } from '~/server/lib/dates';
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
let announcementId: string;
let announcedOn: string;
let otherFirmAnnouncementId: string;
let otherRegionAnnouncementId: string;
let occupation: { id: string; code: string; labelNl: string };
let skillIds: string[];
let regionId: string;
const missingId = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  database = await createSeededTestDatabase();
  const { db } = database;
  const employer = await sessionUserByEmail(db, demoAccounts.employer);
  regionId = employer.regionId!;
  const [own] = await db
    .select()
    .from(redundancies)
    .where(eq(redundancies.organisationId, employer.organisationId!))
    .orderBy(asc(redundancies.createdAt));
  // The guidance window starts on the announcement's date: make it one that is easy to check.
  await db
    .update(redundancies)
    .set({ announcedOn: '2026-03-15', guidanceWindowMonths: 18 })
    .where(eq(redundancies.id, own!.id));
  announcementId = own!.id;
  announcedOn = '2026-03-15';
  const [other] = await db
    .select({ id: redundancies.id })
    .from(redundancies)
    .where(ne(redundancies.organisationId, employer.organisationId!));
  otherFirmAnnouncementId = other!.id;
  const [elsewhere] = await db
    .select({ id: redundancies.id })
    .from(redundancies)
    .where(ne(redundancies.regionId, regionId));
  otherRegionAnnouncementId = elsewhere!.id;
  const [o] = await db
    .select({ id: occupations.id, code: occupations.code, labelNl: occupations.preferredLabelNl })
    .from(occupations)
    .where(isNull(occupations.retiredAt))
    .orderBy(asc(occupations.code))
    .limit(1);
  occupation = { id: o!.id, code: o!.code, labelNl: o!.labelNl! };
  skillIds = (await db.select({ id: skills.id }).from(skills).orderBy(asc(skills.uri)).limit(3)).map((s) => s.id);
});
afterAll(() => database?.destroy());

const employer = () => callerFor(database.db, demoAccounts.employer, request);
const otherEmployer = () => callerFor(database.db, demoAccounts.otherEmployer, request);
const anonymous = () => anonymousCaller(database.db, request);

const person = (email: string, extra: Record<string, unknown> = {}) => ({
  redundancyId: announcementId,
  name: 'Fatma Yılmaz',
  email,
  roleTitle: 'Operator',
  occupationId: occupation.id,
  language: 'en' as const,
  ...extra,
});

const acceptance = (token: string, extra: Record<string, unknown> = {}) => ({
  token,
  password: 'een lang genoeg wachtwoord',
  privacyStatementVersion: PRIVACY_STATEMENT_VERSION,
  privacyAccepted: true as const,
  homePostcode: '5611 AB',
  birthYear: 1978,
  educationLevel: 'mbo' as const,
  visibility: 'region' as const,
  ...extra,
});

describe('inviting one worker', () => {
  it('stores only the hash of the link and mails the link, in their language, valid for 14 days', async () => {
    const { db } = database;
    const before = Date.now();
    const invited = await (await employer()).invitation.inviteWorker(person('fatma@example.nl'));
    expect(invited).toMatchObject({ kind: 'worker', state: 'valid', sendCount: 1, email: 'fatma@example.nl' });
    expect(invited).not.toHaveProperty('tokenHash');
    const expiresIn = invited.expiresAt.getTime() - before;
    expect(expiresIn).toBeGreaterThan(14 * 86_400_000 - 60_000);
    expect(expiresIn).toBeLessThanOrEqual(14 * 86_400_000 + 60_000);

    const mails = await mailsTo(db, 'fatma@example.nl');
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail).toMatchObject({ language: 'en', dedupeKey: `mail:invitation:${invited.id}:1` });
    expect(mail!.subject).toContain('invites you to Overstap');
    expect(mail!.text).toContain('Dear Fatma Yılmaz');
    expect(mail!.text).toContain('14 days');
    const token = tokenInMail(mail!);
    expect(mail!.text).toContain(`${ORIGIN}/invite/${token}`);
    const [row] = await db.select().from(invitations).where(eq(invitations.id, invited.id));
    expect(row!.tokenHash).toBe(hashLinkToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('mails in Dutch when that is their language, with plural-correct days', async () => {
    await (await employer()).invitation.inviteWorker(person('jan@example.nl', { name: 'Jan Smit', language: 'nl' }));
    const [mail] = await mailsTo(database.db, 'jan@example.nl');
    expect(mail).toMatchObject({ language: 'nl' });
    expect(mail!.subject).toContain('nodigt je uit voor Overstap');
    expect(mail!.text).toContain('Beste Jan Smit');
    expect(mail!.text).toContain('14 dagen');
  });

  it('refuses bad input with 400 naming the field, and writes nothing', async () => {
    const { db } = database;
    const fingerprint = await tableFingerprinter(db);
    const cases: [Record<string, unknown>, string][] = [
      [person('not-an-address'), 'email'],
      [person('a@example.nl', { name: '' }), 'name'],
      [person('a@example.nl', { roleTitle: undefined, occupationId: undefined }), 'roleTitle'],
      [person('a@example.nl', { language: 'de' }), 'language'],
      [person('a@example.nl', { occupationId: missingId }), 'occupationId'],
    ];
    for (const [input, field] of cases) {
      const before = await fingerprint();
      const { status, body } = await postAs<HttpRefusal>(db, demoAccounts.employer, 'invitation.inviteWorker', input);
      expect(status, JSON.stringify(input)).toBe(400);
      expect(Object.keys(body.error!.json.data.fieldErrors ?? {}), body.error!.json.message).toEqual([field]);
      expect(changedTables(before, await fingerprint())).toEqual([]);
    }
  });

  it("answers another firm's announcement, in this region or another, like a missing one", async () => {
    const caller = await employer();
    const invite = (redundancyId: string) => () =>
      caller.invitation.inviteWorker(person('b@example.nl', { redundancyId }));
    const missing = await expectRefusedWithoutWrites(database.db, invite(missingId), 'NOT_FOUND');
    for (const foreignId of [otherFirmAnnouncementId, otherRegionAnnouncementId]) {
      const foreign = await expectRefusedWithoutWrites(database.db, invite(foreignId), 'NOT_FOUND');
      expect(foreign.message).toBe(missing.message);
    }
  });

  it('refuses to invite the same person for the same announcement twice', async () => {
    const caller = await employer();
    await caller.invitation.inviteWorker(person('twice@example.nl'));
    const error = await expectRefusedWithoutWrites(
      database.db,
      () => caller.invitation.inviteWorker(person('TWICE@example.nl')),
      'CONFLICT',
    );
    expect(error.message).toContain('send the invitation again');
  });
});

describe('inviting workers by CSV', () => {
  const goodFile = (code: string, label: string) =>
    [
      'Naam;E-mail;Functie;Beroep;Taal',
      'Piet Jansen;piet.jansen@example.nl;Operator;;nl',
      `Maria Gonzalez;maria.gonzalez@example.nl;;${code};English`,
      `Ahmed Benali;ahmed.benali@example.nl;Lasser;${label.toUpperCase()};`,
    ].join('\n');

  async function invitationCount() {
    const [row] = await database.db
      .select({ n: count() })
      .from(invitations)
      .where(eq(invitations.redundancyId, announcementId));
    return row!.n;
  }

  it('reports every wrong row by line, column and problem, and imports nothing', async () => {
    const { db } = database;
    const caller = await employer();
    const fingerprint = await tableFingerprinter(db);
    const before = await fingerprint();
    const result = await caller.invitation.importWorkers({
      redundancyId: announcementId,
      csv: [
        'naam,e-mail,functie,taal',
        'Piet Jansen,piet@example.nl,Operator,nl',
        'Klaas,not-an-address,Operator,nl',
        'Els de Vries,els@example.nl,,nl',
        'Joop Zoetemelk,PIET@example.nl,Renner,fr',
      ].join('\n'),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { line: 3, column: 'e-mail', problem: 'is not a valid e-mail address' },
      { line: 4, column: 'functie', problem: 'give the role title, the occupation, or both' },
      { line: 5, column: 'e-mail', problem: 'also on line 2' },
      { line: 5, column: 'taal', problem: 'is nl (Nederlands) or en (English)' },
    ]);
    expect(changedTables(before, await fingerprint())).toEqual([]);
  });

  it('reports an occupation the taxonomy does not have, by line and column', async () => {
    const result = await (
      await employer()
    ).invitation.importWorkers({
      redundancyId: announcementId,
      csv: 'name;email;occupation\nPiet Jansen;piet.jansen@example.nl;Ruimtevaarder op Mars\n',
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          line: 2,
          column: 'occupation',
          problem:
            'not an occupation of the taxonomy; write its name as the occupation search shows it, or its ESCO code',
        },
      ],
    });
  });

  it('invites every row with a mail each, occupations found by code or name; the same file again invites nobody twice', async () => {
    const { db } = database;
    const caller = await employer();
    const before = await invitationCount();
    const file = goodFile(occupation.code, occupation.labelNl);
    const first = await caller.invitation.importWorkers({ redundancyId: announcementId, csv: file });
    expect(first).toEqual({ ok: true, invited: 3, alreadyInvited: 0, alreadyInvitedLines: [] });
    expect(await invitationCount()).toBe(before + 3);
    const rows = await db
      .select()
      .from(invitations)
      .where(and(eq(invitations.redundancyId, announcementId), eq(invitations.email, 'maria.gonzalez@example.nl')));
    expect(rows[0]).toMatchObject({ occupationId: occupation.id, language: 'en', roleTitle: null });
    const [ahmed] = await db.select().from(invitations).where(eq(invitations.email, 'ahmed.benali@example.nl'));
    expect(ahmed).toMatchObject({ occupationId: occupation.id, language: 'nl', roleTitle: 'Lasser' });
    const [mail] = await mailsTo(db, 'maria.gonzalez@example.nl');
    expect(mail!.language).toBe('en');
    expect(hashLinkToken(tokenInMail(mail!))).toBe(rows[0]!.tokenHash);

    const [jobsBefore] = await db.select({ n: count() }).from(jobs);
    const second = await caller.invitation.importWorkers({ redundancyId: announcementId, csv: file });
    expect(second).toEqual({ ok: true, invited: 0, alreadyInvited: 3, alreadyInvitedLines: [2, 3, 4] });
    expect(await invitationCount()).toBe(before + 3);
    const [jobsAfter] = await db.select({ n: count() }).from(jobs);
    expect(jobsAfter!.n).toBe(jobsBefore!.n);
  });

  it('reads the sample file in docs/ without a problem', async () => {
    const { db } = database;
    const created = await (
      await employer()
    ).redundancy.create({
      title: 'Proef met het voorbeeldbestand',
      roles: [{ occupationId: occupation.id, count: 5 }],
      expectedDate: '2027-06-30',
      reason: 'structural',
      guidanceWindowMonths: 24,
    });
    const csv = await readFile('docs/worker-invitations.csv', 'utf8');
    const result = await (await employer()).invitation.importWorkers({ redundancyId: created.id, csv });
    expect(result).toMatchObject({ ok: true, alreadyInvited: 0 });
    expect(result.ok && result.invited).toBeGreaterThan(0);
    const [invited] = await db.select({ n: count() }).from(invitations).where(eq(invitations.redundancyId, created.id));
    expect(invited!.n).toBe(result.ok ? result.invited : -1);
  });

  it("refuses another firm's announcement like a missing one", async () => {
    const caller = await employer();
    const csv = goodFile(occupation.code, occupation.labelNl);
    const other = await expectRefusedWithoutWrites(
      database.db,
      () => caller.invitation.importWorkers({ redundancyId: otherFirmAnnouncementId, csv }),
      'NOT_FOUND',
    );
    const missing = await expectRefusedWithoutWrites(
      database.db,
      () => caller.invitation.importWorkers({ redundancyId: missingId, csv }),
      'NOT_FOUND',
    );
    expect(other.message).toBe(missing.message);
  });
});

describe('an invitation link', () => {
  it('tells the page who it is for while it works, and only its state once it does not', async () => {
    const { db } = database;
    const caller = await employer();
    await caller.invitation.inviteWorker(person('lookup@example.nl', { name: 'Lena Look' }));
    const token = await latestToken(db, 'lookup@example.nl');
    expect(await anonymous().invitation.lookup({ token })).toMatchObject({
      state: 'valid',
      kind: 'worker',
      name: 'Lena Look',
      email: 'lookup@example.nl',
      organisationName: expect.any(String),
      privacyStatementVersion: PRIVACY_STATEMENT_VERSION,
    });
    // A token that was never issued says nothing more than that.
    expect(await anonymous().invitation.lookup({ token: 'A'.repeat(43) })).toEqual({ state: 'invalid' });

    await db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.tokenHash, hashLinkToken(token)));
    expect(await anonymous().invitation.lookup({ token })).toEqual({ state: 'expired' });
  });

  it('refuses a malformed token as bad input', async () => {
    const response = await trpcHttp(database.db, 'invitation.lookup', {
      session: null,
      method: 'GET',
      input: { token: 'not a token' },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as HttpRefusal).error!.json.data.fieldErrors).toHaveProperty('token');
  });

  it('is useless once expired: accepting it is refused and writes nothing', async () => {
    const { db } = database;
    await (await employer()).invitation.inviteWorker(person('late@example.nl'));
    const token = await latestToken(db, 'late@example.nl');
    await db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.tokenHash, hashLinkToken(token)));
    const error = await expectRefusedWithoutWrites(
      db,
      () => anonymous().invitation.acceptWorker(acceptance(token)),
      'CONFLICT',
    );
    expect(error.message).toContain('expired');
  });

  it('is replaced when sent again: a new mail, a new link, and the old link dead', async () => {
    const { db } = database;
    const caller = await employer();
    const invited = await caller.invitation.inviteWorker(person('again@example.nl'));
    const oldToken = await latestToken(db, 'again@example.nl');
    // Even an expired link can be sent again.
    await db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, invited.id));
    const resent = await caller.invitation.resend({ invitationId: invited.id });
    expect(resent).toMatchObject({ state: 'valid', sendCount: 2 });
    const mails = await mailsTo(db, 'again@example.nl');
    expect(mails.map((m) => m.dedupeKey)).toEqual([
      `mail:invitation:${invited.id}:1`,
      `mail:invitation:${invited.id}:2`,
    ]);
    const newToken = tokenInMail(mails[1]!);
    expect(newToken).not.toBe(oldToken);
    expect(await anonymous().invitation.lookup({ token: oldToken })).toEqual({ state: 'invalid' });
    expect(await anonymous().invitation.lookup({ token: newToken })).toMatchObject({ state: 'valid' });
    await expectRefusedWithoutWrites(db, () => anonymous().invitation.acceptWorker(acceptance(oldToken)), 'NOT_FOUND');
  });

  it('is useless once revoked, and a revoked invitation is not sent again', async () => {
    const { db } = database;
    const caller = await employer();
    const invited = await caller.invitation.inviteWorker(person('revoked@example.nl'));
    const token = await latestToken(db, 'revoked@example.nl');
    expect((await caller.invitation.revoke({ invitationId: invited.id })).state).toBe('revoked');
    expect((await caller.invitation.revoke({ invitationId: invited.id })).state).toBe('revoked'); // again: no change
    expect(await anonymous().invitation.lookup({ token })).toEqual({ state: 'revoked' });
    await expectRefusedWithoutWrites(db, () => anonymous().invitation.acceptWorker(acceptance(token)), 'CONFLICT');
    await expectRefusedWithoutWrites(db, () => caller.invitation.resend({ invitationId: invited.id }), 'CONFLICT');
    // Inviting the person again brings the invitation back with a new link.
    const again = await caller.invitation.inviteWorker(person('revoked@example.nl', { name: 'Rita Revoked' }));
    expect(again).toMatchObject({ id: invited.id, state: 'valid', name: 'Rita Revoked', sendCount: 2 });
    expect(await latestToken(db, 'revoked@example.nl')).not.toBe(token);
  });

  it('cannot be re-sent, revoked or given skills by another firm (404 as for a missing one)', async () => {
    const { db } = database;
    const invited = await (await employer()).invitation.inviteWorker(person('mine@example.nl'));
    const other = await otherEmployer();
    for (const call of [
      (id: string) => () => other.invitation.resend({ invitationId: id }),
      (id: string) => () => other.invitation.revoke({ invitationId: id }),
      (id: string) => () => other.invitation.setSkills({ invitationId: id, skills: [] }),
    ]) {
      const foreign = await expectRefusedWithoutWrites(db, call(invited.id), 'NOT_FOUND');
      const missing = await expectRefusedWithoutWrites(db, call(missingId), 'NOT_FOUND');
      expect(foreign.message).toBe(missing.message);
    }
  });
});

describe('skills the employer confirms for an invited worker', () => {
  it('are kept on the invitation, replaced as a whole, and checked against the taxonomy', async () => {
    const { db } = database;
    const caller = await employer();
    const invited = await caller.invitation.inviteWorker(person('skilled@example.nl'));
    const set = await caller.invitation.setSkills({
      invitationId: invited.id,
      skills: [
        { skillId: skillIds[0]!, level: 3 },
        { skillId: skillIds[1]!, level: 2 },
      ],
    });
    expect(set.confirmedSkills).toEqual([
      { skillId: skillIds[0], level: 3 },
      { skillId: skillIds[1], level: 2 },
    ]);
    const fingerprint = await tableFingerprinter(db);
    for (const [skills, field] of [
      [[{ skillId: missingId, level: 2 }], 'skills'],
      [[{ skillId: skillIds[0], level: 5 }], 'skills'],
      [
        [
          { skillId: skillIds[0], level: 2 },
          { skillId: skillIds[0], level: 3 },
        ],
        'skills',
      ],
    ] as const) {
      const before = await fingerprint();
      const { status, body } = await postAs<HttpRefusal>(db, demoAccounts.employer, 'invitation.setSkills', {
        invitationId: invited.id,
        skills,
      });
      expect(status).toBe(400);
      expect(Object.keys(body.error!.json.data.fieldErrors ?? {})).toEqual([field]);
      expect(changedTables(before, await fingerprint())).toEqual([]);
    }
  });
});

describe('a worker accepting their invitation', () => {
  const email = 'nieuwe.werknemer@example.nl';
  let token: string;
  let invitationId: string;

  beforeAll(async () => {
    const caller = await employer();
    const invited = await caller.invitation.inviteWorker(
      person(email, { name: 'Noor de Nieuwe', roleTitle: 'Procesoperator', language: 'en' }),
    );
    invitationId = invited.id;
    await caller.invitation.setSkills({ invitationId, skills: [{ skillId: skillIds[2]!, level: 3 }] });
    token = await latestToken(database.db, email);
  });

  it('refuses bad input with 400 naming the field, and writes nothing', async () => {
    const { db } = database;
    const fingerprint = await tableFingerprinter(db);
    const cases: [Record<string, unknown>, string][] = [
      [acceptance(token, { password: 'kort' }), 'password'],
      [acceptance(token, { privacyAccepted: false }), 'privacyAccepted'],
      [acceptance(token, { privacyStatementVersion: '2019-01' }), 'privacyStatementVersion'],
      [acceptance(token, { homePostcode: '0123' }), 'homePostcode'],
      [acceptance(token, { homePostcode: '1000' }), 'homePostcode'], // a postcode nobody has
      [acceptance(token, { birthYear: 1890 }), 'birthYear'],
      [acceptance(token, { educationLevel: 'phd' }), 'educationLevel'],
      [acceptance(token, { visibility: 'everyone' }), 'visibility'],
    ];
    for (const [input, field] of cases) {
      const before = await fingerprint();
      const response = await trpcHttp(db, 'invitation.acceptWorker', { session: null, input });
      const body = (await response.json()) as HttpRefusal;
      expect(response.status, JSON.stringify(input)).toBe(400);
      expect(Object.keys(body.error!.json.data.fieldErrors ?? {}), body.error!.json.message).toEqual([field]);
      expect(changedTables(before, await fingerprint())).toEqual([]);
    }
  });

  it('creates in one go the account, the profile with the guidance window of the announcement, the skills, consent, search update and audit', async () => {
    const { db } = database;
    const result = await anonymous().invitation.acceptWorker(acceptance(token));
    expect(result.email).toBe(email);

    const [user] = await db.select().from(users).where(eq(users.email, email));
    expect(user).toMatchObject({ name: 'Noor de Nieuwe', locale: 'en' });
    expect(user!.passwordHash).not.toContain('een lang genoeg wachtwoord');
    const [membership] = await db.select().from(memberships).where(eq(memberships.userId, user!.id));
    expect(membership).toMatchObject({ role: 'worker', regionId, organisationId: null });

    const [region] = await db.select().from(regions).where(eq(regions.id, regionId));
    const [invitation] = await db.select().from(invitations).where(eq(invitations.id, invitationId));
    const [profile] = await db.select().from(workerProfiles).where(eq(workerProfiles.userId, user!.id));
    expect(profile).toMatchObject({
      id: result.workerId,
      status: 'at_risk',
      regionId,
      currentOrganisationId: invitation!.organisationId,
      redundancyId: announcementId,
      currentOccupationId: occupation.id,
      riskStartDate: announcedOn,
      guidanceDeadline: addMonths(announcedOn, 18),
      homePostcode: '5611',
      homeCity: 'Eindhoven',
      maxCommuteKm: region!.defaultCommuteKm,
      birthYear: 1978,
      educationLevel: 'mbo',
      visibleToEmployers: true,
      openToOtherRegions: false,
      privacyStatementVersion: PRIVACY_STATEMENT_VERSION,
    });
    expect(profile!.homeLat).toBeCloseTo(51.4367, 3);
    expect(profile!.privacyAcceptedAt).toBeInstanceOf(Date);

    const profileSkills = await db.select().from(workerSkills).where(eq(workerSkills.workerId, profile!.id));
    expect(profileSkills).toEqual([
      expect.objectContaining({
        skillId: skillIds[2],
        level: 3,
        source: 'employer',
        confirmedByOrganisationId: invitation!.organisationId,
      }),
    ]);
    const granted = await db.select().from(consents).where(eq(consents.workerId, profile!.id));
    expect(granted.map((c) => [c.scope, c.revokedAt])).toEqual([['profile_anonymous', null]]);
    expect(granted[0]!.grantedAt).toBeInstanceOf(Date);
    expect(await db.select().from(outbox).where(eq(outbox.aggregateId, profile!.id))).not.toHaveLength(0);
    const audit = await db.select().from(auditLog).where(eq(auditLog.subjectId, profile!.id));
    expect(audit.map((a) => a.action)).toContain('invitation.accept');
    expect(invitation).toMatchObject({ acceptedUserId: user!.id });
    expect(invitation!.acceptedAt).toBeInstanceOf(Date);
  });

  it('lets the worker sign in and see their profile with the guidance deadline from the announcement', async () => {
    const { db } = database;
    const check = await authenticateWithPassword(db, email, 'een lang genoeg wachtwoord');
    expect(check).toMatchObject({ ok: true, user: { role: 'worker', regionId } });
    const me = await (await callerFor(db, email)).worker.me();
    expect(me.profile.guidanceDeadline).toBe(addMonths(announcedOn, 18));
    expect(me.skills).toEqual([expect.objectContaining({ skillId: skillIds[2], source: 'employer', level: 3 })]);
    // An employer-confirmed skill is the worker's to see, not to change.
    await expect((await callerFor(db, email)).worker.removeSkill({ skillId: skillIds[2]! })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('refuses a second use of the link and writes nothing', async () => {
    const error = await expectRefusedWithoutWrites(
      database.db,
      () => anonymous().invitation.acceptWorker(acceptance(token, { password: 'een ander wachtwoord' })),
      'CONFLICT',
    );
    expect(error.message).toContain('already been used');
    expect(await anonymous().invitation.lookup({ token })).toEqual({ state: 'used' });
    await expectRefusedWithoutWrites(
      database.db,
      () => employer().then((c) => c.invitation.resend({ invitationId })),
      'CONFLICT',
    );
  });

  it('is used once even when accepted twice at the same moment', async () => {
    const { db } = database;
    await (await employer()).invitation.inviteWorker(person('tegelijk@example.nl'));
    const token = await latestToken(db, 'tegelijk@example.nl');
    const results = await Promise.allSettled([
      anonymous().invitation.acceptWorker(acceptance(token)),
      anonymous().invitation.acceptWorker(acceptance(token)),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'CONFLICT' });
    const [accounts] = await db.select({ n: count() }).from(users).where(eq(users.email, 'tegelijk@example.nl'));
    expect(accounts!.n).toBe(1);
  });

  it('records both consents for a worker who also lets neighbouring regions see them', async () => {
    const { db } = database;
    await (await employer()).invitation.inviteWorker(person('buren@example.nl'));
    const accepted = await anonymous().invitation.acceptWorker(
      acceptance(await latestToken(db, 'buren@example.nl'), { visibility: 'neighbouring_regions' }),
    );
    const granted = await db.select().from(consents).where(eq(consents.workerId, accepted.workerId));
    expect(granted.map((c) => c.scope).sort()).toEqual(['cross_region', 'profile_anonymous']);
  });

  it('records no consent for a worker who chooses not to be visible', async () => {
    const { db } = database;
    await (await employer()).invitation.inviteWorker(person('verborgen@example.nl'));
    const accepted = await anonymous().invitation.acceptWorker(
      acceptance(await latestToken(db, 'verborgen@example.nl'), { visibility: 'hidden' }),
    );
    expect(await db.select().from(consents).where(eq(consents.workerId, accepted.workerId))).toEqual([]);
    const [profile] = await db.select().from(workerProfiles).where(eq(workerProfiles.id, accepted.workerId));
    expect(profile!.visibleToEmployers).toBe(false);
  });

  it('refuses an address that already has an account, and writes nothing', async () => {
    const { db } = database;
    await (await employer()).invitation.inviteWorker(person(demoAccounts.otherEmployer));
    const token = await latestToken(db, demoAccounts.otherEmployer);
    const error = await expectRefusedWithoutWrites(
      db,
      () => anonymous().invitation.acceptWorker(acceptance(token)),
      'CONFLICT',
    );
    expect(error.message).toContain('already exists');
  });

  it('shows up in the announcement: figures and the list, with the skills the employer confirmed', async () => {
    const caller = await employer();
    const rows = await caller.redundancy.cohort({ redundancyId: announcementId });
    const joined = rows.find((r) => r.email === email);
    expect(joined).toMatchObject({
      invitationId: null,
      stage: 'at_risk',
      name: 'Noor de Nieuwe',
      roleTitle: 'Procesoperator',
      guidanceDeadline: addMonths(announcedOn, 18),
      confirmedSkills: [expect.objectContaining({ skillId: skillIds[2], level: 3 })],
    });
    expect(rows.filter((r) => r.email === email)).toHaveLength(1);
    const waiting = rows.find((r) => r.email === 'skilled@example.nl');
    expect(waiting).toMatchObject({ stage: 'invited', workerId: null, invitationId: expect.any(String) });
    const { counts } = await caller.redundancy.get({ redundancyId: announcementId });
    expect(counts.accepted).toBeGreaterThanOrEqual(3);
    expect(counts.invited).toBeGreaterThan(counts.accepted);
  });
});

describe('skills the employer confirms for a worker who joined', () => {
  it('are added with source employer, a self-declared one becomes confirmed, and the worker cannot change them', async () => {
    const { db } = database;
    const caller = await employer();
    const worker = await sessionUserByEmail(db, demoAccounts.worker);
    const [profile] = await db.select().from(workerProfiles).where(eq(workerProfiles.userId, worker.id));
    await db.delete(workerSkills).where(eq(workerSkills.workerId, profile!.id));
    await db.insert(workerSkills).values({ workerId: profile!.id, skillId: skillIds[0]!, level: 1, source: 'self' });

    const result = await caller.atRiskWorker.confirmSkills({
      workerId: profile!.id,
      skills: [
        { skillId: skillIds[0]!, level: 3 },
        { skillId: skillIds[1]!, level: 2 },
      ],
    });
    expect(result.confirmedSkills.map((s) => [s.skillId, s.level]).sort()).toEqual(
      [
        [skillIds[0], 3],
        [skillIds[1], 2],
      ].sort(),
    );
    const rows = await db.select().from(workerSkills).where(eq(workerSkills.workerId, profile!.id));
    expect(rows.every((r) => r.source === 'employer' && r.confirmedByOrganisationId === worker.organisationId)).toBe(
      true,
    );
    const audit = await db.select().from(auditLog).where(eq(auditLog.subjectId, profile!.id));
    expect(audit.map((a) => a.action)).toContain('worker.skill.confirm');
    await expect(
      (await callerFor(db, demoAccounts.worker)).worker.setSkillLevel({ skillId: skillIds[1]!, level: 4 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it("refuses another firm's worker like a missing one, and skills that are not in the taxonomy", async () => {
    const { db } = database;
    const worker = await sessionUserByEmail(db, demoAccounts.worker);
    const [profile] = await db.select().from(workerProfiles).where(eq(workerProfiles.userId, worker.id));
    const other = await otherEmployer();
    const confirm = (workerId: string) => () =>
      other.atRiskWorker.confirmSkills({ workerId, skills: [{ skillId: skillIds[0]!, level: 2 }] });
    const foreign = await expectRefusedWithoutWrites(db, confirm(profile!.id), 'NOT_FOUND');
    const missing = await expectRefusedWithoutWrites(db, confirm(missingId), 'NOT_FOUND');
    expect(foreign.message).toBe(missing.message);

    const fingerprint = await tableFingerprinter(db);
    const before = await fingerprint();
    const { status, body } = await postAs<HttpRefusal>(db, demoAccounts.employer, 'atRiskWorker.confirmSkills', {
      workerId: profile!.id,
      skills: [{ skillId: missingId, level: 2 }],
    });
    expect(status).toBe(400);
    expect(Object.keys(body.error!.json.data.fieldErrors ?? {})).toEqual(['skills']);
    expect(changedTables(before, await fingerprint())).toEqual([]);
  });
});

describe('the contract and weekly hours of the job that disappears', () => {
  const current = async (email: string) => {
    const [row] = await database.db
      .select({ contract: invitations.currentContractType, hours: invitations.currentWeeklyHours })
      .from(invitations)
      .where(and(eq(invitations.redundancyId, announcementId), eq(invitations.email, email)));
    return row;
  };

  it('are optional on the form, kept on the invitation, and refused when wrong (400 naming the field, nothing written)', async () => {
    const { db } = database;
    const caller = await employer();
    const given = await caller.invitation.inviteWorker(
      person('huidig.contract@example.nl', { contractType: 'temporary', weeklyHours: 24 }),
    );
    expect(given).toMatchObject({ contractType: 'temporary', weeklyHours: 24 });
    expect(await current('huidig.contract@example.nl')).toEqual({ contract: 'temporary', hours: 24 });
    await caller.invitation.inviteWorker(person('geen.contract@example.nl'));
    expect(await current('geen.contract@example.nl')).toEqual({ contract: null, hours: null });

    const fingerprint = await tableFingerprinter(db);
    const cases: [Record<string, unknown>, string][] = [
      [person('c@example.nl', { contractType: 'vast' }), 'contractType'],
      [person('c@example.nl', { contractType: 'undisclosed' }), 'contractType'],
      [person('c@example.nl', { weeklyHours: 0 }), 'weeklyHours'],
      [person('c@example.nl', { weeklyHours: 61 }), 'weeklyHours'],
      [person('c@example.nl', { weeklyHours: 24.5 }), 'weeklyHours'],
      [person('c@example.nl', { weeklyHours: '24' }), 'weeklyHours'],
    ];
    for (const [input, field] of cases) {
      const before = await fingerprint();
      const { status, body } = await postAs<HttpRefusal>(db, demoAccounts.employer, 'invitation.inviteWorker', input);
      expect(status, JSON.stringify(input)).toBe(400);
      expect(Object.keys(body.error!.json.data.fieldErrors ?? {}), body.error!.json.message).toEqual([field]);
      expect(changedTables(before, await fingerprint())).toEqual([]);
    }
  });

  it('are read from a CSV file with Dutch or English column names and values', async () => {
    const caller = await employer();
    const dutch = await caller.invitation.importWorkers({
      redundancyId: announcementId,
      csv: [
        'Naam;E-mail;Functie;Contractvorm;Uren per week',
        'Anna Vast;anna.vast@example.nl;Operator;vast;40',
        'Bram Tijdelijk;bram.tijdelijk@example.nl;Operator;Tijdelijk;32',
        'Cor Uitzend;cor.uitzend@example.nl;Operator;uitzendkracht;24',
        'Dina Oproep;dina.oproep@example.nl;Operator;OPROEP;16',
        'Eef Detachering;eef.detachering@example.nl;Operator;detachering;',
        'Fien Leeg;fien.leeg@example.nl;Operator;; 36 ',
      ].join('\n'),
    });
    expect(dutch).toMatchObject({ ok: true, invited: 6 });
    const english = await caller.invitation.importWorkers({
      redundancyId: announcementId,
      csv: [
        'name,email,role,contract type,hours per week',
        'Gijs Permanent,gijs.permanent@example.nl,Operator,Permanent,38',
        'Hans Fixed,hans.fixed@example.nl,Operator,fixed-term,20',
        'Ilse Temp,ilse.temp@example.nl,Operator,temporary,28',
        'Joost Call,joost.call@example.nl,Operator,on call,12',
        'Kim Seconded,kim.seconded@example.nl,Operator,Secondment,60',
      ].join('\n'),
    });
    expect(english).toMatchObject({ ok: true, invited: 5 });
    const expected: [string, string | null, number | null][] = [
      ['anna.vast', 'permanent', 40],
      ['bram.tijdelijk', 'fixed_term', 32],
      ['cor.uitzend', 'temporary', 24],
      ['dina.oproep', 'on_call', 16],
      ['eef.detachering', 'secondment', null],
      ['fien.leeg', null, 36],
      ['gijs.permanent', 'permanent', 38],
      ['hans.fixed', 'fixed_term', 20],
      ['ilse.temp', 'temporary', 28],
      ['joost.call', 'on_call', 12],
      ['kim.seconded', 'secondment', 60],
    ];
    for (const [local, contract, hours] of expected)
      expect(await current(`${local}@example.nl`), local).toEqual({ contract, hours });
  });

  it('in a CSV file, a wrong contract or number of hours is reported by line and column, and nothing is written', async () => {
    const { db } = database;
    const fingerprint = await tableFingerprinter(db);
    const before = await fingerprint();
    const result = await (
      await employer()
    ).invitation.importWorkers({
      redundancyId: announcementId,
      csv: [
        'naam;e-mail;functie;contract;uren',
        'Goed Persoon;goed.persoon@example.nl;Operator;vast;36',
        'Zelf Standig;zzp@example.nl;Operator;zzp;40',
        'Nul Uur;nul.uur@example.nl;Operator;tijdelijk;0',
        'Veel Uur;veel.uur@example.nl;Operator;tijdelijk;61',
        'Half Uur;half.uur@example.nl;Operator;vast;38,5',
        'Woord Uur;woord.uur@example.nl;Operator;vast;veertig',
      ].join('\n'),
    });
    const contractProblem =
      'is vast (permanent), tijdelijk (fixed term), uitzend (temporary), oproep (on call) or detachering (secondment)';
    expect(result).toEqual({
      ok: false,
      issues: [
        { line: 3, column: 'contract', problem: contractProblem },
        { line: 4, column: 'uren', problem: 'is at least 1 hour a week' },
        { line: 5, column: 'uren', problem: 'is at most 60 hours a week' },
        { line: 6, column: 'uren', problem: 'is a whole number of hours, such as 32' },
        { line: 7, column: 'uren', problem: 'is a whole number of hours, such as 32' },
      ],
    });
    expect(changedTables(before, await fingerprint())).toEqual([]);
  });

  it('reach the profile when the invitation is accepted; without them the profile says nothing (not "permanent")', async () => {
    const { db } = database;
    const caller = await employer();
    await caller.invitation.inviteWorker(
      person('met.uren@example.nl', { contractType: 'fixed_term', weeklyHours: 20, language: 'nl' }),
    );
    await caller.invitation.inviteWorker(person('zonder.uren@example.nl', { language: 'nl' }));
    for (const [email, contract, hours] of [
      ['met.uren@example.nl', 'fixed_term', 20],
      ['zonder.uren@example.nl', null, null],
    ] as const) {
      const { workerId } = await anonymous().invitation.acceptWorker(acceptance(await latestToken(db, email)));
      const [profile] = await db.select().from(workerProfiles).where(eq(workerProfiles.id, workerId));
      expect(profile, email).toMatchObject({ currentContractType: contract, currentWeeklyHours: hours, gender: null });
    }
  });
});
