import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outbox, vacancies, vacancySkills } from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { postAs } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createSeededTestDatabase();
});
afterAll(() => database?.destroy());

/** Posts to the real tRPC HTTP handler as the demo employer, the way the browser client does. */
const postAsEmployer = (path: string, input: unknown) =>
  postAs<{ error?: { json: { message: string; data: { fieldErrors: Record<string, string[]> } } } }>(
    database.db,
    demoAccounts.employer,
    path,
    input,
  );

async function rowCounts() {
  const { db } = database;
  const [[v], [s], [o], [a]] = await Promise.all([
    db.select({ n: count() }).from(vacancies),
    db.select({ n: count() }).from(vacancySkills),
    db.select({ n: count() }).from(outbox),
    db.select({ n: count() }).from(auditLog),
  ]);
  return { vacancies: v!.n, vacancySkills: s!.n, outbox: o!.n, audit: a!.n };
}

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

describe('bad input to vacancy.create', () => {
  it('answers 400 with a message naming each wrong field, and writes nothing', async () => {
    const before = await rowCounts();
    const { status, body } = await postAsEmployer('vacancy.create', {
      ...validVacancy,
      title: '',
      hoursMin: 40,
      hoursMax: 20,
      contractType: 'zzp',
    });
    expect(status).toBe(400);
    const message = body.error!.json.message;
    expect(message).toMatch(/^Invalid input — /);
    expect(message).toContain('title: title needs at least 3 characters');
    expect(message).toContain('contractType');
    expect(body.error!.json.data.fieldErrors).toHaveProperty('title');
    expect(await rowCounts()).toEqual(before);
  });

  it('rolls back the whole vacancy when one of its skills does not exist', async () => {
    const before = await rowCounts();
    const { status, body } = await postAsEmployer('vacancy.create', {
      ...validVacancy,
      skills: [{ skillId: '00000000-0000-4000-8000-000000000000', importance: 'required', minLevel: 2 }],
    });
    expect(status).toBe(400);
    expect(body.error!.json.message).toBe('One or more skills are not in the taxonomy.');
    expect(await rowCounts()).toEqual(before);
  });

  it('creates the vacancy with its outbox and audit rows when the input is right', async () => {
    const before = await rowCounts();
    const { status } = await postAsEmployer('vacancy.create', validVacancy);
    expect(status).toBe(200);
    const after = await rowCounts();
    expect(after).toEqual({
      ...before,
      vacancies: before.vacancies + 1,
      outbox: before.outbox + 1,
      audit: before.audit + 1,
    });
  });
});
