/**
 * A vacancy's life as an employer lives it: create, edit, preview, publish, close, reopen and
 * duplicate, each change one transaction with its search outbox row and audit entry; repeated
 * requests change nothing; impossible transitions, bad input and another firm's vacancy are
 * refused (409, 400 naming the field, 404 as for a missing one) without a write. Closing takes
 * the vacancy out of search and out of workers' matches at once.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, jobs, matches, outbox, vacancies, vacancySkills, workerProfiles } from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { addDays } from '~/server/lib/dates';
import { todayIso } from '~/server/lib/input';
import { rematchVacancy, rematchWorker } from '~/server/matching/engine';
import { getMatchContext } from '~/server/matching/runtime';
import { PostgresSearchBackend } from '~/server/search/postgres/backend';
import { drainOutbox } from '~/server/search/sync';
import { closingMoment } from '~/server/services/vacancy-schedule';
import { callerFor, getAs, postAs, sessionUserByEmail } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { changedTables, tableFingerprinter, type TableFingerprints } from '~/tests/helpers/writes';

interface ErrorBody {
  error?: { json: { message: string; data: { httpStatus: number; fieldErrors: Record<string, string[]> | null } } };
}

let database: TestDatabase;
let fingerprint: () => Promise<TableFingerprints>;
let skillIds: string[];

beforeAll(async () => {
  database = await createSeededTestDatabase();
  fingerprint = await tableFingerprinter(database.db);
  const rows = await database.db.execute(sql`select id from skills order by uri limit 3`);
  skillIds = (rows as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
});
afterAll(() => database?.destroy());

const employer = () => callerFor(database.db, demoAccounts.employer);
const unknownId = '00000000-0000-4000-8000-000000000000';

const fields = () => ({
  title: 'Servicemonteur koeltechniek',
  description: 'Onderhoud van koelinstallaties bij klanten in de regio.',
  hoursMin: 32,
  hoursMax: 40,
  contractType: 'permanent' as const,
  city: 'Eindhoven',
  lat: 51.44,
  lon: 5.47,
  remote: 'on_site' as const,
  salaryMin: 3000,
  salaryMax: 3800,
  startDate: addDays(todayIso(), 30),
  closesAt: addDays(todayIso(), 20),
  openToRetraining: true,
  skills: [
    { skillId: skillIds[0]!, importance: 'required' as const, minLevel: 2 },
    { skillId: skillIds[1]!, importance: 'optional' as const, minLevel: 1 },
  ],
});

async function draft() {
  return (await employer()).vacancy.create({ ...fields(), status: 'draft' });
}

const auditOf = (vacancyId: string) =>
  database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, 'vacancy'), eq(auditLog.subjectId, vacancyId)));
const outboxOf = (vacancyId: string) => database.db.select().from(outbox).where(eq(outbox.aggregateId, vacancyId));
const rowOf = async (vacancyId: string) =>
  (await database.db.select().from(vacancies).where(eq(vacancies.id, vacancyId)))[0]!;

/** Sends the call over HTTP and checks it was refused with `status` and a message matching `message`, writing nothing. */
async function expectRefused(
  path: string,
  input: unknown,
  status: number,
  message: RegExp,
  { method = 'POST', email = demoAccounts.employer }: { method?: 'GET' | 'POST'; email?: string } = {},
) {
  const before = await fingerprint();
  const send = method === 'GET' ? getAs<ErrorBody> : postAs<ErrorBody>;
  const { status: actual, body } = await send(database.db, email, path, input);
  expect({ status: actual, message: body.error?.json.message }).toEqual({
    status,
    message: expect.stringMatching(message),
  });
  expect(changedTables(before, await fingerprint())).toEqual([]);
  return body.error!.json;
}

