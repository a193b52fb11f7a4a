/**
 * A new firm registers itself: the organisation (pending), its first HR user who can sign in
 * at once and sees only the status, and the mails to that user and the region's coordinators.
 * Bad input is refused at its field with nothing written; a repeated submission creates no
 * second firm; one client address can register only so often.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, jobs, memberships, organisations, regions, users } from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { employers } from '~/db/seed/data';
import { authenticateWithPassword } from '~/server/auth/identity';
import { registrationLimits, type OrganisationRegistration } from '~/server/services/organisation-registration';
import { anonymousCaller, callerFor, trpcHttp } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { changedTables, tableFingerprinter, type TableFingerprints } from '~/tests/helpers/writes';

let database: TestDatabase;
let fingerprint: () => Promise<TableFingerprints>;
let mainRegion: { id: string; name: string };
let otherRegion: { id: string; name: string };

beforeAll(async () => {
  database = await createSeededTestDatabase();
  const { db } = database;
  fingerprint = await tableFingerprinter(db);
  [mainRegion] = (await db
    .select({ id: regions.id, name: regions.name })
    .from(regions)
    .where(eq(regions.slug, 'zuidoost-brabant'))) as [typeof mainRegion];
  [otherRegion] = (await db
    .select({ id: regions.id, name: regions.name })
    .from(regions)
    .where(sql`${regions.slug} <> 'zuidoost-brabant'`)) as [typeof otherRegion];
});
afterAll(() => database?.destroy());

const ORIGIN = 'https://overstap.example';
let n = 0;

/** A valid registration of a firm nobody registered yet, with its own KvK number and e-mail address. */
function newRegistration(overrides: Record<string, unknown> = {}) {
  n += 1;
  return {
    organisationName: `Machinefabriek Dommeldal ${n} B.V.`,
    kvkNumber: String(90_000_000 + n),
    sector: 'high_tech_manufacturing',
    sizeBand: '50-249',
    street: 'Vestdijk 20',
    postalCode: '5611 CA',
    city: 'Eindhoven',
    regionId: mainRegion.id,
    fullName: 'Fleur Hendriks',
    email: `fleur.hendriks.${n}@dommeldal.example`,
    password: 'koffie met appeltaart',
    locale: 'nl',
    ...overrides,
  };
}

interface Answer {
  status: number;
  retryAfter: string | null;
  result?: {
    organisation: { id: string; name: string; approvalStatus: string };
    region: { name: string };
    email: string;
  };
  message?: string;
  fieldErrors?: Record<string, string[]> | null;
}

/** Registers through the real HTTP handler, as the browser would, from the given client address. */
async function register(input: unknown, clientAddress: string | null = null): Promise<Answer> {
  const response = await trpcHttp(database.db, 'organisation.register', {
    session: null,
    input,
    request: { origin: ORIGIN, clientAddress },
  });
  const body = (await response.json()) as {
    result?: { data: { json: Answer['result'] } };
    error?: { json: { message: string; data: { fieldErrors: Record<string, string[]> | null } } };
  };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    result: body.result?.data.json,
    message: body.error?.json.message,
    fieldErrors: body.error?.json.data.fieldErrors,
  };
}

const mailsTo = async (email: string) =>
  (
    await database.db
      .select({ payload: jobs.payload })
      .from(jobs)
      .where(and(eq(jobs.kind, 'mail.send'), sql`${jobs.payload} ->> 'to' = ${email}`))
  ).map((j) => j.payload as { to: string; subject: string; text: string; language: string });

