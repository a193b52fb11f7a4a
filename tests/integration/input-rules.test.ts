/**
 * Input that looks valid but cannot be stored, searched or shown honestly is refused at the
 * edge with a 400 that names the field, and nothing is written: control characters, lone
 * surrogates, direction overrides, invisible-only text, impossible or out-of-range dates, a
 * vacancy that would close before it opens, and references to taxonomy entries that are not
 * there. Reads of an unknown id answer 404. All over HTTP through the real handler.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { occupations } from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { addDays } from '~/server/lib/dates';
import { todayIso } from '~/server/lib/input';
import { getAs, postAs } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { changedTables, tableFingerprinter, type TableFingerprints } from '~/tests/helpers/writes';

interface ErrorBody {
  error?: { json: { message: string; data: { httpStatus: number; fieldErrors: Record<string, string[]> | null } } };
}

let database: TestDatabase;
let fingerprint: () => Promise<TableFingerprints>;
let retiredOccupationId: string;

beforeAll(async () => {
  database = await createSeededTestDatabase();
  const { db } = database;
  const [retired] = await db.select({ id: occupations.id }).from(occupations).limit(1);
  await db.update(occupations).set({ retiredAt: new Date() }).where(eq(occupations.id, retired!.id));
  retiredOccupationId = retired!.id;
  fingerprint = await tableFingerprinter(db);
});
afterAll(() => database?.destroy());

const unknownId = '00000000-0000-4000-8000-000000000000';

const validVacancy = {
  title: 'Monteur mechatronica',
  description: 'Onderhoud aan productielijnen.',
  hoursMin: 32,
  hoursMax: 40,
  contractType: 'permanent',
  city: 'Eindhoven',
  lat: 51.44,
  lon: 5.47,
};

type Call = { method: 'GET' | 'POST'; email: string; path: string; input: unknown };

const createVacancy = (changes: Record<string, unknown>): Call => ({
  method: 'POST',
  email: demoAccounts.employer,
  path: 'vacancy.create',
  input: { ...validVacancy, ...changes },
});
const query = (email: string, path: string, input: unknown): Call => ({ method: 'GET', email, path, input });

async function send(call: Call) {
  const { db } = database;
  return call.method === 'GET'
    ? getAs<ErrorBody>(db, call.email, call.path, call.input)
    : postAs<ErrorBody>(db, call.email, call.path, call.input);
}

/** Sends the call and checks it was refused with `status`, a message containing `message`, and no write. */
async function expectRefused(call: Call, status: number, message: string | RegExp) {
  const before = await fingerprint();
  const { status: actual, body } = await send(call);
  expect({ status: actual, message: body.error?.json.message }).toEqual({
    status,
    message: expect.stringMatching(message),
  });
  expect(changedTables(before, await fingerprint())).toEqual([]);
  return body.error!.json;
}

const refusedText: [string, string, RegExp][] = [
  ['NUL', 'Mon\u0000teur', /control characters \(found U\+0000\)/],
  ['a C1 control character', 'Mon\u0085teur', /control characters \(found U\+0085\)/],
  ['a line break in a one-line text', 'Monteur\nmechatronica', /one line .*\(found U\+000A\)/],
  ['a Unicode line separator in a one-line text', 'Monteur\u2028mechatronica', /one line .*\(found U\+2028\)/],
  ['a lone high surrogate', 'Mon\uD800teur', /unpaired UTF-16 surrogate/],
  ['a lone low surrogate', '\uDC00Monteur', /unpaired UTF-16 surrogate/],
  ['a right-to-left override', 'Monteur \u202Eroodnoc', /override the text direction \(found U\+202E\)/],
  ['a direction isolate', 'Monteur \u2066x\u2069', /override the text direction \(found U\+2066\)/],
  ['only zero-width characters', '\u200B\u200C\u200D\uFEFF', /visible characters/],
  ['only invisible fillers and marks', '\u3164\u115F\u200E\u034F\u00AD', /visible characters/],
];

