/**
 * An employer's candidates for its own vacancy (market.candidates, market.candidate): ranked,
 * anonymised, filtered and paged in the procedure; interested workers marked and listed
 * whatever their score; the identity only while an introduction shares it; the employer's own
 * employees never; each opened profile audited for the worker's "who looked at my profile".
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, introductions, skills, workerProfiles } from '~/db/schema';
import { createSearchBackend, type SearchBackend } from '~/server/search';
import { drainOutbox } from '~/server/search/sync';
import { resolveCandidatePseudonym } from '~/server/services/candidate-pseudonyms';
import { getAs } from '~/tests/helpers/callers';
import {
  callerWithSearch,
  createCandidateFixture,
  employerActor,
  visibleWorkers,
  type CandidateFixture,
} from '~/tests/helpers/candidate-fixture';
import { createTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { changedTables, tableFingerprinter, type TableFingerprints } from '~/tests/helpers/writes';

let database: TestDatabase;
let backend: SearchBackend;
let fixture: CandidateFixture;
let fingerprint: () => Promise<TableFingerprints>;
let weldingId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  fixture = await createCandidateFixture(database.db);
  backend = createSearchBackend(database.db, {});
  await backend.prepare();
  expect((await drainOutbox(database.db, backend)).failed).toBe(0);
  fingerprint = await tableFingerprinter(database.db);
  weldingId = (
    await database.db.select({ id: skills.id }).from(skills).where(eq(skills.uri, 'urn:test:skill:welding'))
  )[0]!.id;
});
afterAll(() => database?.destroy());

const employerA = () => callerWithSearch(database.db, fixture.employerA.email, backend);
const employerB = () => callerWithSearch(database.db, fixture.employerB.email, backend);
const workerCaller = (key: string) => callerWithSearch(database.db, fixture.worker(key).email, backend);
const list = async (input: Record<string, unknown> = {}) =>
  (await employerA()).market.candidates({ vacancyId: fixture.vacancy.id, locale: 'en', pageSize: 50, ...input });
const keyOf = async (candidateId: string) => {
  const { workerId } = await resolveCandidatePseudonym(database.db, employerActor(fixture, 'employerA'), {
    candidateId,
  });
  return fixture.workers.find((w) => w.profileId === workerId)!.key;
};
const keysOf = async (rows: { candidateId: string }[]) => Promise.all(rows.map((r) => keyOf(r.candidateId)));
const unknownId = '00000000-0000-4000-8000-000000000000';

/** Keys and values that would name or locate a worker: never in a candidate answer unless revealed. */
function expectAnonymous(answer: unknown, exceptWorkerKey?: string) {
  const json = JSON.stringify(answer);
  for (const key of ['"name"', '"email"', '"postcode"', '"homePostcode"', '"birthYear"', '"homeCity"', '"userId"'])
    if (!exceptWorkerKey || !['"name"', '"email"'].includes(key)) expect(json).not.toContain(key);
  for (const w of fixture.workers) {
    if (w.key === exceptWorkerKey) continue;
    for (const value of [w.name, w.email, `${w.postcode} XK`, w.city, w.profileId, w.userId])
      expect(json, `${w.key}: ${value}`).not.toContain(value);
  }
  expect(json).not.toContain(fixture.releasing.name);
  expect(json).not.toContain(fixture.releasing.id);
}

