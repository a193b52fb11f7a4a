import { TRPCError } from '@trpc/server';
import { and, count, eq, isNull, notInArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  auditLog,
  occupationSkills,
  outbox,
  skills,
  workerDesiredOccupations,
  workerProfiles,
  workerSkills,
} from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { describeZodError } from '~/server/api/trpc';
import { anonymousCaller, callerFor, postAs, sessionUserByEmail } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createSeededTestDatabase();
});
afterAll(() => database?.destroy());

const otherWorker = 'werknemer.001@overstap.demo';

async function profileOf(email: string) {
  const user = await sessionUserByEmail(database.db, email);
  const [profile] = await database.db.select().from(workerProfiles).where(eq(workerProfiles.userId, user.id));
  return profile!;
}

async function skillsOf(workerId: string) {
  return database.db
    .select()
    .from(workerSkills)
    .where(eq(workerSkills.workerId, workerId))
    .orderBy(workerSkills.skillId);
}

/** Everything a worker-skill write touches: its skills, its search-outbox rows and the audit log. */
async function snapshot(workerId: string) {
  const { db } = database;
  const [[o], [a]] = await Promise.all([
    db
      .select({ n: count() })
      .from(outbox)
      .where(and(eq(outbox.aggregate, 'worker_profile'), eq(outbox.aggregateId, workerId))),
    db.select({ n: count() }).from(auditLog).where(eq(auditLog.subjectId, workerId)),
  ]);
  return { skills: await skillsOf(workerId), outbox: o!.n, audit: a!.n };
}

/** A current taxonomy skill the worker does not have yet. */
async function skillNotHeldBy(workerId: string, skip: string[] = []) {
  const held = (await skillsOf(workerId)).map((s) => s.skillId);
  const [skill] = await database.db
    .select({ id: skills.id })
    .from(skills)
    .where(
      and(isNull(skills.retiredAt), notInArray(skills.id, [...held, ...skip, '00000000-0000-4000-8000-000000000000'])),
    )
    .orderBy(skills.uri)
    .limit(1);
  return skill!.id;
}

async function expectTrpcError(promise: Promise<unknown>, code: TRPCError['code'], message?: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  if (message) expect((error as TRPCError).message).toMatch(message);
}

/** A 400 from the input schema, naming `field` (the HTTP error formatter turns it into "Invalid input — field: …"). */
async function expectInvalidField(promise: Promise<unknown>, field: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe('BAD_REQUEST');
  const cause = (error as TRPCError).cause;
  expect(cause).toBeInstanceOf(ZodError);
  expect(describeZodError(cause as ZodError)).toContain(`${field}:`);
}

/** Posts to the real tRPC HTTP handler as the demo worker, the way the browser client does. */
const postAsWorker = (path: string, input: unknown) =>
  postAs<{ error?: { json: { message: string } } }>(database.db, demoAccounts.worker, path, input);