describe('text fields of vacancy.create', () => {
  it.each(refusedText)('refuses %s in the title', async (_, title, message) => {
    const error = await expectRefused(
      createVacancy({ title }),
      400,
      new RegExp(`^Invalid input — title: .*${message.source}`),
    );
    expect(error.data.fieldErrors).toHaveProperty('title');
  });

  it('refuses control characters other than tabs and line breaks in the description', async () => {
    await expectRefused(
      createVacancy({ description: 'Regel één\nRegel\u0007 twee' }),
      400,
      /description: must not contain control characters other than tabs and line breaks \(found U\+0007\)/,
    );
    await expectRefused(
      createVacancy({ description: 'Onderhoud \u202Eaan lijnen' }),
      400,
      /description: .*override the text direction/,
    );
    await expectRefused(createVacancy({ description: '\u200B\u2060' }), 400, /description: must contain visible/);
  });

  it('refuses a lone surrogate in the town', async () => {
    await expectRefused(createVacancy({ city: 'Eind\uDBFFhoven' }), 400, /city: .*unpaired UTF-16 surrogate/);
  });

  it('accepts a description of several lines and paragraphs, and text in any script', async () => {
    const { status } = await send(
      createVacancy({
        title: 'Lasser (m/v/x) — 焊工 — لحام',
        description: 'Eerste alinea.\n\n\tTweede alinea\r\nmet een emoji 👩‍🔧 en een zachte\u00ADafbreking.',
      }),
    );
    expect(status).toBe(200);
  });
});

describe('dates of vacancy.create', () => {
  it.each([
    ['year 0000', { startDate: '0000-01-01' }, /startDate: must be a date between 1900-01-01 and 2100-12-31/],
    ['a year after 2100', { closesAt: '2101-01-01' }, /closesAt: must be a date between 1900-01-01 and 2100-12-31/],
    ['29 February of a common year', { startDate: '2027-02-29' }, /startDate: must be a real calendar date/],
    ['31 April', { closesAt: '2027-04-31' }, /closesAt: must be a real calendar date/],
    ['a date with a time', { startDate: '2027-01-01T00:00:00Z' }, /startDate: must be a real calendar date/],
  ])('refuses %s', async (_, changes, message) => {
    await expectRefused(createVacancy({ ...changes, status: 'draft' }), 400, message);
  });

  it('refuses an open vacancy that closes before today', async () => {
    const error = await expectRefused(
      createVacancy({ closesAt: addDays(todayIso(), -1) }),
      400,
      /closesAt: an open vacancy cannot close before today/,
    );
    expect(error.data.fieldErrors).toHaveProperty('closesAt');
  });

  it('accepts an open vacancy that closes today, and a real leap day', async () => {
    expect((await send(createVacancy({ closesAt: todayIso(), startDate: '2028-02-29' }))).status).toBe(200);
  });
});

describe('numbers and lists', () => {
  it('keeps coordinates to 6 decimals, so a tiny or subnormal number is not poison for distance arithmetic', async () => {
    const near = { lat: -9e-323, lon: 1e-200, radiusKm: 5e-324 };
    const search = await send(query(demoAccounts.worker, 'search.vacancies', { near, sort: 'distance' }));
    expect(search.status).toBe(200);
    const created = await postAs<{ result: { data: { json: { lat: number; lon: number } } } }>(
      database.db,
      demoAccounts.employer,
      'vacancy.create',
      { ...validVacancy, lat: 51.123456789, lon: 1e-200 },
    );
    expect(created.status).toBe(200);
    expect(created.body.result.data.json).toMatchObject({ lat: 51.123457, lon: 0 });
  });

  it('answers a list of many wrong items with a short message', async () => {
    const error = await expectRefused(
      createVacancy({ skills: Array.from({ length: 40 }, () => 'not a skill') }),
      400,
      /^Invalid input — skills\.0: .*; and 30 more$/,
    );
    expect(error.message.length).toBeLessThan(1_000);
  });
});

