/**
 * The coordinator's approval queue: the region's firms awaiting a decision with what they
 * registered; approving or rejecting one (with a reason, required when rejecting), idempotent,
 * audited and mailed to the firm's HR users in their language; the firm's status page carries
 * the reason. Another region's firm answers like a missing one.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, jobs, organisations, regions, users } from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { PAGE_SIZE } from '~/server/lib/pagination';
import type { OrganisationRegistration } from '~/server/services/organisation-registration';
import { anonymousCaller, callerFor, sessionFor, trpcHttp } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { changedTables, tableFingerprinter, type TableFingerprints } from '~/tests/helpers/writes';

let database: TestDatabase;
let fingerprint: () => Promise<TableFingerprints>;
let mainRegionId: string;
let otherRegionId: string;

beforeAll(async () => {
  database = await createSeededTestDatabase();
  const { db } = database;
  fingerprint = await tableFingerprinter(db);
  const all = await db.select({ id: regions.id, slug: regions.slug }).from(regions);
  mainRegionId = all.find((r) => r.slug === 'zuidoost-brabant')!.id;
  otherRegionId = all.find((r) => r.slug !== 'zuidoost-brabant')!.id;
});
afterAll(() => database?.destroy());

const ORIGIN = 'https://overstap.example';
let n = 0;

/** Registers a new firm as its HR user would, and returns it with that user's e-mail address. */
async function registeredFirm(overrides: Partial<OrganisationRegistration> = {}) {
  n += 1;
  const input: OrganisationRegistration = {
    organisationName: `Kunststofverwerking Brabant ${n} B.V.`,
    kvkNumber: String(80_000_000 + n),
    sector: 'food',
    sizeBand: '10-49',
    street: 'Kanaaldijk 3',
    postalCode: '5701 NA',
    city: 'Helmond',
    regionId: mainRegionId,
    fullName: `Joris van Dijk ${n}`,
    email: `joris.${n}@brabant-kunststof.example`,
    password: 'fietsen langs het kanaal',
    locale: 'nl',
    ...overrides,
  };
  const result = await anonymousCaller(database.db, { origin: ORIGIN, clientAddress: null }).organisation.register(
    input,
  );
  return { id: result.organisation.id, name: input.organisationName, email: input.email, input };
}

const coordinator = () => callerFor(database.db, demoAccounts.coordinator);

/** A decision through the real HTTP handler, as the coordinator's browser would send it. */
async function decide(input: unknown, email: string = demoAccounts.coordinator) {
  const response = await trpcHttp(database.db, 'organisation.decideApproval', {
    session: await sessionFor(database.db, email),
    input,
    request: { origin: ORIGIN, clientAddress: '192.0.2.10' },
  });
  const body = (await response.json()) as {
    result?: { data: { json: Record<string, unknown> } };
    error?: { json: { message: string; data: { fieldErrors: Record<string, string[]> | null } } };
  };
  return { status: response.status, result: body.result?.data.json, error: body.error?.json };
}

const mailsTo = async (email: string) =>
  (
    await database.db
      .select({ payload: jobs.payload })
      .from(jobs)
      .where(and(eq(jobs.kind, 'mail.send'), sql`${jobs.payload} ->> 'to' = ${email}`))
      .orderBy(jobs.id)
  ).map((j) => j.payload as { subject: string; text: string; language: string });

describe('the approval queue', () => {
  it("lists the region's firms awaiting a decision, the longest waiting first, with what they registered", async () => {
    const { db } = database;
    const first = await registeredFirm();
    const second = await registeredFirm({ sector: 'logistics', sizeBand: '250+' });
    const elsewhere = await registeredFirm({ regionId: otherRegionId });
    const queue = await (await coordinator()).organisation.approvalQueue({ page: 1 });

    const pendingInRegion = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.regionId, mainRegionId), eq(organisations.approvalStatus, 'pending')));
    expect(queue.total).toBe(pendingInRegion.length);
    expect(queue.pageSize).toBe(PAGE_SIZE);
    const ids = queue.rows.map((r) => r.id);
    expect(ids).not.toContain(elsewhere.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    expect(queue.rows.find((r) => r.id === second.id)).toEqual({
      id: second.id,
      name: second.name,
      kvkNumber: second.input.kvkNumber,
      sector: 'logistics',
      sizeBand: '250+',
      street: 'Kanaaldijk 3',
      postalCode: '5701 NA',
      city: 'Helmond',
      registeredAt: expect.any(Date),
      contacts: [{ name: second.input.fullName, email: second.email }],
    });
    // Every row is a pending firm of the region; the seeded firms awaiting approval are there too.
    expect(new Set(ids)).toEqual(new Set(pendingInRegion.map((r) => r.id)));

    const otherQueue = await (await callerFor(db, demoAccounts.otherRegionCoordinator)).organisation.approvalQueue({});
    expect(otherQueue.rows.map((r) => r.id)).toContain(elsewhere.id);
    expect(otherQueue.rows.map((r) => r.id)).not.toContain(first.id);
  });

  it('pages: a page past the end is empty, with the same total', async () => {
    const caller = await coordinator();
    const firstPage = await caller.organisation.approvalQueue({});
    const far = await caller.organisation.approvalQueue({ page: 40 });
    expect(far).toEqual({ rows: [], total: firstPage.total, page: 40, pageSize: PAGE_SIZE });
  });
});

