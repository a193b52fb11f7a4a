/**
 * The employer's vacancy list as the portal reads it: a page at a time, newest first, filtered
 * by state, with how many vacancies the firm has in each state and whether each is in its
 * priority window now; only the firm's own vacancies, whatever is asked; bad paging or a
 * status that does not exist refused with a 400 naming the field.
 */
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vacancies } from '~/db/schema';
import { vacancyStatusValues } from '~/db/schema/enums';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { PAGE_SIZE } from '~/server/lib/pagination';
import { callerFor, getAs, sessionUserByEmail } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';

let database: TestDatabase;
let organisationId: string;
beforeAll(async () => {
  database = await createSeededTestDatabase();
  organisationId = (await sessionUserByEmail(database.db, demoAccounts.employer)).organisationId!;
});
afterAll(() => database?.destroy());

const employer = () => callerFor(database.db, demoAccounts.employer);

async function ownCount(status?: (typeof vacancyStatusValues)[number]) {
  const [row] = await database.db
    .select({ n: count() })
    .from(vacancies)
    .where(and(eq(vacancies.organisationId, organisationId), status ? eq(vacancies.status, status) : undefined));
  return row!.n;
}

/** Enough vacancies for a second page: copies of one of the firm's own, which are drafts. */
async function fillSecondPage() {
  const caller = await employer();
  const { rows } = await caller.vacancy.listMine({});
  for (let i = await ownCount(); i <= PAGE_SIZE + 2; i++) await caller.vacancy.duplicate({ vacancyId: rows[0]!.id });
}

describe('the employer’s vacancy list', () => {
  it('reads a page at a time, newest first, with the firm’s count in each state', async () => {
    await fillSecondPage();
    const caller = await employer();
    const first = await caller.vacancy.listMine({});
    const second = await caller.vacancy.listMine({ page: 2 });
    const total = await ownCount();
    expect(first).toMatchObject({ page: 1, pageSize: PAGE_SIZE, total });
    expect(first.rows).toHaveLength(PAGE_SIZE);
    expect(second.rows).toHaveLength(total - PAGE_SIZE);
    const ids = [...first.rows, ...second.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(total);
    const own = await database.db
      .select({ id: vacancies.id, createdAt: vacancies.createdAt })
      .from(vacancies)
      .where(eq(vacancies.organisationId, organisationId));
    expect(new Set(ids)).toEqual(new Set(own.map((v) => v.id)));
    const created = new Map(own.map((v) => [v.id, v.createdAt.getTime()]));
    const times = ids.map((id) => created.get(id)!);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const status of vacancyStatusValues) expect(first.counts[status], status).toBe(await ownCount(status));
  });

  it('shows the vacancies in one state, and says which open ones are in their priority window', async () => {
    const caller = await employer();
    for (const status of vacancyStatusValues) {
      const list = await caller.vacancy.listMine({ status });
      expect(list.total, status).toBe(await ownCount(status));
      expect(list.rows.every((r) => r.status === status)).toBe(true);
    }
    // The seed's vacancies are anchored to 2026-11-22, so a fresh one shows the window: publish a copy.
    const { rows } = await caller.vacancy.listMine({ status: 'draft' });
    const published = await caller.vacancy.publish({ vacancyId: rows[0]!.id });
    const open = await caller.vacancy.listMine({ status: 'open' });
    const row = open.rows.find((r) => r.id === published.id);
    expect(row).toMatchObject({ inPriorityWindow: true, priorityUntil: published.priorityUntil });
    expect(open.rows.filter((r) => r.id !== published.id && r.inPriorityWindow)).toEqual(
      open.rows.filter((r) => r.id !== published.id && r.priorityUntil !== null && r.priorityUntil > new Date()),
    );
    const preview = await caller.vacancy.preview({ vacancyId: published.id });
    expect(preview).toMatchObject({ inPriorityWindow: true, closesAt: published.closesAt });
  });

  it('answers a page past the end with no rows, and another firm only with its own', async () => {
    const caller = await employer();
    const past = await caller.vacancy.listMine({ page: 50 });
    expect(past).toMatchObject({ rows: [], page: 50, total: await ownCount() });
    const other = await callerFor(database.db, demoAccounts.otherEmployer);
    const theirs = await other.vacancy.listMine({});
    const mine = new Set((await caller.vacancy.listMine({})).rows.map((r) => r.id));
    expect(theirs.rows.length).toBeGreaterThan(0);
    expect(theirs.rows.some((r) => mine.has(r.id))).toBe(false);
  });

  it('refuses a page or status that makes no sense with a 400 naming the field', async () => {
    for (const [input, field] of [
      [{ page: 0 }, 'page'],
      [{ page: 1.5 }, 'page'],
      [{ status: 'archived' }, 'status'],
    ] as const) {
      const { status, body } = await getAs<{
        error?: { json: { data: { httpStatus: number; fieldErrors: Record<string, string[]> | null } } };
      }>(database.db, demoAccounts.employer, 'vacancy.listMine', input);
      expect(status, JSON.stringify(input)).toBe(400);
      expect(Object.keys(body.error!.json.data.fieldErrors ?? {})).toEqual([field]);
    }
  });
});
