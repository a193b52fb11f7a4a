/**
 * Each employer knows a candidate by its own pseudonym (issue 9, point 8): stable for that
 * employer, different for another, made once even under concurrent requests, and resolvable
 * back to the worker only by the employer that holds it.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidatePseudonyms } from '~/db/schema';
import { DomainError } from '~/server/lib/errors';
import { createSearchBackend } from '~/server/search';
import { drainOutbox } from '~/server/search/sync';
import {
  CANDIDATE_CODE_PATTERN,
  candidatePseudonymsFor,
  resolveCandidatePseudonym,
} from '~/server/services/candidate-pseudonyms';
import {
  callerWithSearch,
  createCandidateFixture,
  employerActor,
  visibleWorkers,
  type CandidateFixture,
} from '~/tests/helpers/candidate-fixture';
import { createTestDatabase, type TestDatabase } from '~/tests/helpers/database';

let database: TestDatabase;
let fixture: CandidateFixture;
beforeAll(async () => {
  database = await createTestDatabase();
  fixture = await createCandidateFixture(database.db);
  await drainOutbox(database.db, createSearchBackend(database.db, {}));
});
afterAll(() => database?.destroy());

const notFound = (e: unknown) => e instanceof DomainError && e.kind === 'not_found';

/** Profile id → the pseudonym the employer's candidate search showed for it. */
async function searchedAs(which: 'employerA' | 'employerB') {
  const { db } = database;
  const caller = await callerWithSearch(db, fixture[which].email, createSearchBackend(db, {}));
  const { hits } = await caller.search.candidates({ pageSize: 100 });
  const actor = employerActor(fixture, which);
  const pairs = await Promise.all(
    hits.map(async (h) => [(await resolveCandidatePseudonym(db, actor, h)).workerId, h.candidateId] as const),
  );
  return new Map(pairs);
}

describe('candidate pseudonyms', () => {
  it('are readable codes, one per worker, the same in every answer to the same employer', async () => {
    const first = await searchedAs('employerA');
    expect(first.size).toBe(Object.keys(visibleWorkers).length);
    for (const code of first.values()) expect(code).toMatch(CANDIDATE_CODE_PATTERN);
    expect(new Set(first.values()).size).toBe(first.size);

    expect(await searchedAs('employerA')).toEqual(first);
    const caller = await callerWithSearch(database.db, fixture.employerA.email, createSearchBackend(database.db, {}));
    const matched = await caller.market.candidates({ vacancyId: fixture.vacancy.id, pageSize: 50 });
    expect(matched.rows.map((c) => c.candidateId).sort()).toEqual([...first.values()].sort());
  });

  it('differ between employers for the same worker', async () => {
    const a = await searchedAs('employerA');
    const b = await searchedAs('employerB');
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [workerId, code] of a) expect(b.get(workerId)).not.toBe(code);
  });

  it("resolve to the worker for their own employer only; another employer's code is unknown", async () => {
    const { db } = database;
    const worker = fixture.worker('north7');
    const [codeA] = (
      await candidatePseudonymsFor(db, employerActor(fixture, 'employerA'), { workerIds: [worker.profileId] })
    ).values();
    const [codeB] = (
      await candidatePseudonymsFor(db, employerActor(fixture, 'employerB'), { workerIds: [worker.profileId] })
    ).values();
    const asA = employerActor(fixture, 'employerA');
    const asB = employerActor(fixture, 'employerB');

    expect(await resolveCandidatePseudonym(db, asA, { candidateId: codeA! })).toEqual({ workerId: worker.profileId });
    expect(await resolveCandidatePseudonym(db, asB, { candidateId: codeB! })).toEqual({ workerId: worker.profileId });
    // Typed by hand: spaces and lower case do not matter.
    expect(await resolveCandidatePseudonym(db, asA, { candidateId: ` ${codeA!.toLowerCase()} ` })).toEqual({
      workerId: worker.profileId,
    });
    await expect(resolveCandidatePseudonym(db, asB, { candidateId: codeA! })).rejects.toSatisfy(notFound);
    await expect(resolveCandidatePseudonym(db, asA, { candidateId: codeB! })).rejects.toSatisfy(notFound);
    await expect(resolveCandidatePseudonym(db, asA, { candidateId: 'K-00000' })).rejects.toSatisfy(notFound);
    await expect(resolveCandidatePseudonym(db, asA, { candidateId: worker.profileId })).rejects.toSatisfy(notFound);
    await expect(resolveCandidatePseudonym(db, asA, { candidateId: "K-' or 1=1 --" })).rejects.toSatisfy(notFound);
  });

  it('are created once when many requests see a new worker at the same time', async () => {
    const { db } = database;
    const actor = employerActor(fixture, 'employerB');
    const fresh = fixture.workers.filter((w) => ['noConsent', 'placed', 'otherRegionOnly'].includes(w.key));
    const workerIds = fresh.map((w) => w.profileId);
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        candidatePseudonymsFor(db, actor, { workerIds: i % 2 ? workerIds : [...workerIds].reverse() }),
      ),
    );
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    const stored = await db
      .select()
      .from(candidatePseudonyms)
      .where(eq(candidatePseudonyms.organisationId, actor.organisationId));
    for (const id of workerIds) {
      const rows = stored.filter((r) => r.workerId === id);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.code).toBe(answers[0]!.get(id));
    }
    expect(new Set(stored.map((r) => r.code)).size).toBe(stored.length);
  });
});