describe("a worker's own skills", () => {
  it('adds, re-levels and removes a self-declared skill, each with a search-outbox row and an audit entry', async () => {
    const caller = await callerFor(database.db, demoAccounts.worker);
    const profile = await profileOf(demoAccounts.worker);
    const skillId = await skillNotHeldBy(profile.id);
    const before = await snapshot(profile.id);

    await caller.worker.addSkill({ skillId, level: 2 });
    let now = await snapshot(profile.id);
    expect(now.skills.find((s) => s.skillId === skillId)).toMatchObject({ level: 2, source: 'self' });
    expect(now.outbox).toBe(before.outbox + 1);
    expect(now.audit).toBe(before.audit + 1);

    await caller.worker.setSkillLevel({ skillId, level: 4 });
    now = await snapshot(profile.id);
    expect(now.skills.find((s) => s.skillId === skillId)?.level).toBe(4);
    expect(now.outbox).toBe(before.outbox + 2);

    // The same level again is no change: nothing to index, nothing to log.
    await caller.worker.setSkillLevel({ skillId, level: 4 });
    expect((await snapshot(profile.id)).outbox).toBe(before.outbox + 2);

    await caller.worker.removeSkill({ skillId });
    now = await snapshot(profile.id);
    expect(now.skills.map((s) => s.skillId)).not.toContain(skillId);
    expect(now.outbox).toBe(before.outbox + 3);
    expect(now.audit).toBe(before.audit + 3);

    const actions = await database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.subjectId, profile.id))
      .orderBy(auditLog.id);
    expect(actions.slice(-3).map((a) => a.action)).toEqual([
      'worker.skill.add',
      'worker.skill.level',
      'worker.skill.remove',
    ]);
  });

  it("never touches another worker's profile", async () => {
    const mine = await profileOf(demoAccounts.worker);
    const theirs = await profileOf(otherWorker);
    const mySkillIds = new Set((await skillsOf(mine.id)).map((s) => s.skillId));
    const theirSkill = (await skillsOf(theirs.id)).find((s) => !mySkillIds.has(s.skillId));
    expect(theirSkill).toBeDefined();
    const theirsBefore = await snapshot(theirs.id);

    const caller = await callerFor(database.db, demoAccounts.worker);
    // A skill id is only ever looked up on the caller's own profile: the other worker's skill is not found there.
    await expectTrpcError(caller.worker.removeSkill({ skillId: theirSkill!.skillId }), 'NOT_FOUND');
    await expectTrpcError(caller.worker.setSkillLevel({ skillId: theirSkill!.skillId, level: 1 }), 'NOT_FOUND');
    // Input has no way to name a profile: an extra workerId is stripped by the schema, the write lands on the caller's own profile.
    const skillId = await skillNotHeldBy(
      mine.id,
      (await skillsOf(theirs.id)).map((s) => s.skillId),
    );
    await caller.worker.addSkill({ skillId, level: 3, workerId: theirs.id } as never);
    expect((await skillsOf(mine.id)).map((s) => s.skillId)).toContain(skillId);
    expect(await snapshot(theirs.id)).toEqual(theirsBefore);
  });

  it('is only for workers: employers, coordinators and anonymous callers are refused', async () => {
    const theirs = await profileOf(demoAccounts.worker);
    const skillId = await skillNotHeldBy(theirs.id);
    const before = await snapshot(theirs.id);
    for (const email of [demoAccounts.employer, demoAccounts.coordinator]) {
      const caller = await callerFor(database.db, email);
      await expectTrpcError(caller.worker.addSkill({ skillId, level: 2 }), 'FORBIDDEN');
      await expectTrpcError(caller.worker.occupationProposals(), 'FORBIDDEN');
    }
    await expectTrpcError(anonymousCaller(database.db).worker.addSkill({ skillId, level: 2 }), 'UNAUTHORIZED');
    expect(await snapshot(theirs.id)).toEqual(before);
  });

  it('refuses bad input with a message naming the field, and changes nothing', async () => {
    const caller = await callerFor(database.db, demoAccounts.worker);
    const profile = await profileOf(demoAccounts.worker);
    const skillId = await skillNotHeldBy(profile.id);
    const held = (await skillsOf(profile.id))[0]!;
    const before = await snapshot(profile.id);

    const http = await postAsWorker('worker.addSkill', { skillId, level: 5 });
    expect(http.status).toBe(400);
    expect(http.body.error!.json.message).toBe('Invalid input — level: level is 1 to 4');
    await expectInvalidField(caller.worker.addSkill({ skillId, level: 0 }), 'level');
    await expectInvalidField(caller.worker.addSkill({ skillId, level: 2.5 }), 'level');
    await expectInvalidField(caller.worker.addSkill({ skillId: 'lassen', level: 2 }), 'skillId');
    await expectTrpcError(
      caller.worker.addSkill({ skillId: '00000000-0000-4000-8000-000000000000', level: 2 }),
      'BAD_REQUEST',
      /not in the taxonomy/,
    );
    await expectTrpcError(
      caller.worker.addSkill({ skillId: held.skillId, level: 2 }),
      'CONFLICT',
      /already on your profile/,
    );
    await expectInvalidField(caller.worker.adoptSkills({ skills: [] }), 'skills');
    await expectInvalidField(
      caller.worker.adoptSkills({
        skills: [
          { skillId, level: 2 },
          { skillId, level: 3 },
        ],
      }),
      'skills',
    );
    // One unknown skill in a list rolls the whole list back.
    await expectTrpcError(
      caller.worker.adoptSkills({
        skills: [
          { skillId, level: 2 },
          { skillId: '00000000-0000-4000-8000-000000000000', level: 2 },
        ],
      }),
      'BAD_REQUEST',
    );
    await expectTrpcError(
      caller.worker.setDesiredOccupations({ occupationIds: ['00000000-0000-4000-8000-000000000000'] }),
      'BAD_REQUEST',
    );
    await expectInvalidField(caller.worker.setSkillLevel({ skillId: held.skillId, level: 9 }), 'level');

    expect(await snapshot(profile.id)).toEqual(before);
  });

  it('cannot remove or re-level a skill confirmed by the employer or accredited, and says so', async () => {
    const caller = await callerFor(database.db, demoAccounts.worker);
    const profile = await profileOf(demoAccounts.worker);
    // Make sure the worker has one employer-confirmed and one accredited skill.
    const confirmedId = await skillNotHeldBy(profile.id);
    await database.db.insert(workerSkills).values({
      workerId: profile.id,
      skillId: confirmedId,
      level: 3,
      source: 'employer',
      confirmedByOrganisationId: profile.currentOrganisationId,
    });
    const accredited = await skillNotHeldBy(profile.id);
    await database.db
      .insert(workerSkills)
      .values({ workerId: profile.id, skillId: accredited, level: 2, source: 'accredited' });
    const before = await snapshot(profile.id);

    await expectTrpcError(caller.worker.removeSkill({ skillId: confirmedId }), 'FORBIDDEN', /confirmed by an employer/);
    await expectTrpcError(
      caller.worker.setSkillLevel({ skillId: confirmedId, level: 4 }),
      'FORBIDDEN',
      /confirmed by an employer/,
    );
    await expectTrpcError(caller.worker.removeSkill({ skillId: accredited }), 'FORBIDDEN', /accredited/);
    // Taking over proposals never overwrites them either.
    const adopted = await caller.worker.adoptSkills({ skills: [{ skillId: confirmedId, level: 1 }] });
    expect(adopted).toEqual({ added: [], skipped: 1 });

    const after = await snapshot(profile.id);
    expect(after).toEqual(before);
    expect(after.skills.find((s) => s.skillId === confirmedId)).toMatchObject({ level: 3, source: 'employer' });
  });
});

