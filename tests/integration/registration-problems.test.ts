/**
 * The registration form and the approval queue show the API's refusals in the user's language
 * by recognising its English sentences (app/register/registration-problems.ts,
 * app/(coordinator)/coordinator/approvals/decision-problems.ts). These tests feed them what the
 * real HTTP handler answers, so a reworded API message shows up here rather than as a vaguer
 * sentence in the browser.
 */
import { eq, sql } from 'drizzle-orm';
import { createTranslator } from 'next-intl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reasonProblemOf } from '~/app/(coordinator)/coordinator/approvals/decision-problems';
import {
  problemMessage,
  registrationFields,
  registrationProblems,
  type RegistrationField,
  type RegistrationProblem,
} from '~/app/register/registration-problems';
import { organisations, regions } from '~/db/schema';
import { employers } from '~/db/seed/data';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { formats, intlLocales, locales, messages, timeZone } from '~/i18n/config';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '~/server/auth/password-policy';
import { registrationLimits } from '~/server/services/organisation-registration';
import { sessionFor, trpcHttp } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';

let database: TestDatabase;
let regionId: string;

beforeAll(async () => {
  database = await createSeededTestDatabase();
  [{ id: regionId }] = (await database.db
    .select({ id: regions.id })
    .from(regions)
    .where(eq(regions.slug, 'zuidoost-brabant'))) as [{ id: string }];
});
afterAll(() => database?.destroy());

let n = 0;
function registration(overrides: Record<string, unknown> = {}) {
  n += 1;
  return {
    organisationName: `Metaalbewerking De Kempen ${n} B.V.`,
    kvkNumber: String(91_000_000 + n),
    sector: 'high_tech_manufacturing',
    sizeBand: '10-49',
    street: 'Hoofdstraat 1',
    postalCode: '5611 CA',
    city: 'Eindhoven',
    regionId,
    fullName: 'Sem de Wit',
    email: `sem.de.wit.${n}@kempen.example`,
    password: 'een lange zin als wachtwoord',
    locale: 'nl',
    ...overrides,
  };
}

interface Refusal {
  status: number;
  fieldErrors: Record<string, string[]> | null;
  retryAfterSeconds: number | null;
}

/** The refusal of a registration, as the browser's client receives it. */
async function refusalOf(input: unknown, clientAddress: string | null = null): Promise<Refusal> {
  const response = await trpcHttp(database.db, 'organisation.register', {
    session: null,
    input,
    request: { origin: 'https://overstap.example', clientAddress },
  });
  const body = (await response.json()) as {
    error?: { json: { data: { fieldErrors: Record<string, string[]> | null; retryAfterSeconds: number | null } } };
  };
  expect(body.error, `expected a refusal, got ${response.status}`).toBeDefined();
  return { status: response.status, ...body.error!.json.data };
}

async function problemsOf(input: unknown) {
  return registrationProblems((await refusalOf(input)).fieldErrors);
}

const translators = locales.map((locale) => ({
  locale,
  t: createTranslator({
    locale: intlLocales[locale],
    messages: messages[locale],
    namespace: 'registration.errors',
    timeZone,
    formats,
  }),
}));