describe('editing and publishing', () => {
  it('creates a draft, reads it back in full, edits every field and its skills', async () => {
    const created = await draft();
    expect(created).toMatchObject({ status: 'draft', publishedAt: null, priorityUntil: null });
    const caller = await employer();
    const read = await caller.vacancy.get({ vacancyId: created.id });
    expect(read).toMatchObject({ title: 'Servicemonteur koeltechniek', status: 'draft' });
    expect(read.skills.map((s) => [s.skillId, s.importance])).toEqual([
      [skillIds[0], 'required'],
      [skillIds[1], 'optional'],
    ]);

    const edited = await caller.vacancy.update({
      ...fields(),
      vacancyId: created.id,
      title: 'Servicemonteur koel- en klimaattechniek',
      hoursMin: 36,
      remote: 'hybrid',
      salaryMin: null,
      salaryMax: null,
      skills: [{ skillId: skillIds[2]!, importance: 'required', minLevel: 3 }],
    });
    expect(edited).toMatchObject({ title: 'Servicemonteur koel- en klimaattechniek', hoursMin: 36, remote: 'hybrid' });
    expect(edited.salaryMin).toBeNull();
    const skills = await database.db.select().from(vacancySkills).where(eq(vacancySkills.vacancyId, created.id));
    expect(skills.map((s) => [s.skillId, s.minLevel])).toEqual([[skillIds[2], 3]]);
    expect((await auditOf(created.id)).map((a) => a.action)).toEqual(['vacancy.create', 'vacancy.update']);
    expect(await outboxOf(created.id)).toHaveLength(2);
  });

  it("previews a draft exactly as a worker's search and match list will show it", async () => {
    const created = await draft();
    const preview = await (await employer()).vacancy.preview({ vacancyId: created.id });
    expect(preview.status).toBe('draft');
    expect(preview.searchHit.distanceKm).toBeNull();
    expect(preview.searchHit.document).toMatchObject({
      id: created.id,
      title: 'Servicemonteur koeltechniek',
      skillIds: expect.arrayContaining([skillIds[0], skillIds[1]]),
      priorityUntil: null,
    });
    expect(preview.match.vacancy).toMatchObject({
      id: created.id,
      title: created.title,
      organisation: { name: expect.any(String) },
    });
    expect(preview.noRequiredSkills).toBe(false);
    // Without required skills the preview asks for them: matching cannot tell who fits.
    const vague = await (
      await employer()
    ).vacancy.create({
      ...fields(),
      status: 'draft',
      skills: [{ skillId: skillIds[1]!, importance: 'optional', minLevel: 1 }],
    });
    expect((await (await employer()).vacancy.preview({ vacancyId: vague.id })).noRequiredSkills).toBe(true);

    // Once published, the search index holds the very same document, and a worker's match list the same card.
    const published = await (await employer()).vacancy.publish({ vacancyId: created.id });
    const backend = new PostgresSearchBackend(database.db);
    await drainOutbox(database.db, backend);
    const after = await (await employer()).vacancy.preview({ vacancyId: created.id });
    const found = await backend.searchVacancies({ text: 'servicemonteur koeltechniek', pageSize: 50 });
    const hit = found.hits.find((h) => h.document.id === created.id);
    expect(hit?.document).toEqual(after.searchHit.document);
    expect(after.searchHit.document.priorityUntil).toBe(published.priorityUntil!.getTime());
    // A match card of the preview has the fields of a worker's match card (whether this worker gets this one depends on their profile).
    const [card] = await (await workerCaller()).matching.forMe({ limit: 1, locale: 'nl' });
    expect(Object.keys(after.match.vacancy).sort()).toEqual(Object.keys(card!.vacancy).sort());
  });

  it("publishes a draft: open now, the region's at-risk workers first for its priority window, closing on its date", async () => {
    const created = await draft();
    const before = Date.now();
    const published = await (await employer()).vacancy.publish({ vacancyId: created.id });
    expect(published.status).toBe('open');
    expect(published.publishedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    // The demo region's window is 5 days.
    expect(published.priorityUntil!.getTime() - published.publishedAt!.getTime()).toBe(5 * 86_400_000);
    const queued = await database.db
      .select()
      .from(jobs)
      .where(sql`${jobs.payload}->>'vacancyId' = ${created.id}`);
    expect(queued.map((j) => [j.kind, j.runAt.toISOString()]).sort()).toEqual(
      [
        ['vacancy.close-on-date', closingMoment(fields().closesAt).toISOString()],
        ['vacancy.priority-window-ended', published.priorityUntil!.toISOString()],
      ].sort(),
    );
    // The employer's list says when the window ends.
    const listed = (await (await employer()).vacancy.listMine({})).rows.find((v) => v.id === created.id);
    expect(listed?.priorityUntil).toEqual(published.priorityUntil);

    // Publishing again changes nothing.
    const audits = (await auditOf(created.id)).length;
    const again = await (await employer()).vacancy.publish({ vacancyId: created.id });
    expect(again.publishedAt).toEqual(published.publishedAt);
    expect((await auditOf(created.id)).length).toBe(audits);
  });

  it('refuses to publish a draft whose closing date has passed, naming the field', async () => {
    const created = await draft();
    await database.db
      .update(vacancies)
      .set({ closesAt: addDays(todayIso(), -2) })
      .where(eq(vacancies.id, created.id));
    const error = await expectRefused('vacancy.publish', { vacancyId: created.id }, 400, /closing date .* has passed/);
    expect(error.data.fieldErrors).toEqual({ closesAt: [expect.stringMatching(/has passed/)] });
  });

  it('moves the closing job along when the closing date of an open vacancy changes', async () => {
    const created = await (await employer()).vacancy.create({ ...fields(), status: 'open' });
    const later = addDays(todayIso(), 45);
    await (await employer()).vacancy.update({ ...fields(), vacancyId: created.id, closesAt: later });
    const closing = await database.db
      .select({ key: jobs.dedupeKey, runAt: jobs.runAt })
      .from(jobs)
      .where(and(eq(jobs.kind, 'vacancy.close-on-date'), sql`${jobs.payload}->>'vacancyId' = ${created.id}`));
    expect(closing.map((j) => j.runAt.toISOString()).sort()).toEqual(
      [closingMoment(fields().closesAt).toISOString(), closingMoment(later).toISOString()].sort(),
    );
  });
});

async function workerCaller() {
  return callerFor(database.db, demoAccounts.worker);
}

describe('closing, reopening and duplicating', () => {
  it("closes a vacancy: gone from the worker's matches at once and from search at the outbox sync", async () => {
    const { db } = database;
    const backend = new PostgresSearchBackend(db);
    await drainOutbox(db, backend, { batchSize: 1000 });
    const worker = await workerCaller();
    const [top] = await worker.matching.forMe({ limit: 1, locale: 'nl' });
    const vacancyId = top!.vacancy.id;
    const [{ organisationId }] = (await db
      .select({ organisationId: vacancies.organisationId })
      .from(vacancies)
      .where(eq(vacancies.id, vacancyId))) as [{ organisationId: string }];
    const hr = await db.query.memberships.findFirst({
      where: (m, { eq: is }) => is(m.organisationId, organisationId),
      with: { user: true },
    });
    // The worker's stored matches hold it, and the worker finds it in search.
    const user = await sessionUserByEmail(db, demoAccounts.worker);
    const [profile] = await db.select().from(workerProfiles).where(eq(workerProfiles.userId, user.id));
    await rematchWorker(db, await getMatchContext(db), profile!.id);
    expect(await db.select().from(matches).where(eq(matches.vacancyId, vacancyId))).not.toHaveLength(0);
    const searchFinds = async () =>
      (await worker.search.vacancies({ text: top!.vacancy.title, pageSize: 100 })).hits.some(
        (h) => h.document.id === vacancyId,
      );
    expect(await searchFinds()).toBe(true);

    const closed = await (await callerFor(db, hr!.user.email)).vacancy.close({ vacancyId });
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).not.toBeNull();
    // At once: no stored match, nothing in the worker's match list, not in the matching pool.
    expect(await db.select().from(matches).where(eq(matches.vacancyId, vacancyId))).toHaveLength(0);
    expect((await worker.matching.forMe({ limit: 50, locale: 'nl' })).map((m) => m.vacancy.id)).not.toContain(
      vacancyId,
    );
    expect([...(await getMatchContext(db)).vacancyPool.items()].map((v) => v.id)).not.toContain(vacancyId);
    const [removal] = (await outboxOf(vacancyId)).filter((o) => o.processedAt === null);
    expect(removal?.operation).toBe('delete');
    // The outbox sync takes it out of the index; its rematch does not bring the stored matches back.
    await drainOutbox(db, backend);
    expect(await searchFinds()).toBe(false);
    await rematchVacancy(db, await getMatchContext(db), vacancyId);
    expect(await db.select().from(matches).where(eq(matches.vacancyId, vacancyId))).toHaveLength(0);

    // Closing again changes nothing.
    const audits = (await auditOf(vacancyId)).length;
    await (await callerFor(db, hr!.user.email)).vacancy.close({ vacancyId });
    expect((await auditOf(vacancyId)).length).toBe(audits);
  });

  it('reopens a closed vacancy without starting its priority window again, with a new closing date when the old one passed', async () => {
    const created = await (await employer()).vacancy.create({ ...fields(), status: 'open' });
    const caller = await employer();
    await caller.vacancy.close({ vacancyId: created.id });
    await database.db
      .update(vacancies)
      .set({ closesAt: addDays(todayIso(), -1) })
      .where(eq(vacancies.id, created.id));
    const error = await expectRefused(
      'vacancy.reopen',
      { vacancyId: created.id },
      400,
      /has passed: give a new closing date/,
    );
    expect(Object.keys(error.data.fieldErrors ?? {})).toEqual(['closesAt']);

    const newDate = addDays(todayIso(), 10);
    const reopened = await caller.vacancy.reopen({ vacancyId: created.id, closesAt: newDate });
    expect(reopened).toMatchObject({ status: 'open', closedAt: null, closesAt: newDate });
    expect(reopened.publishedAt).toEqual(created.publishedAt);
    expect(reopened.priorityUntil).toEqual(created.priorityUntil);
    expect([...(await getMatchContext(database.db)).vacancyPool.items()].map((v) => v.id)).toContain(created.id);
    // Again: nothing changes.
    const audits = (await auditOf(created.id)).length;
    await caller.vacancy.reopen({ vacancyId: created.id, closesAt: newDate });
    expect((await auditOf(created.id)).length).toBe(audits);
    expect((await auditOf(created.id)).map((a) => a.action)).toEqual([
      'vacancy.create',
      'vacancy.close',
      'vacancy.reopen',
    ]);
  });

  it('reopens a filled vacancy, and edits it once it is open again', async () => {
    const created = await (await employer()).vacancy.create({ ...fields(), status: 'open' });
    await database.db.update(vacancies).set({ status: 'filled' }).where(eq(vacancies.id, created.id));
    await expectRefused(
      'vacancy.update',
      { ...fields(), vacancyId: created.id },
      409,
      /filled: reopen it before editing/,
    );
    const caller = await employer();
    await caller.vacancy.reopen({ vacancyId: created.id });
    await expect(
      caller.vacancy.update({ ...fields(), vacancyId: created.id, title: 'Koeltechnicus' }),
    ).resolves.toMatchObject({
      title: 'Koeltechnicus',
      status: 'open',
    });
  });

  it('duplicates a vacancy as a draft with its skills, dropping a closing date that has passed', async () => {
    const created = await (await employer()).vacancy.create({ ...fields(), status: 'open' });
    const caller = await employer();
    const copy = await caller.vacancy.duplicate({ vacancyId: created.id });
    expect(copy).toMatchObject({
      status: 'draft',
      title: created.title,
      closesAt: created.closesAt,
      publishedAt: null,
      priorityUntil: null,
      closedAt: null,
    });
    expect(copy.id).not.toBe(created.id);
    expect((await caller.vacancy.get({ vacancyId: copy.id })).skills.map((s) => s.skillId).sort()).toEqual(
      [skillIds[0], skillIds[1]].sort(),
    );
    expect((await auditOf(copy.id)).map((a) => [a.action, a.metadata])).toEqual([
      ['vacancy.duplicate', { from: created.id }],
    ]);

    await database.db
      .update(vacancies)
      .set({ closesAt: addDays(todayIso(), -3) })
      .where(eq(vacancies.id, created.id));
    expect((await caller.vacancy.duplicate({ vacancyId: created.id })).closesAt).toBeNull();
  });
});