describe('a new firm registers', () => {
  it('creates the pending firm and its HR user, who can sign in at once and sees only the status', async () => {
    const { db } = database;
    const input = newRegistration({ postalCode: '5611ca', locale: 'en' });
    const answer = await register(input, '198.51.100.1');
    expect(answer.status).toBe(200);
    expect(answer.result).toMatchObject({
      organisation: { name: input.organisationName, approvalStatus: 'pending' },
      region: { name: mainRegion.name },
      email: input.email,
    });

    const [firm] = await db.select().from(organisations).where(eq(organisations.id, answer.result!.organisation.id));
    expect(firm).toMatchObject({
      regionId: mainRegion.id,
      kvkNumber: input.kvkNumber,
      sector: 'high_tech_manufacturing',
      sizeBand: '50-249',
      street: 'Vestdijk 20',
      postalCode: '5611 CA', // written as people write it, whatever was typed
      city: 'Eindhoven',
      approvalStatus: 'pending',
      approvedAt: null,
      decidedAt: null,
      employeeCount: null,
    });
    // Coordinates from the built-in postcode table: central Eindhoven.
    expect(firm!.lat).toBeCloseTo(51.44, 1);
    expect(firm!.lon).toBeCloseTo(5.48, 1);

    const [user] = await db.select().from(users).where(eq(users.email, input.email));
    expect(user).toMatchObject({ name: 'Fleur Hendriks', locale: 'en', disabledAt: null });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    const [membership] = await db.select().from(memberships).where(eq(memberships.userId, user!.id));
    expect(membership).toMatchObject({ role: 'employer', organisationId: firm!.id, regionId: mainRegion.id });
    const audit = await db.select().from(auditLog).where(eq(auditLog.subjectId, firm!.id));
    expect(audit).toMatchObject([{ action: 'organisation.register', actorUserId: user!.id, organisationId: firm!.id }]);

    // The HR user signs in with the password they chose, and sees their firm's status and nothing else.
    const signIn = await authenticateWithPassword(db, input.email.toUpperCase(), input.password);
    expect(signIn).toMatchObject({ ok: true, user: { role: 'employer', organisationStatus: 'pending' } });
    const caller = await callerFor(db, input.email);
    await expect(caller.organisation.mine()).resolves.toMatchObject({
      id: firm!.id,
      approvalStatus: 'pending',
      region: { name: mainRegion.name },
      decisionReason: null,
    });
    await expect(caller.vacancy.listMine({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('queues a confirmation to the HR user and a notice to each coordinator of the region, each in their language', async () => {
    const input = newRegistration({ locale: 'en', organisationName: 'Bakkerij Het Zuiden B.V.' });
    expect((await register(input)).status).toBe(200);

    const [confirmation, ...more] = await mailsTo(input.email);
    expect(more).toEqual([]);
    expect(confirmation).toMatchObject({
      language: 'en',
      subject: 'Registration of Bakkerij Het Zuiden B.V. received',
    });
    expect(confirmation!.text).toContain('Dear Fleur Hendriks,');
    expect(confirmation!.text).toContain(`${ORIGIN}/login`);
    expect(confirmation!.text).toContain(input.email);

    const notices = (await mailsTo(demoAccounts.coordinator)).filter((m) => m.subject.includes('Bakkerij Het Zuiden'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      language: 'nl',
      subject: 'Nieuwe werkgever wacht op goedkeuring: Bakkerij Het Zuiden B.V.',
    });
    for (const detail of [
      `KvK-nummer: ${input.kvkNumber}`,
      'Sector: Hightech maakindustrie',
      'Grootte: 50–249 medewerkers',
      'Adres: Vestdijk 20, 5611 CA Eindhoven',
      `Contactpersoon: Fleur Hendriks (${input.email})`,
      `${ORIGIN}/coordinator/approvals`,
    ]) {
      expect(notices[0]!.text).toContain(detail);
    }
    // The other region's coordinator hears nothing of it.
    const elsewhere = await mailsTo(demoAccounts.otherRegionCoordinator);
    expect(elsewhere.filter((m) => m.subject.includes('Bakkerij Het Zuiden'))).toEqual([]);
  });

  it('accepts a KvK number that is registered in another region only', async () => {
    const taken = employers.find((e) => e.region === 'other')!.kvk;
    const answer = await register(newRegistration({ kvkNumber: taken }));
    expect(answer.status).toBe(200);
  });
});

describe('bad input', () => {
  const takenKvk = employers.find((e) => e.region === 'main')!.kvk;
  const cases: [string, Record<string, unknown>, number, string, RegExp][] = [
    ['a KvK number of 7 digits', { kvkNumber: '1234567' }, 400, 'kvkNumber', /8 digits/],
    ['a KvK number with a letter', { kvkNumber: '1234567a' }, 400, 'kvkNumber', /8 digits/],
    ['a KvK number already registered in the region', { kvkNumber: takenKvk }, 409, 'kvkNumber', /already registered/],
    ['a sector not in the list', { sector: 'mining' }, 400, 'sector', /sectors in the list/],
    ['a size band not in the list', { sizeBand: '5-10' }, 400, 'sizeBand', /sizes in the list/],
    ['a postcode that is not Dutch', { postalCode: '56111 AB' }, 400, 'postalCode', /Dutch postcode/],
    [
      'a postcode nobody lives at',
      { postalCode: '1000 AA' },
      400,
      'postalCode',
      /1000 AA is not a Dutch postcode we know/,
    ],
    ['no street', { street: ' ' }, 400, 'street', /street and house number/],
    [
      'a region that does not exist',
      { regionId: '00000000-0000-4000-8000-000000000000' },
      400,
      'regionId',
      /regions in the list/,
    ],
    ['no name of the organisation', { organisationName: '' }, 400, 'organisationName', /name of the organisation/],
    ['an e-mail address that is not one', { email: 'fleur.dommeldal.example' }, 400, 'email', /e-mail address/],
    [
      'an e-mail address with an account',
      { email: demoAccounts.worker.toUpperCase() },
      409,
      'email',
      /already an account/,
    ],
    ['a short password', { password: 'kort' }, 400, 'password', /at least 12 characters/],
    [
      'the e-mail address as password',
      { email: 'f.hendriks@dommeldal.example', password: 'F.Hendriks@dommeldal.example' },
      400,
      'password',
      /not be your e-mail address/,
    ],
    ['a language the app does not speak', { locale: 'de' }, 400, 'locale', /nl or en/],
  ];

  it.each(cases)('refuses %s at that field, and writes nothing', async (_, change, status, field, message) => {
    const before = await fingerprint();
    const answer = await register(newRegistration(change));
    expect(answer.status).toBe(status);
    expect(answer.fieldErrors?.[field]?.join(' ')).toMatch(message);
    expect(answer.message).toMatch(message);
    expect(changedTables(before, await fingerprint())).toEqual([]);
  });
});

describe('a form with several mistakes', () => {
  it('names each field, the password that is the e-mail address included', async () => {
    const email = 'f.hendriks@dommeldal.example';
    const answer = await register(newRegistration({ kvkNumber: '123', postalCode: 'x', email, password: email }));
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.fieldErrors ?? {}).sort()).toEqual(['kvkNumber', 'password', 'postalCode']);
  });
});

describe('a repeated submission', () => {
  it('answers as the first did and creates no second firm, account or mail', async () => {
    const { db } = database;
    const input = newRegistration();
    const first = await register(input);
    const mails = (await db.select({ n: sql<number>`count(*)::int` }).from(jobs))[0]!.n;
    const before = await fingerprint();
    const again = await register(input);
    expect(again).toEqual(first);
    expect(changedTables(before, await fingerprint())).toEqual([]);
    expect((await db.select({ n: sql<number>`count(*)::int` }).from(jobs))[0]!.n).toBe(mails);
  });

  it('sent twice at once, creates one firm and gives both the same answer', async () => {
    const { db } = database;
    const input = newRegistration();
    const [a, b] = await Promise.all([register(input), register(input)]);
    expect(a.status).toBe(200);
    expect(b).toEqual(a);
    const firms = await db.select().from(organisations).where(eq(organisations.kvkNumber, input.kvkNumber));
    expect(firms).toHaveLength(1);
    expect(await mailsTo(input.email)).toHaveLength(1);
  });

  it('is another registration when the password differs: refused as a KvK number already taken', async () => {
    const input = newRegistration();
    await register(input);
    const answer = await register({ ...input, password: 'een heel ander wachtwoord' });
    expect(answer.status).toBe(409);
    expect(answer.fieldErrors).toEqual({ kvkNumber: [expect.stringMatching(/already registered/)] });
  });
});

describe('the limit per client address', () => {
  it(`allows ${registrationLimits.perWindow} attempts per address, then answers 429 and registers nothing`, async () => {
    const { db } = database;
    const address = '203.0.113.77';
    const takenKvk = employers.find((e) => e.region === 'main')!.kvk;
    // Failed attempts count too: probing which firms or addresses are known is what the limit is for.
    for (let i = 0; i < registrationLimits.perWindow; i++) {
      expect((await register(newRegistration({ kvkNumber: takenKvk }), address)).status).toBe(409);
    }
    const input = newRegistration();
    const refused = await register(input, address);
    expect(refused.status).toBe(429);
    expect(refused.message).toMatch(/^Too many registrations from your network\. Try again in \d+ minutes?\.$/);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(registrationLimits.windowSeconds);
    expect(await db.select().from(organisations).where(eq(organisations.kvkNumber, input.kvkNumber))).toEqual([]);

    // Another address is not affected.
    expect((await register(input, '203.0.113.78')).status).toBe(200);
  });

  it('does not count a form refused at its fields before anything is looked up', async () => {
    const address = '203.0.113.90';
    for (let i = 0; i <= registrationLimits.perWindow; i++) {
      expect((await register(newRegistration({ locale: 'fr' }), address)).status).toBe(400);
    }
    expect((await register(newRegistration(), address)).status).toBe(200);
  });

  it('answers the same through a direct caller', async () => {
    const address = '203.0.113.91';
    const caller = anonymousCaller(database.db, { origin: ORIGIN, clientAddress: address });
    const valid = (input: Record<string, unknown>) => input as OrganisationRegistration;
    const taken = { kvkNumber: employers.find((e) => e.region === 'main')!.kvk };
    for (let i = 0; i < registrationLimits.perWindow; i++) {
      await expect(caller.organisation.register(valid(newRegistration(taken)))).rejects.toMatchObject({
        code: 'CONFLICT',
      });
    }
    await expect(caller.organisation.register(valid(newRegistration()))).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
    });
  });
});

describe('the public list of regions', () => {
  it('gives every region by its name and nothing more, to anyone', async () => {
    const all = await database.db.select({ id: regions.id, name: regions.name }).from(regions);
    const list = await anonymousCaller(database.db).region.listPublic();
    expect(list).toHaveLength(all.length);
    expect(list).toEqual(expect.arrayContaining([mainRegion, otherRegion]));
    for (const region of list) expect(Object.keys(region).sort()).toEqual(['id', 'name']);
  });
});