describe('approving', () => {
  it('approves with an optional note, audits it, mails the HR users in their language, and opens the portal', async () => {
    const { db } = database;
    const firm = await registeredFirm({ locale: 'en' });
    const [coordinatorUser] = await db.select().from(users).where(eq(users.email, demoAccounts.coordinator));
    await expect((await callerFor(db, firm.email)).vacancy.listMine({})).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const answer = await decide({ organisationId: firm.id, decision: 'approved', reason: 'Welkom! / Welcome!' });
    expect(answer.status).toBe(200);
    expect(answer.result).toMatchObject({
      id: firm.id,
      approvalStatus: 'approved',
      decisionReason: 'Welkom! / Welcome!',
    });
    const [stored] = await db.select().from(organisations).where(eq(organisations.id, firm.id));
    expect(stored).toMatchObject({ approvalStatus: 'approved', approvedByUserId: coordinatorUser!.id });
    expect(stored!.approvedAt).toEqual(stored!.decidedAt);

    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, firm.id), eq(auditLog.action, 'organisation.approved')));
    expect(audit).toMatchObject([
      { actorUserId: coordinatorUser!.id, metadata: { previousStatus: 'pending', reason: 'Welkom! / Welcome!' } },
    ]);

    const [, decision] = await mailsTo(firm.email); // the first is the registration's confirmation
    expect(decision).toMatchObject({ language: 'en', subject: `${firm.name} has been approved for Overstap` });
    expect(decision!.text).toContain('Note from the regional coordinator: Welkom! / Welcome!');
    expect(decision!.text).toContain(`${ORIGIN}/login`);

    // The firm's HR user now reaches the employer portal.
    await expect((await callerFor(db, firm.email)).vacancy.listMine({})).resolves.toMatchObject({ rows: [], total: 0 });
  });

  it('approves without a note too', async () => {
    const firm = await registeredFirm();
    const answer = await decide({ organisationId: firm.id, decision: 'approved' });
    expect(answer.result).toMatchObject({ approvalStatus: 'approved', decisionReason: null });
    const [, decision] = await mailsTo(firm.email);
    expect(decision).toMatchObject({ language: 'nl', subject: `${firm.name} is goedgekeurd voor Overstap` });
    expect(decision!.text).not.toContain('Toelichting');
  });

  it('is idempotent: the same decision again changes nothing and sends nothing', async () => {
    const firm = await registeredFirm();
    const first = await decide({ organisationId: firm.id, decision: 'approved' });
    const before = await fingerprint();
    const again = await decide({ organisationId: firm.id, decision: 'approved', reason: 'Nog eens.' });
    expect(again).toEqual(first);
    expect(changedTables(before, await fingerprint())).toEqual([]);
  });
});

describe('rejecting', () => {
  it('needs a reason: without one it is refused at that field and nothing is written', async () => {
    const firm = await registeredFirm();
    for (const reason of [undefined, null, '', '   ']) {
      const before = await fingerprint();
      const answer = await decide({ organisationId: firm.id, decision: 'rejected', reason });
      expect(answer.status).toBe(400);
      expect(answer.error?.data.fieldErrors).toEqual({ reason: ['a rejection needs a reason the firm can read'] });
      expect(changedTables(before, await fingerprint())).toEqual([]);
    }
  });

  it('rejects with the reason, which the firm reads on its status page and in the mail', async () => {
    const { db } = database;
    const firm = await registeredFirm();
    const reason = 'Dit KvK-nummer hoort bij een andere onderneming.';
    const answer = await decide({ organisationId: firm.id, decision: 'rejected', reason });
    expect(answer.result).toMatchObject({ approvalStatus: 'rejected', decisionReason: reason, approvedAt: null });

    const hr = await callerFor(db, firm.email);
    await expect(hr.organisation.mine()).resolves.toMatchObject({
      approvalStatus: 'rejected',
      decisionReason: reason,
      decidedAt: expect.any(Date),
    });
    await expect(hr.vacancy.listMine({})).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const [, decision] = await mailsTo(firm.email);
    expect(decision).toMatchObject({ language: 'nl', subject: `Aanmelding van ${firm.name} afgewezen` });
    expect(decision!.text).toContain(`Reden: ${reason}`);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, firm.id), eq(auditLog.action, 'organisation.rejected')));
    expect(audit).toMatchObject([{ metadata: { previousStatus: 'pending', reason } }]);
  });

  it('can be reconsidered: a rejected firm approved later hears of it again', async () => {
    const firm = await registeredFirm();
    await decide({ organisationId: firm.id, decision: 'rejected', reason: 'Eerst bellen.' });
    const approved = await decide({ organisationId: firm.id, decision: 'approved' });
    expect(approved.result).toMatchObject({ approvalStatus: 'approved', decisionReason: null });
    expect((await mailsTo(firm.email)).map((m) => m.subject)).toEqual([
      `Aanmelding van ${firm.name} ontvangen`,
      `Aanmelding van ${firm.name} afgewezen`,
      `${firm.name} is goedgekeurd voor Overstap`,
    ]);
  });
});

describe("another region's firm", () => {
  it('answers 404 exactly as a firm that does not exist, and stays as it was', async () => {
    const elsewhere = await registeredFirm({ regionId: otherRegionId });
    for (const decision of [
      { organisationId: elsewhere.id, decision: 'approved' },
      { organisationId: elsewhere.id, decision: 'rejected', reason: 'Niet van mij.' },
      { organisationId: '00000000-0000-4000-8000-000000000000', decision: 'approved' },
    ]) {
      const before = await fingerprint();
      const answer = await decide(decision);
      expect(answer.status).toBe(404);
      expect(answer.error?.message).toBe('Organisation not found.');
      expect(changedTables(before, await fingerprint())).toEqual([]);
    }
    // Its own coordinator can decide it.
    const own = await decide(
      { organisationId: elsewhere.id, decision: 'approved' },
      demoAccounts.otherRegionCoordinator,
    );
    expect(own.result).toMatchObject({ approvalStatus: 'approved' });
  });
});