describe("a worker's desired occupations", () => {
  it("proposes each occupation's skills the worker lacks, marked by occupation, and takes them over in one write", async () => {
    const { db } = database;
    const caller = await callerFor(db, otherWorker);
    const profile = await profileOf(otherWorker);
    const [first, second] = await db
      .select({ id: occupationSkills.occupationId, n: count() })
      .from(occupationSkills)
      .groupBy(occupationSkills.occupationId)
      .orderBy(occupationSkills.occupationId)
      .limit(2);
    const before = await snapshot(profile.id);

    await caller.worker.setDesiredOccupations({ occupationIds: [second!.id, first!.id] });
    const desired = await db
      .select({ id: workerDesiredOccupations.occupationId, position: workerDesiredOccupations.position })
      .from(workerDesiredOccupations)
      .where(eq(workerDesiredOccupations.workerId, profile.id))
      .orderBy(workerDesiredOccupations.position);
    expect(desired).toEqual([
      { id: second!.id, position: 1 },
      { id: first!.id, position: 2 },
    ]);
    expect((await snapshot(profile.id)).outbox).toBe(before.outbox + 1);

    const proposals = await caller.worker.occupationProposals();
    // One group per desired occupation, in the worker's order of preference.
    expect(proposals.occupations.map((o) => o.occupation.id)).toEqual([second!.id, first!.id]);
    const held = new Set((await skillsOf(profile.id)).map((s) => s.skillId));
    const proposed = proposals.occupations.flatMap((o) => [...o.essential, ...o.optional]);
    expect(proposed.length).toBeGreaterThan(0);
    expect(proposed.every((s) => !held.has(s.id))).toBe(true);
    for (const group of proposals.occupations) {
      const { essential, optional } = await caller.taxonomy.occupationSkills({ occupationId: group.occupation.id });
      const ofOccupation = new Set([...essential, ...optional].map((s) => s.id));
      expect([...group.essential, ...group.optional].every((s) => ofOccupation.has(s.id))).toBe(true);
    }

    const firstChoice = proposals.occupations[0]!;
    const result = await caller.worker.adoptSkills({
      skills: firstChoice.essential.map((s) => ({ skillId: s.id, level: 2 })),
    });
    expect(result.added.sort()).toEqual(firstChoice.essential.map((s) => s.id).sort());
    const after = await snapshot(profile.id);
    expect(after.outbox).toBe(before.outbox + 2); // one for the occupations, one for all adopted skills
    expect(
      after.skills.filter((s) => result.added.includes(s.skillId)).every((s) => s.source === 'self' && s.level === 2),
    ).toBe(true);

    // Taken over once, a skill leaves every occupation's proposals.
    const again = await caller.worker.occupationProposals();
    expect(again.occupations[0]!.essential).toEqual([]);
    expect(again.occupations[0]!.optional.map((s) => s.id)).toEqual(firstChoice.optional.map((s) => s.id));
    const adopted = new Set(result.added);
    expect(again.occupations[1]!.essential.some((s) => adopted.has(s.id))).toBe(false);

    await caller.worker.setDesiredOccupations({ occupationIds: [] });
    expect(await caller.worker.occupationProposals()).toEqual({ occupations: [] });
  });
});