describe('the list', () => {
  it('ranks the anonymised candidates with their skills, band, hours and guidance days left', async () => {
    const answer = await list();
    expect(await keysOf(answer.rows)).toHaveLength(Object.keys(visibleWorkers).length);
    expect(answer.total).toBe(Object.keys(visibleWorkers).length);
    const first = answer.rows[0]!;
    expect(first.candidateId).toMatch(/^K-[0-9A-Z]{5}$/);
    expect(first.match!.matchingSkills).toEqual(['MIG/MAG welding']);
    expect(first.match!.lines.join(' ')).not.toMatch(/km/);
    expect(first).toMatchObject({ hoursMin: 32, hoursMax: 40, interested: false, identity: null });
    expect(first.guidanceDaysLeft).toBeGreaterThanOrEqual(0);
    const scores = answer.rows.map((r) => r.match!.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expectAnonymous(answer);
  });

  it('pages in the procedure: the pages together are the whole list, once each', async () => {
    const whole = await list();
    const pages = await Promise.all([1, 2, 3].map((page) => list({ page, pageSize: 2 })));
    expect(pages.map((p) => p.total)).toEqual([whole.total, whole.total, whole.total]);
    expect(pages.flatMap((p) => p.rows.map((r) => r.candidateId))).toEqual(whole.rows.map((r) => r.candidateId));
    expect((await list({ page: 9, pageSize: 2 })).rows).toEqual([]);
  });

  it('filters by distance band, availability, skill, occupation, score and free text', async () => {
    expect(await keysOf((await list({ distanceBands: ['under5'] })).rows)).toEqual(['south18']);
    expect((await list({ distanceBands: ['under5', 'from5to10'] })).total).toBe(2);
    expect((await list({ availableBy: '2027-01-15' })).total).toBe(0);
    expect((await list({ availableBy: '2027-02-01' })).total).toBe(Object.keys(visibleWorkers).length);
    expect((await list({ skillId: weldingId })).total).toBe(Object.keys(visibleWorkers).length);
    expect((await list({ skillId: unknownId })).total).toBe(0);
    expect((await list({ occupationId: unknownId })).total).toBe(0);
    expect((await list({ minScore: 1 })).total).toBe(0);
    expect((await list({ text: 'lasser' })).total).toBe(Object.keys(visibleWorkers).length);
    expect((await list({ text: 'bakker' })).total).toBe(0);
  });

  it("answers another firm's vacancy like a missing one, and refuses bad filters without writing", async () => {
    await expect(
      (await employerB()).market.candidates({ vacancyId: fixture.vacancy.id, locale: 'nl' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    for (const input of [
      { vacancyId: fixture.vacancy.id, minScore: 2 },
      { vacancyId: fixture.vacancy.id, distanceBands: ['next door'] },
      { vacancyId: fixture.vacancy.id, availableBy: 'soon' },
      { vacancyId: fixture.vacancy.id, pageSize: 500 },
      { vacancyId: 'K-12345' },
    ]) {
      const before = await fingerprint();
      const { status } = await getAs(database.db, fixture.employerA.email, 'market.candidates', input);
      expect(status, JSON.stringify(input)).toBe(400);
      expect(changedTables(before, await fingerprint())).toEqual([]);
    }
  });
});

describe('interest, identity and own employees', () => {
  it('marks a worker who expressed interest and lists them even when their score is below the filter', async () => {
    await (await workerCaller('north35')).market.expressInterest({ vacancyId: fixture.vacancy.id });
    const answer = await list({ minScore: 1 });
    expect(await keysOf(answer.rows)).toEqual(['north35']);
    expect(answer.rows[0]!.interested).toBe(true);
    expectAnonymous(answer);
    // Interested workers come first in the unfiltered list too.
    expect(await keyOf((await list()).rows[0]!.candidateId)).toBe('north35');
  });

  it('shows name and e-mail only while an accepted introduction shares them', async () => {
    const worker = fixture.worker('south13');
    const [introduction] = await database.db
      .insert(introductions)
      .values({
        workerId: worker.profileId,
        vacancyId: fixture.vacancy.id,
        organisationId: fixture.employerA.organisation.id,
        initiatedBy: 'employer',
        status: 'accepted',
      })
      .returning();
    const rows = (await list()).rows;
    const revealed = await Promise.all(rows.map(async (r) => [await keyOf(r.candidateId), r.identity] as const));
    for (const [key, identity] of revealed)
      expect(identity, key).toEqual(key === 'south13' ? { name: worker.name, email: worker.email } : null);
    expectAnonymous(rows, 'south13');
    const code = rows.find((r) => r.identity)!.candidateId;
    const detail = await (await employerA()).market.candidate({ vacancyId: fixture.vacancy.id, candidateId: code });
    expect(detail.identity).toEqual({ name: worker.name, email: worker.email });
    // Withdrawn: hidden again.
    await database.db.update(introductions).set({ status: 'withdrawn' }).where(eq(introductions.id, introduction!.id));
    const again = await (await employerA()).market.candidate({ vacancyId: fixture.vacancy.id, candidateId: code });
    expect(again.identity).toBeNull();
    expectAnonymous(again);
  });

  it('never shows an employer its own employees, in matching, search or detail', async () => {
    const own = fixture.worker('north7');
    const before = await list();
    const code = (
      await Promise.all(before.rows.map(async (r) => ((await keyOf(r.candidateId)) === 'north7' ? r : null)))
    ).find(Boolean)!.candidateId;
    await database.db
      .update(workerProfiles)
      .set({ currentOrganisationId: fixture.employerA.organisation.id })
      .where(eq(workerProfiles.id, own.profileId));
    try {
      expect(await keysOf((await list()).rows)).not.toContain('north7');
      const caller = await employerA();
      expect(await keysOf((await caller.search.candidates({ pageSize: 100 })).hits)).not.toContain('north7');
      expect(
        await keysOf((await caller.market.candidates({ vacancyId: fixture.vacancy.id, pageSize: 50 })).rows),
      ).not.toContain('north7');
      await expect(caller.market.candidate({ vacancyId: fixture.vacancy.id, candidateId: code })).rejects.toMatchObject(
        { code: 'NOT_FOUND' },
      );
    } finally {
      await database.db
        .update(workerProfiles)
        .set({ currentOrganisationId: fixture.releasing.id })
        .where(eq(workerProfiles.id, own.profileId));
    }
  });
});

describe('the detail', () => {
  it('shows the full anonymised profile and writes the audit entry the worker reads', async () => {
    const row = (await list()).rows.find((r) => !r.identity)!;
    const workerId = (
      await resolveCandidatePseudonym(database.db, employerActor(fixture, 'employerA'), {
        candidateId: row.candidateId,
      })
    ).workerId;
    const detail = await (
      await employerA()
    ).market.candidate({ vacancyId: fixture.vacancy.id, candidateId: row.candidateId, locale: 'en' });
    expect(detail.candidate.candidateId).toBe(row.candidateId);
    expect(detail.skills).toEqual([expect.objectContaining({ label: 'MIG/MAG welding', level: 3 })]);
    expect(detail.match?.score).toBe(row.match?.score);
    expect(detail.preferences).toMatchObject({ hoursMin: 32, hoursMax: 40 });
    expectAnonymous(detail);
    const entries = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'candidate.view'), eq(auditLog.subjectId, workerId)));
    expect(entries.at(-1)).toMatchObject({
      actorUserId: fixture.employerA.userId,
      subjectType: 'worker_profile',
      organisationId: fixture.employerA.organisation.id,
      regionId: fixture.region.id,
      metadata: { vacancyId: fixture.vacancy.id },
    });
  });

  it("answers another firm's pseudonym, vacancy or a made-up code like a missing candidate, without an audit entry", async () => {
    const code = (await list()).rows[0]!.candidateId;
    const before = await fingerprint();
    for (const [caller, input] of [
      [employerB, { vacancyId: fixture.vacancy.id, candidateId: code }],
      [employerA, { vacancyId: fixture.vacancy.id, candidateId: 'K-00000' }],
      [employerA, { vacancyId: unknownId, candidateId: code }],
    ] as const)
      await expect((await caller()).market.candidate(input)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(changedTables(before, await fingerprint())).toEqual([]);
    const { status } = await getAs(database.db, fixture.employerA.email, 'market.candidate', {
      vacancyId: fixture.vacancy.id,
      candidateId: 'x'.repeat(40),
    });
    expect(status).toBe(400);
  });
});