describe('references to the taxonomy', () => {
  it('refuses a new vacancy with an unknown occupation', async () => {
    const error = await expectRefused(
      createVacancy({ occupationId: unknownId }),
      400,
      /^This occupation is not in the taxonomy\.$/,
    );
    expect(error.data.fieldErrors).toEqual({ occupationId: ['This occupation is not in the taxonomy.'] });
  });

  it('refuses a new vacancy with a retired occupation', async () => {
    await expectRefused(
      createVacancy({ occupationId: retiredOccupationId }),
      400,
      /^This occupation is not in the taxonomy\.$/,
    );
  });

  it('refuses a new vacancy with an unknown skill, naming the skills', async () => {
    const error = await expectRefused(
      createVacancy({ skills: [{ skillId: unknownId }] }),
      400,
      /^One or more skills are not in the taxonomy\.$/,
    );
    expect(error.data.fieldErrors).toHaveProperty('skills');
  });

  it('refuses an unknown occupation or skill on the worker profile', async () => {
    const worker = demoAccounts.worker;
    const error = await expectRefused(
      { method: 'POST', email: worker, path: 'worker.setCurrentOccupation', input: { occupationId: unknownId } },
      400,
      /^This occupation is not in the taxonomy\.$/,
    );
    expect(error.data.fieldErrors).toHaveProperty('occupationId');
    const desired = await expectRefused(
      { method: 'POST', email: worker, path: 'worker.setDesiredOccupations', input: { occupationIds: [unknownId] } },
      400,
      /^One or more occupations are not in the taxonomy\.$/,
    );
    expect(desired.data.fieldErrors).toHaveProperty('occupationIds');
    await expectRefused(
      { method: 'POST', email: worker, path: 'worker.addSkill', input: { skillId: unknownId, level: 2 } },
      400,
      /^One or more skills are not in the taxonomy\.$/,
    );
  });
});

describe('search and autocomplete queries', () => {
  it.each([
    ['search.vacancies', demoAccounts.worker, { text: 'las\u0000ser' }, /text: .*\(found U\+0000\)/],
    ['search.vacancies', demoAccounts.worker, { text: 'las\uD83Dser' }, /text: .*unpaired UTF-16 surrogate/],
    ['search.vacancies', demoAccounts.worker, { startBefore: '0000-12-31' }, /startBefore: must be a date between/],
    ['search.vacancies', demoAccounts.worker, { startBefore: '2027-13-01' }, /startBefore: must be a real calendar/],
    ['search.candidates', demoAccounts.employer, { text: 'lasser\u202E' }, /text: .*override the text direction/],
    ['search.candidates', demoAccounts.employer, { text: '\u200B' }, /text: must contain visible characters/],
    ['taxonomy.searchSkills', demoAccounts.worker, { query: 'las\u0000' }, /query: .*\(found U\+0000\)/],
    ['taxonomy.searchSkills', demoAccounts.worker, { query: '\uDFFF' }, /query: .*unpaired UTF-16 surrogate/],
    ['taxonomy.searchOccupations', demoAccounts.employer, { query: '\u2067' }, /query: .*override the text direction/],
    ['taxonomy.searchOccupations', demoAccounts.employer, { query: '\u200D\u200D' }, /query: must contain visible/],
  ])('%s refuses %j', async (path, email, input, message) => {
    await expectRefused(query(email, path, input), 400, message);
  });

  it('still answers an ordinary query', async () => {
    const { status } = await send(query(demoAccounts.worker, 'taxonomy.searchSkills', { query: 'lassen' }));
    expect(status).toBe(200);
  });
});

describe('reads of an unknown id', () => {
  it.each([
    ['taxonomy.occupationSkills', demoAccounts.worker, { occupationId: unknownId }, /^Occupation not found\.$/],
    ['atRiskWorker.get', demoAccounts.employer, { workerId: unknownId }, /^At-risk worker not found\.$/],
    ['market.candidates', demoAccounts.employer, { vacancyId: unknownId }, /^Vacancy not found\.$/],
  ])('%s answers 404', async (path, email, input, message) => {
    await expectRefused(query(email, path, input), 404, message);
  });
});
