/**
 * Vacancies from a CSV file: read as a whole, imported all at once or not at all with a report
 * by line and column, Dutch or English headers, and no duplicates when the same file comes
 * again (the employer's own reference identifies a vacancy). docs/samples/vacancies.csv must
 * import cleanly on the demo region.
 */
import { readFileSync } from 'node:fs';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobs, occupations, vacancies, vacancySkills } from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { addDays } from '~/server/lib/dates';
import { todayIso } from '~/server/lib/input';
import { callerFor, postAs } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { changedTables, tableFingerprinter, type TableFingerprints } from '~/tests/helpers/writes';

let database: TestDatabase;
let fingerprint: () => Promise<TableFingerprints>;
beforeAll(async () => {
  database = await createSeededTestDatabase();
  fingerprint = await tableFingerprinter(database.db);
});
afterAll(() => database?.destroy());

const employer = () => callerFor(database.db, demoAccounts.employer);
const inDays = (days: number) => addDays(todayIso(), days);
/** The same date as a Dutch spreadsheet writes it. */
const dutch = (iso: string) => iso.split('-').reverse().join('-');

/** The sample file of the docs, its dates moved into the future (they are examples, and time passes). */
function sampleFile() {
  let n = 0;
  return readFileSync('docs/samples/vacancies.csv', 'utf8').replace(
    /\b\d{2}-\d{2}-\d{4}\b|\b\d{4}-\d{2}-\d{2}\b/g,
    () => dutch(inDays(30 + 10 * n++)),
  );
}

const englishFile = (rows: string[]) =>
  ['reference,title,occupation,hours,contract type,postcode,remote,closing date,skills', ...rows].join('\n');