describe('refusals', () => {
  it('refuses each transition that makes no sense from the current state, saying why', async () => {
    const aDraft = await draft();
    await expectRefused('vacancy.close', { vacancyId: aDraft.id }, 409, /draft was never published/);
    await expectRefused('vacancy.reopen', { vacancyId: aDraft.id }, 409, /draft has never been open: publish it/);

    const open = await (await employer()).vacancy.create({ ...fields(), status: 'open' });
    await expectRefused(
      'vacancy.reopen',
      { vacancyId: open.id, closesAt: addDays(todayIso(), 60) },
      409,
      /already open: edit it to change its closing date/,
    );
    await (await employer()).vacancy.close({ vacancyId: open.id });
    await expectRefused('vacancy.publish', { vacancyId: open.id }, 409, /closed: reopen it instead/);
    await expectRefused('vacancy.update', { ...fields(), vacancyId: open.id }, 409, /closed: reopen it before editing/);

    await database.db.update(vacancies).set({ status: 'filled' }).where(eq(vacancies.id, open.id));
    await expectRefused('vacancy.close', { vacancyId: open.id }, 409, /filled, so it is no longer open/);
    await expectRefused('vacancy.publish', { vacancyId: open.id }, 409, /filled: reopen it instead/);
  });

  it('refuses bad input with a 400 naming the field, writing nothing', async () => {
    const aDraft = await draft();
    const hours = await expectRefused(
      'vacancy.update',
      { ...fields(), vacancyId: aDraft.id, hoursMin: 40, hoursMax: 20 },
      400,
      /hoursMax/,
    );
    expect(Object.keys(hours.data.fieldErrors ?? {})).toEqual(['hoursMax']);
    const open = await (await employer()).vacancy.create({ ...fields(), status: 'open' });
    const past = await expectRefused(
      'vacancy.update',
      { ...fields(), vacancyId: open.id, closesAt: addDays(todayIso(), -1) },
      400,
      /cannot close before today/,
    );
    expect(Object.keys(past.data.fieldErrors ?? {})).toEqual(['closesAt']);
    const skill = await expectRefused(
      'vacancy.update',
      { ...fields(), vacancyId: aDraft.id, skills: [{ skillId: unknownId }] },
      400,
      /not in the taxonomy/,
    );
    expect(Object.keys(skill.data.fieldErrors ?? {})).toEqual(['skills']);
    for (const path of ['vacancy.publish', 'vacancy.close', 'vacancy.duplicate']) {
      const error = await expectRefused(path, { vacancyId: 'not-an-id' }, 400, /vacancyId/);
      expect(Object.keys(error.data.fieldErrors ?? {})).toEqual(['vacancyId']);
    }
    for (const path of ['vacancy.get', 'vacancy.preview']) {
      await expectRefused(path, { vacancyId: 42 }, 400, /vacancyId/, { method: 'GET' });
    }
    const date = await expectRefused('vacancy.reopen', { vacancyId: open.id, closesAt: '2026-02-30' }, 400, /closesAt/);
    expect(Object.keys(date.data.fieldErrors ?? {})).toEqual(['closesAt']);
    await expectRefused('vacancy.create', { ...fields(), status: 'closed' }, 400, /status/);
  });

  it("answers another firm's vacancy exactly as a missing one: 404, nothing written", async () => {
    const theirs = await (
      await callerFor(database.db, demoAccounts.otherEmployer)
    ).vacancy.create({ ...fields(), status: 'open' });
    for (const vacancyId of [theirs.id, unknownId]) {
      for (const path of ['vacancy.publish', 'vacancy.close', 'vacancy.reopen', 'vacancy.duplicate']) {
        await expectRefused(path, { vacancyId }, 404, /^Vacancy not found\.$/);
      }
      await expectRefused('vacancy.update', { ...fields(), vacancyId }, 404, /^Vacancy not found\.$/);
      for (const path of ['vacancy.get', 'vacancy.preview']) {
        await expectRefused(path, { vacancyId }, 404, /^Vacancy not found\.$/, { method: 'GET' });
      }
    }
    expect((await rowOf(theirs.id)).status).toBe('open');
  });
});