describe('the registration form words the API’s refusals itself', () => {
  it('names what each field needs when everything is wrong at once', async () => {
    const problems = await problemsOf({
      organisationName: '',
      kvkNumber: '1234',
      sector: '',
      sizeBand: '',
      street: '',
      postalCode: 'abc',
      city: '',
      regionId: '',
      fullName: '',
      email: 'not an address',
      password: 'kort',
      locale: 'de',
    });
    const expected: Record<RegistrationField, RegistrationProblem> = {
      organisationName: { kind: 'expected' },
      kvkNumber: { kind: 'expected' },
      sector: { kind: 'expected' },
      sizeBand: { kind: 'expected' },
      street: { kind: 'expected' },
      postalCode: { kind: 'expected' },
      city: { kind: 'expected' },
      regionId: { kind: 'expected' },
      fullName: { kind: 'expected' },
      email: { kind: 'expected' },
      password: { kind: 'passwordTooShort', min: PASSWORD_MIN_LENGTH },
      locale: { kind: 'expected' },
    };
    expect(problems).toEqual(expected);
  });

  it('recognises a KvK number already registered in the region', async () => {
    const taken = employers.find((e) => e.region === 'main')!;
    expect(await problemsOf(registration({ kvkNumber: taken.kvk }))).toEqual({ kvkNumber: { kind: 'kvkTaken' } });
  });

  it('recognises a postcode that is not in the table, and says which', async () => {
    expect(await problemsOf(registration({ postalCode: '1000zz' }))).toEqual({
      postalCode: { kind: 'postalCodeUnknown', postcode: '1000 ZZ' },
    });
  });

  it('recognises an e-mail address that already has an account', async () => {
    expect(await problemsOf(registration({ email: demoAccounts.coordinator }))).toEqual({
      email: { kind: 'emailTaken' },
    });
  });

  it('recognises each password rule', async () => {
    const email = 'fenna.bos@kempen.example';
    expect(await problemsOf(registration({ email, password: email }))).toEqual({
      password: { kind: 'passwordIsEmail' },
    });
    expect(await problemsOf(registration({ email, password: 'fenna.bos' }))).toEqual({
      password: { kind: 'passwordTooShort', min: PASSWORD_MIN_LENGTH },
    });
    expect(
      await problemsOf(registration({ email: 'fenna.bos.lang@kempen.example', password: 'fenna.bos.lang' })),
    ).toEqual({ password: { kind: 'passwordIsEmail' } });
    expect(await problemsOf(registration({ password: 'x'.repeat(PASSWORD_MAX_LENGTH + 1) }))).toEqual({
      password: { kind: 'passwordTooLong', max: PASSWORD_MAX_LENGTH },
    });
    expect(await problemsOf(registration({ password: 'wachtwoord\u0007met bel' }))).toEqual({
      password: { kind: 'passwordCharacters' },
    });
  });

  it('recognises text that is too long or cannot be read back', async () => {
    expect(await problemsOf(registration({ organisationName: 'B'.repeat(201), city: 'Eind\u202Ehoven' }))).toEqual({
      organisationName: { kind: 'tooLong', max: 200 },
      city: { kind: 'unreadable' },
    });
    expect(await problemsOf(registration({ fullName: '\u200B\u200B\u200B', street: 'Markt\u00001' }))).toEqual({
      fullName: { kind: 'unreadable' },
      street: { kind: 'unreadable' },
    });
  });

  it('answers too many attempts with the seconds until the next one may be made', async () => {
    const taken = employers.find((e) => e.region === 'main')!;
    const address = '203.0.113.77';
    for (let i = 0; i < registrationLimits.perWindow; i += 1) {
      await refusalOf(registration({ kvkNumber: taken.kvk }), address);
    }
    const refusal = await refusalOf(registration(), address);
    expect(refusal.status).toBe(429);
    expect(refusal.retryAfterSeconds).toBeGreaterThan(0);
    expect(refusal.retryAfterSeconds).toBeLessThanOrEqual(registrationLimits.windowSeconds);
    const [{ registered }] = (await database.db
      .select({ registered: sql<number>`count(*)`.mapWith(Number) })
      .from(organisations)
      .where(sql`${organisations.kvkNumber} like '91%'`)) as [{ registered: number }];
    expect(registered).toBe(0);
  });

  it('has a sentence for every field and problem in both languages, none of them the API’s English', () => {
    const problems: RegistrationProblem[] = [
      { kind: 'expected' },
      { kind: 'kvkTaken' },
      { kind: 'postalCodeUnknown', postcode: '1000 ZZ' },
      { kind: 'emailTaken' },
      { kind: 'passwordTooShort', min: 12 },
      { kind: 'passwordTooLong', max: 128 },
      { kind: 'passwordCharacters' },
      { kind: 'passwordIsEmail' },
      { kind: 'tooLong', max: 200 },
      { kind: 'unreadable' },
    ];
    for (const { locale, t } of translators) {
      for (const field of registrationFields) {
        for (const problem of problems) {
          const sentence = problemMessage(t, field, problem, PASSWORD_MIN_LENGTH);
          expect(sentence, `${locale} ${field} ${problem.kind}`).toMatch(/\S/);
          expect(sentence).not.toMatch(/registration\.errors|must be|needs the/);
        }
      }
    }
    const [nl, en] = translators;
    expect(problemMessage(nl!.t, 'postalCode', { kind: 'postalCodeUnknown', postcode: '1000 ZZ' }, 12)).toBe(
      'Postcode 1000 ZZ kennen we niet. Controleer de postcode.',
    );
    expect(problemMessage(en!.t, 'password', { kind: 'expected' }, 12)).toBe(
      'Choose a password of at least 12 characters.',
    );
  });
});

describe('the approval queue words the API’s refusals of a reason itself', () => {
  async function refusalOfDecision(reason: string | null) {
    const [firm] = await database.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.approvalStatus, 'pending'));
    const response = await trpcHttp(database.db, 'organisation.decideApproval', {
      session: await sessionFor(database.db, demoAccounts.coordinator),
      input: { organisationId: firm!.id, decision: 'rejected', reason },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { json: { data: { fieldErrors: Record<string, string[]> } } } };
    return reasonProblemOf(body.error.json.data.fieldErrors);
  }

  it('recognises a rejection without a reason, a reason too long and one that cannot be read back', async () => {
    expect(await refusalOfDecision(null)).toEqual({ kind: 'required' });
    expect(await refusalOfDecision('   ')).toEqual({ kind: 'required' });
    expect(await refusalOfDecision('x'.repeat(2_001))).toEqual({ kind: 'tooLong', max: 2_000 });
    expect(await refusalOfDecision('Geen KvK\u202E-inschrijving')).toEqual({ kind: 'unreadable' });
  });
});