describe('importing a CSV file of vacancies', () => {
  it('imports the sample file of the docs as drafts, every column read', async () => {
    const { db } = database;
    const result = await (await employer()).vacancy.importCsv({ csv: sampleFile() });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.published).toBe(false);
    expect(result.created.map((c) => [c.line, c.reference, c.title])).toEqual([
      [2, 'KM-2027-01', 'CNC-verspaner'],
      [4, 'KM-2027-02', 'Lasser MIG/MAG'],
      [5, 'KM-2027-03', 'Elektromonteur'],
    ]);
    const [cnc] = await db.select().from(vacancies).where(eq(vacancies.id, result.created[0]!.vacancyId));
    const [occupation] = await db.select().from(occupations).where(eq(occupations.code, '7223.4'));
    expect(cnc).toMatchObject({
      title: 'CNC-verspaner',
      status: 'draft',
      publishedAt: null,
      occupationId: occupation!.id,
      hoursMin: 32,
      hoursMax: 40,
      contractType: 'permanent',
      city: 'Eindhoven',
      remote: 'on_site',
      salaryMin: 3100,
      salaryMax: 3900,
      openToRetraining: true,
    });
    expect(cnc!.description).toContain('\nWerken in dagdienst');
    expect(cnc!.lat).toBeCloseTo(51.485, 2);
    const skills = await db.select().from(vacancySkills).where(eq(vacancySkills.vacancyId, cnc!.id));
    expect(skills.map((s) => s.importance).sort()).toEqual(['optional', 'required', 'required', 'required']);
    const [electrician] = await db.select().from(vacancies).where(eq(vacancies.id, result.created[2]!.vacancyId));
    expect(electrician).toMatchObject({
      contractType: 'fixed_term',
      city: 'Veldhoven',
      salaryMin: 3000,
      salaryMax: 3000,
    });
    // Drafts have no closing or priority jobs yet.
    expect(
      await db
        .select()
        .from(jobs)
        .where(inArray(jobs.kind, ['vacancy.close-on-date'])),
    ).toHaveLength(0);
  });

  it('publishes every vacancy of the file when asked, with its priority window and closing job', async () => {
    const { db } = database;
    const closesAt = inDays(20);
    const result = await (
      await employer()
    ).vacancy.importCsv({
      csv: englishFile([`P-1,Lasser,7212.3,40,permanent,5701 AB,no,${closesAt},lassen`]),
      publish: true,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const [vacancy] = await db.select().from(vacancies).where(eq(vacancies.id, result.created[0]!.vacancyId));
    expect(vacancy).toMatchObject({ status: 'open', city: 'Helmond', closesAt });
    expect(vacancy!.priorityUntil!.getTime() - vacancy!.publishedAt!.getTime()).toBe(5 * 86_400_000);
    const closing = await db
      .select()
      .from(jobs)
      .where(
        and(eq(jobs.kind, 'vacancy.close-on-date'), eq(jobs.dedupeKey, `vacancy:${vacancy!.id}:closes:${closesAt}`)),
      );
    expect(closing).toHaveLength(1);
    const listed = (await (await employer()).vacancy.listMine({})).rows.find((v) => v.id === vacancy!.id);
    expect(listed?.priorityUntil).toEqual(vacancy!.priorityUntil);
  });

  it('creates no duplicates when the same file comes again, and only the new rows of a longer one', async () => {
    const { db } = database;
    const rows = [
      `R-1,Procesoperator,Process operator,36-40,fixed term,5611,no,${inDays(30)},`,
      `r-2,Assemblagemedewerker,8219.1,24,temporary,5611,no,,`,
    ];
    const first = await (await employer()).vacancy.importCsv({ csv: englishFile(rows) });
    if (!first.ok) throw new Error(JSON.stringify(first.issues));
    expect(first.created).toHaveLength(2);

    const before = await fingerprint();
    const again = await (await employer()).vacancy.importCsv({ csv: englishFile(rows) });
    expect(again).toEqual({ ok: true, published: false, created: [], alreadyImported: first.created });
    expect(changedTables(before, await fingerprint())).toEqual([]);

    const longer = await (
      await employer()
    ).vacancy.importCsv({
      csv: englishFile([rows[1]!.replace('r-2', 'R-2'), `R-3,Bakker,Baker,32,permanent,5611,no,,`]),
    });
    if (!longer.ok) throw new Error(JSON.stringify(longer.issues));
    expect(longer.alreadyImported.map((a) => a.vacancyId)).toEqual([first.created[1]!.vacancyId]);
    expect(longer.created.map((c) => c.reference)).toEqual(['R-3']);

    // Another firm's references are its own.
    const theirs = await (
      await callerFor(db, demoAccounts.otherEmployer)
    ).vacancy.importCsv({ csv: englishFile(rows) });
    expect(theirs.ok && theirs.created).toHaveLength(2);
  });

  it('imports nothing when any row is wrong, and reports every problem by line and column', async () => {
    const before = await fingerprint();
    const result = await (
      await employer()
    ).vacancy.importCsv({
      csv: [
        'Referentie;Titel;Beroep;Uren;Contract;Postcode;Thuiswerken;Sluitingsdatum;Vaardigheden;Gewenste vaardigheden',
        `A-1;Lasser;Lasser;40;vast;5701;nee;${dutch(inDays(10))};lassen;`,
        `A-2;Lasser;Laser;40-32;vast contract;0123;misschien;${dutch(inDays(-1))};lassen | gedachtenlezen | Lassen;`,
        `A-1;Monteur;;32;vast;5611;nee;31-02-2027;;`,
        `A-4;Monteur;;32;vast;5611;nee;;solderen;solderen`,
      ].join('\n'),
      publish: true,
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        { line: 3, column: 'Beroep', problem: '"Laser" is not an occupation in the taxonomy' },
        { line: 3, column: 'Uren', problem: 'must be hours per week, e.g. 32 or 24-32 (1 to 60)' },
        {
          line: 3,
          column: 'Contract',
          problem: expect.stringMatching(/^is not a contract type; use one of: permanent, vast/),
        },
        { line: 3, column: 'Postcode', problem: 'is not a Dutch postcode (e.g. 5611 or 5611 AB)' },
        { line: 3, column: 'Thuiswerken', problem: expect.stringMatching(/^is not a way of working/) },
        { line: 3, column: 'Sluitingsdatum', problem: 'has passed' },
        { line: 3, column: 'Vaardigheden', problem: 'names "Lassen" more than once' },
        { line: 3, column: 'Vaardigheden', problem: '"gedachtenlezen" is not a skill in the taxonomy' },
        { line: 4, column: 'Referentie', problem: 'also on line 2' },
        { line: 4, column: 'Sluitingsdatum', problem: 'must be a real date such as 2027-01-31 or 31-01-2027' },
        { line: 5, column: 'Gewenste vaardigheden', problem: 'names a skill that is also required' },
      ],
    });
    expect(changedTables(before, await fingerprint())).toEqual([]);
  });

  it('reports a row with the wrong number of fields with the problems of the other rows', async () => {
    const result = await (
      await employer()
    ).vacancy.importCsv({
      csv: englishFile([`B-1,Lasser,Lasser,40,permanent,5701,no,,lassen`, `B-2,Lasser,Lasser,88,permanent,5701,no`]),
    });
    expect(result).toEqual({
      ok: false,
      issues: [{ line: 3, column: null, problem: '7 fields where the header has 9' }],
    });
    const hours = await (
      await employer()
    ).vacancy.importCsv({
      csv: englishFile([
        `B-1,Lasser,Lasser,40,permanent,5701,no,,lassen`,
        `B-2,Lasser,Lasser,88,permanent,5701,no,,`,
        `B-3,Lasser`,
      ]),
    });
    expect(hours).toEqual({
      ok: false,
      issues: [
        { line: 3, column: 'hours', problem: 'must be hours per week, e.g. 32 or 24-32 (1 to 60)' },
        { line: 4, column: null, problem: '2 fields where the header has 9' },
      ],
    });
  });

  it('refuses a file it does not understand, saying why', async () => {
    const caller = await employer();
    expect(await caller.vacancy.importCsv({ csv: 'titel;uren;salarisschaal\nLasser;40;8\n' })).toEqual({
      ok: false,
      issues: [
        {
          line: 1,
          column: 'salarisschaal',
          problem: expect.stringMatching(/^unknown column; expected reference, title/),
        },
        { line: 1, column: null, problem: 'the column reference is missing' },
        { line: 1, column: null, problem: 'the column contract type is missing' },
        { line: 1, column: null, problem: 'the column postcode is missing' },
      ],
    });
  });

  it('answers an empty upload with a 400 naming the field, writing nothing', async () => {
    const before = await fingerprint();
    const { status, body } = await postAs<{ error: { json: { message: string; data: { fieldErrors: object } } } }>(
      database.db,
      demoAccounts.employer,
      'vacancy.importCsv',
      { csv: '  \n ', publish: true },
    );
    expect(status).toBe(400);
    expect(body.error.json.message).toMatch(/csv: the file is empty/);
    expect(Object.keys(body.error.json.data.fieldErrors)).toEqual(['csv']);
    expect(changedTables(before, await fingerprint())).toEqual([]);
  });
});
