/**
 * The worker's complete profile (issue 10, §4): work history, education level, languages,
 * desired occupations, current occupation, preferences and the completeness meter. Every
 * procedure: the happy path with its outbox row and audit entry, a repeated request that
 * changes nothing, bad input (400 naming the field, nothing written) and only the caller's
 * own profile.
 */
import { TRPCError } from '@trpc/server';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, occupationSkills, skills, workerSkills } from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { addDays } from '~/server/lib/dates';
import { todayIso } from '~/server/lib/input';
import { MAX_DESIRED_OCCUPATIONS } from '~/server/services/worker-desired-occupations';
import { PREFERENCES_SAVED } from '~/server/services/worker-preferences';
import { callerFor, postAs, sessionUserByEmail } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { auditActions, createBareWorker, occupationByCode, profileState } from '~/tests/helpers/profile-fixture';

let database: TestDatabase;
beforeAll(async () => {
  database = await createSeededTestDatabase();
});
afterAll(() => database?.destroy());

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

interface ErrorBody {
  error?: { json: { message: string; data: { httpStatus: number; fieldErrors: Record<string, string[]> | null } } };
}

/**
 * Posts a mutation through the real HTTP handler and expects a 400 that names `field` (in
 * fieldErrors, which a form shows at the field) and says what is wrong; returns the message.
 */
async function expectRefused(email: string, path: string, input: unknown, field: string, message?: RegExp) {
  const { status, body } = await postAs<ErrorBody>(database.db, email, path, input);
  expect(status, JSON.stringify(body)).toBe(400);
  const error = body.error!.json;
  expect(Object.keys(error.data.fieldErrors ?? {}), error.message).toContain(field.split('.')[0]);
  if (message) expect(error.message).toMatch(message);
  return error.message;
}

async function expectTrpcError(promise: Promise<unknown>, code: TRPCError['code']) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
}

async function profileIdOf(email: string) {
  const user = await sessionUserByEmail(database.db, email);
  const { db } = database;
  const [row] = await db.query.workerProfiles.findMany({ where: (p, { eq: e }) => e(p.userId, user.id) });
  return row!.id;
}

/** Current occupations of the demo taxonomy that list essential skills. */
async function occupationsWithEssentials(n: number) {
  const rows = await database.db
    .selectDistinct({ id: occupationSkills.occupationId })
    .from(occupationSkills)
    .where(eq(occupationSkills.relation, 'essential'))
    .orderBy(occupationSkills.occupationId)
    .limit(n);
  return rows.map((r) => r.id);
}

const job = {
  employerName: 'Vlamkap Metaalwerken',
  title: 'Lasser',
  startDate: '2012-03-01',
  endDate: '2018-06-30',
};

describe('work history', () => {
  it('adds, edits and removes jobs, most recent first, each with an outbox row and an audit entry', async () => {
    const { db } = database;
    const worker = await createBareWorker(db);
    const caller = await callerFor(db, worker.email);
    const welder = await occupationByCode(db, '7212.3');
    const before = await profileState(db, worker.profileId);

    const old = await caller.worker.addExperience({ ...job, occupationId: welder.id });
    const current = await caller.worker.addExperience({
      employerName: 'Anker Machinebouw',
      title: 'Monteur',
      startDate: '2018-09-01',
    });
    expect(current).toMatchObject({ occupationId: null, endDate: null });
    let state = await profileState(db, worker.profileId);
    expect(state.outbox).toBe(before.outbox + 2);
    expect(state.audit).toBe(before.audit + 2);

    // Sending the same job again (a double click) adds nothing.
    expect((await caller.worker.addExperience({ ...job, occupationId: welder.id })).id).toBe(old.id);
    expect((await profileState(db, worker.profileId)).outbox).toBe(before.outbox + 2);

    let me = await caller.worker.me();
    expect(me.experiences.map((e) => e.id)).toEqual([current.id, old.id]);
    expect(me.experiences[1]).toMatchObject({ occupationLabelNl: 'Lasser', occupationLabelEn: 'Welder' });

    const edited = {
      experienceId: old.id,
      ...job,
      title: 'Lasser-constructeur',
      occupationId: null,
      endDate: '2018-08-31',
    };
    await caller.worker.updateExperience(edited);
    state = await profileState(db, worker.profileId);
    expect(state.experiences.find((e) => e.id === old.id)).toMatchObject({
      title: 'Lasser-constructeur',
      occupationId: null,
      endDate: '2018-08-31',
    });
    expect(state.outbox).toBe(before.outbox + 3);
    await caller.worker.updateExperience(edited); // no change: nothing written
    expect((await profileState(db, worker.profileId)).outbox).toBe(before.outbox + 3);

    await caller.worker.removeExperience({ experienceId: old.id });
    me = await caller.worker.me();
    expect(me.experiences.map((e) => e.id)).toEqual([current.id]);
    expect((await profileState(db, worker.profileId)).outbox).toBe(before.outbox + 4);
    // Removing it again finds nothing and changes nothing.
    await expectTrpcError(caller.worker.removeExperience({ experienceId: old.id }), 'NOT_FOUND');
    expect((await auditActions(db, worker.profileId)).slice(-4)).toEqual([
      'worker.experience.add',
      'worker.experience.add',
      'worker.experience.update',
      'worker.experience.remove',
    ]);
  });

  it('refuses reversed dates, a future start and an unknown occupation, naming the field, and writes nothing', async () => {
    const { db } = database;
    const worker = await createBareWorker(db);
    const caller = await callerFor(db, worker.email);
    const kept = await caller.worker.addExperience(job);
    const before = await profileState(db, worker.profileId);

    const reversed = await expectRefused(
      worker.email,
      'worker.addExperience',
      { ...job, startDate: '2018-06-30', endDate: '2012-03-01' },
      'endDate',
    );
    expect(reversed).toBe('Invalid input — endDate: must not be before startDate');
    await expectRefused(
      worker.email,
      'worker.addExperience',
      { ...job, startDate: addDays(todayIso(), 10), endDate: null },
      'startDate',
      /startDate: must not be in the future/,
    );
    await expectRefused(
      worker.email,
      'worker.addExperience',
      { ...job, occupationId: UNKNOWN_ID },
      'occupationId',
      /not in the taxonomy/,
    );
    await expectRefused(worker.email, 'worker.addExperience', { ...job, employerName: '  ' }, 'employerName');
    await expectRefused(worker.email, 'worker.addExperience', { ...job, startDate: '2019-02-29' }, 'startDate');
    await expectRefused(
      worker.email,
      'worker.updateExperience',
      { experienceId: kept.id, ...job, endDate: '2011-12-31' },
      'endDate',
      /endDate: must not be before startDate/,
    );
    await expectRefused(
      worker.email,
      'worker.updateExperience',
      { experienceId: kept.id, ...job, occupationId: UNKNOWN_ID },
      'occupationId',
    );

    expect(await profileState(db, worker.profileId)).toEqual(before);
  });

  it("answers another worker's job as not found, exactly like a missing one, and leaves it alone", async () => {
    const { db } = database;
    const theirs = await createBareWorker(db);
    const their = await (await callerFor(db, theirs.email)).worker.addExperience(job);
    const theirBefore = await profileState(db, theirs.profileId);
    const caller = await callerFor(db, demoAccounts.worker);
    const mine = await profileIdOf(demoAccounts.worker);
    const myBefore = await profileState(db, mine);

    for (const experienceId of [their.id, UNKNOWN_ID]) {
      const update = await postAs<ErrorBody>(db, demoAccounts.worker, 'worker.updateExperience', {
        experienceId,
        ...job,
        title: 'Overgenomen',
      });
      expect(update.status).toBe(404);
      expect(update.body.error!.json.message).toBe('Work history entry not found.');
      await expectTrpcError(caller.worker.removeExperience({ experienceId }), 'NOT_FOUND');
    }
    // Input cannot name a profile: an extra workerId is stripped and the job lands on the caller's own.
    await caller.worker.addExperience({ ...job, title: 'Eigen baan', workerId: theirs.profileId } as never);
    expect(await profileState(db, theirs.profileId)).toEqual(theirBefore);
    expect((await profileState(db, mine)).experiences.length).toBe(myBefore.experiences.length + 1);
  });
});

describe('languages', () => {
  it('sets the list, mother tongues first, and a repeated request changes nothing', async () => {
    const { db } = database;
    const worker = await createBareWorker(db);
    const caller = await callerFor(db, worker.email);
    const before = await profileState(db, worker.profileId);

    await caller.worker.setLanguages({
      languages: [
        { language: 'en', level: 'B2' },
        { language: 'PL', level: 'native' },
        { language: 'de', level: 'A2' },
      ],
    });
    const me = await caller.worker.me();
    expect(me.languages).toEqual([
      { language: 'pl', level: 'native' },
      { language: 'en', level: 'B2' },
      { language: 'de', level: 'A2' },
    ]);
    expect((await profileState(db, worker.profileId)).outbox).toBe(before.outbox + 1);

    // The same list in another order is the same list.
    await caller.worker.setLanguages({
      languages: [
        { language: 'de', level: 'A2' },
        { language: 'pl', level: 'native' },
        { language: 'en', level: 'B2' },
      ],
    });
    expect((await profileState(db, worker.profileId)).outbox).toBe(before.outbox + 1);

    await caller.worker.setLanguages({ languages: [{ language: 'nl', level: 'C1' }] });
    expect((await caller.worker.me()).languages).toEqual([{ language: 'nl', level: 'C1' }]);
    expect((await profileState(db, worker.profileId)).audit).toBe(before.audit + 2);
  });

  it('refuses a duplicate language, an unknown code and an unknown level, naming the field', async () => {
    const { db } = database;
    const worker = await createBareWorker(db);
    await (await callerFor(db, worker.email)).worker.setLanguages({ languages: [{ language: 'nl', level: 'native' }] });
    const before = await profileState(db, worker.profileId);

    const duplicate = await expectRefused(
      worker.email,
      'worker.setLanguages',
      {
        languages: [
          { language: 'en', level: 'B2' },
          { language: 'EN', level: 'C1' },
        ],
      },
      'languages',
    );
    expect(duplicate).toBe('Invalid input — languages.1.language: "en" is listed more than once');
    await expectRefused(
      worker.email,
      'worker.setLanguages',
      { languages: [{ language: 'zz', level: 'B1' }] },
      'languages',
      /languages\.0\.language: is not a known ISO 639-1 language code/,
    );
    await expectRefused(
      worker.email,
      'worker.setLanguages',
      { languages: [{ language: 'Nederlands', level: 'B1' }] },
      'languages',
      /two-letter/,
    );
    await expectRefused(
      worker.email,
      'worker.setLanguages',
      { languages: [{ language: 'fr', level: 'D1' }] },
      'languages',
      /languages\.0\.level/,
    );
    expect(await profileState(db, worker.profileId)).toEqual(before);
  });
});

describe('desired occupations', () => {
  it(`keeps up to ${MAX_DESIRED_OCCUPATIONS} in the order of preference`, async () => {
    const { db } = database;
    const worker = await createBareWorker(db);
    const caller = await callerFor(db, worker.email);
    const ids = await occupationsWithEssentials(MAX_DESIRED_OCCUPATIONS);
    const before = await profileState(db, worker.profileId);

    await caller.worker.setDesiredOccupations({ occupationIds: ids });
    let me = await caller.worker.me();
    expect(me.desiredOccupations.map((d) => d.occupationId)).toEqual(ids);
    expect(me.desiredOccupations.map((d) => d.position)).toEqual([1, 2, 3, 4, 5]);
    expect((await profileState(db, worker.profileId)).outbox).toBe(before.outbox + 1);

    await caller.worker.setDesiredOccupations({ occupationIds: ids }); // unchanged
    expect((await profileState(db, worker.profileId)).outbox).toBe(before.outbox + 1);

    const reordered = [ids[2]!, ids[0]!];
    await caller.worker.setDesiredOccupations({ occupationIds: reordered });
    me = await caller.worker.me();
    expect(me.desiredOccupations.map((d) => d.occupationId)).toEqual(reordered);
    expect((await profileState(db, worker.profileId)).outbox).toBe(before.outbox + 2);
    expect((await auditActions(db, worker.profileId)).slice(-1)).toEqual(['worker.desired_occupations.set']);
  });

  it('refuses too many, a duplicate and an unknown occupation, naming the field, and writes nothing', async () => {
    const { db } = database;
    const worker = await createBareWorker(db);
    const ids = await occupationsWithEssentials(MAX_DESIRED_OCCUPATIONS + 1);
    await (await callerFor(db, worker.email)).worker.setDesiredOccupations({ occupationIds: ids.slice(0, 2) });
    const before = await profileState(db, worker.profileId);

    await expectRefused(
      worker.email,
      'worker.setDesiredOccupations',
      { occupationIds: ids },
      'occupationIds',
      /occupationIds: choose at most 5 desired occupations/,
    );
    await expectRefused(
      worker.email,
      'worker.setDesiredOccupations',
      { occupationIds: [ids[0], ids[1], ids[0]] },
      'occupationIds',
      /occupationIds\.2: each occupation can be listed only once/,
    );
    const unknown = await expectRefused(
      worker.email,
      'worker.setDesiredOccupations',
      { occupationIds: [ids[0], UNKNOWN_ID] },
      'occupationIds',
    );
    expect(unknown).toBe('One or more occupations are not in the taxonomy.');
    expect(await profileState(db, worker.profileId)).toEqual(before);
  });
});

describe('current occupation and education level', () => {
  it('sets each, once per change, and refuses an unknown occupation naming the field', async () => {
    const { db } = database;
    const worker = await createBareWorker(db, { educationLevel: 'mbo' });
    const caller = await callerFor(db, worker.email);
    const cnc = await occupationByCode(db, '7223.4');
    const before = await profileState(db, worker.profileId);

    await caller.worker.setCurrentOccupation({ occupationId: cnc.id });
    await caller.worker.setCurrentOccupation({ occupationId: cnc.id });
    await caller.worker.setEducationLevel({ educationLevel: 'hbo' });
    await caller.worker.setEducationLevel({ educationLevel: 'hbo' });
    const me = await caller.worker.me();
    expect(me.occupation).toEqual({ id: cnc.id, labelNl: 'CNC-verspaner', labelEn: 'CNC machinist' });
    expect(me.profile.educationLevel).toBe('hbo');
    const after = await profileState(db, worker.profileId);
    expect(after.outbox).toBe(before.outbox + 2);
    expect((await auditActions(db, worker.profileId)).slice(-2)).toEqual([
      'worker.current_occupation.set',
      'worker.education_level.set',
    ]);

    await expectRefused(
      worker.email,
      'worker.setCurrentOccupation',
      { occupationId: UNKNOWN_ID },
      'occupationId',
      /not in the taxonomy/,
    );
    await expectRefused(worker.email, 'worker.setEducationLevel', { educationLevel: 'phd' }, 'educationLevel');
    expect(await profileState(db, worker.profileId)).toEqual(after);

    await caller.worker.setCurrentOccupation({ occupationId: null });
    expect((await caller.worker.me()).occupation).toBeNull();
  });
});

describe('gender', () => {
  it('is optional: set, changed and cleared by the worker (prefer not to say is null), each change audited once', async () => {
    const { db } = database;
    const worker = await createBareWorker(db);
    const caller = await callerFor(db, worker.email);
    expect((await caller.worker.me()).profile.gender).toBeNull();
    const before = await profileState(db, worker.profileId);

    await caller.worker.setGender({ gender: 'female' });
    await caller.worker.setGender({ gender: 'female' });
    expect((await caller.worker.me()).profile.gender).toBe('female');
    await caller.worker.setGender({ gender: 'non_binary' });
    await caller.worker.setGender({ gender: null });
    await caller.worker.setGender({ gender: null });
    expect((await caller.worker.me()).profile.gender).toBeNull();
    const after = await profileState(db, worker.profileId);
    expect(after.audit).toBe(before.audit + 3);
    expect((await auditActions(db, worker.profileId)).slice(-3)).toEqual([
      'worker.gender.set',
      'worker.gender.set',
      'worker.gender.set',
    ]);
    const changes = await db
      .select({ metadata: auditLog.metadata, actor: auditLog.actorUserId })
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, worker.profileId), eq(auditLog.action, 'worker.gender.set')))
      .orderBy(asc(auditLog.id));
    expect(changes).toEqual([
      { metadata: { from: null, to: 'female' }, actor: worker.userId },
      { metadata: { from: 'female', to: 'non_binary' }, actor: worker.userId },
      { metadata: { from: 'non_binary', to: null }, actor: worker.userId },
    ]);

    // "Undisclosed" is not a choice: not saying is null.
    for (const gender of ['undisclosed', 'vrouw', '', undefined])
      await expectRefused(worker.email, 'worker.setGender', { gender }, 'gender');
    expect(await profileState(db, worker.profileId)).toEqual(after);
  });

  it("is only ever the caller's own", async () => {
    const { db } = database;
    const worker = await createBareWorker(db, { gender: 'male' });
    const other = await createBareWorker(db);
    await (await callerFor(db, other.email)).worker.setGender({ gender: 'female' });
    expect((await profileState(db, worker.profileId)).profile.gender).toBe('male');
    expect((await profileState(db, other.profileId)).profile.gender).toBe('female');
  });
});

const preferences = {
  hoursMin: 24,
  hoursMax: 32,
  contractPreferences: ['fixed_term', 'permanent'] as ('fixed_term' | 'permanent')[],
  homePostcode: '5701 AB',
  maxCommuteKm: 35,
  remotePreferences: ['hybrid', 'on_site'] as ('hybrid' | 'on_site')[],
  availableFrom: '2027-02-01',
  salaryFloor: 3100,
};

describe('preferences', () => {
  it('saves every flexibility dimension; a new postcode moves the home to its area, from the built-in table', async () => {
    const { db } = database;
    const worker = await createBareWorker(db); // lives in 5611 Eindhoven
    const caller = await callerFor(db, worker.email);
    const before = await profileState(db, worker.profileId);

    await caller.worker.setPreferences(preferences);
    const after = await profileState(db, worker.profileId);
    expect(after.profile).toMatchObject({
      hoursMin: 24,
      hoursMax: 32,
      contractPreferences: ['permanent', 'fixed_term'],
      homePostcode: '5701', // only the area is kept
      homeCity: 'Helmond',
      maxCommuteKm: 35,
      remotePreferences: ['on_site', 'hybrid'],
      availableFrom: '2027-02-01',
      salaryFloor: 3100,
    });
    expect(after.profile.homeLat).toBeCloseTo(51.48, 1);
    expect(after.profile.homeLon).toBeCloseTo(5.66, 1);
    expect(after.outbox).toBe(before.outbox + 1);
    expect(after.audit).toBe(before.audit + 1);

    // The same preferences again, choices in another order: nothing to write.
    await caller.worker.setPreferences({ ...preferences, contractPreferences: ['permanent', 'fixed_term'] });
    expect(await profileState(db, worker.profileId)).toEqual(after);
  });

  it('keeps an exact home while the postcode area stays the same', async () => {
    const { db } = database;
    const worker = await createBareWorker(db, { homePostcode: '5611 XK', homeLat: 51.4412, homeLon: 5.4701 });
    const caller = await callerFor(db, worker.email);
    await caller.worker.setPreferences({ ...preferences, homePostcode: '5611' });
    const { profile } = await profileState(db, worker.profileId);
    expect(profile).toMatchObject({ homePostcode: '5611 XK', homeLat: 51.4412, homeLon: 5.4701, hoursMin: 24 });
  });

  it('counts a first save that keeps the defaults as stated preferences, once', async () => {
    const { db } = database;
    const worker = await createBareWorker(db);
    const caller = await callerFor(db, worker.email);
    const { profile } = await profileState(db, worker.profileId);
    const defaults = {
      hoursMin: profile.hoursMin,
      hoursMax: profile.hoursMax,
      contractPreferences: profile.contractPreferences,
      homePostcode: profile.homePostcode,
      maxCommuteKm: profile.maxCommuteKm,
      remotePreferences: profile.remotePreferences,
      availableFrom: profile.availableFrom,
      salaryFloor: profile.salaryFloor,
    };
    const keys = async () => (await caller.worker.completeness({ locale: 'nl' })).items.map((i) => i.key);
    expect(await keys()).toContain('reviewPreferences');
    const before = await profileState(db, worker.profileId);

    await caller.worker.setPreferences(defaults);
    const after = await profileState(db, worker.profileId);
    expect(after.profile).toEqual(before.profile);
    expect(after.audit).toBe(before.audit + 1);
    expect((await auditActions(db, worker.profileId)).at(-1)).toBe(PREFERENCES_SAVED);
    expect(await keys()).not.toContain('reviewPreferences');

    await caller.worker.setPreferences(defaults);
    expect(await profileState(db, worker.profileId)).toEqual(after);
  });

  it('refuses hours min above max, an unknown postcode and empty choices, naming the field, and writes nothing', async () => {
    const { db } = database;
    const worker = await createBareWorker(db);
    const before = await profileState(db, worker.profileId);
    const refuse = (change: Record<string, unknown>, field: string, message?: RegExp) =>
      expectRefused(worker.email, 'worker.setPreferences', { ...preferences, ...change }, field, message);

    expect(await refuse({ hoursMin: 36, hoursMax: 24 }, 'hoursMin')).toBe(
      'Invalid input — hoursMin: must not be more than hoursMax',
    );
    await refuse({ homePostcode: '1000' }, 'homePostcode', /homePostcode: is not a Dutch postcode we know/);
    await refuse({ homePostcode: 'Eindhoven' }, 'homePostcode', /homePostcode: is not a Dutch postcode we know/);
    await refuse({ homePostcode: '' }, 'homePostcode', /homePostcode: enter your postcode/);
    await refuse({ contractPreferences: [] }, 'contractPreferences', /choose at least one contract type/);
    await refuse({ contractPreferences: ['permanent', 'permanent'] }, 'contractPreferences', /listed more than once/);
    await refuse({ remotePreferences: [] }, 'remotePreferences');
    await refuse({ remotePreferences: ['office'] }, 'remotePreferences');
    await refuse({ maxCommuteKm: 0 }, 'maxCommuteKm');
    await refuse({ hoursMax: 61 }, 'hoursMax');
    await refuse({ salaryFloor: -1 }, 'salaryFloor');
    await refuse({ availableFrom: '2027-13-01' }, 'availableFrom');
    expect(await profileState(db, worker.profileId)).toEqual(before);
  });
});

describe('completeness meter', () => {
  it('starts a bare profile at what matters most for matching', async () => {
    const { db } = database;
    const worker = await createBareWorker(db, { homePostcode: '1000' }); // a postcode the table does not know
    const result = await (await callerFor(db, worker.email)).worker.completeness({ locale: 'nl' });
    expect(result.percent).toBe(0);
    expect(result.items.map((i) => i.key)).toEqual([
      'addSkills',
      'reviewPreferences',
      'addHomePostcode',
      'addDesiredOccupation',
      'addCurrentOccupation',
      'addWorkHistory',
      'addLanguages',
    ]);
  });

  it("names the desired occupation whose skills are missing, with how many, in the reader's language", async () => {
    const { db } = database;
    const worker = await createBareWorker(db);
    const caller = await callerFor(db, worker.email);
    const cnc = await occupationByCode(db, '7223.4');
    const welder = await occupationByCode(db, '7212.3');
    const essentialOf = async (occupationId: string) =>
      (
        await db
          .select({ id: occupationSkills.skillId })
          .from(occupationSkills)
          .innerJoin(skills, eq(skills.id, occupationSkills.skillId))
          .where(
            and(
              eq(occupationSkills.occupationId, occupationId),
              eq(occupationSkills.relation, 'essential'),
              isNull(skills.retiredAt),
            ),
          )
      ).map((r) => r.id);
    const cncSkills = await essentialOf(cnc.id);
    const welderSkills = (await essentialOf(welder.id)).filter((id) => !cncSkills.includes(id));
    expect(cncSkills.length).toBeGreaterThan(2);
    expect(welderSkills.length).toBeGreaterThan(1);

    await caller.worker.setDesiredOccupations({ occupationIds: [cnc.id, welder.id] });
    // The worker has every welding skill but one, and one CNC skill.
    await caller.worker.adoptSkills({
      skills: [...welderSkills.slice(1), cncSkills[0]!].map((skillId) => ({ skillId, level: 3 })),
    });
    await caller.worker.setCurrentOccupation({ occupationId: welder.id });
    await caller.worker.setPreferences(preferences);
    await caller.worker.addExperience(job);
    await caller.worker.setLanguages({ languages: [{ language: 'nl', level: 'native' }] });

    const held = await db.select().from(workerSkills).where(eq(workerSkills.workerId, worker.profileId));
    const result = await caller.worker.completeness({ locale: 'nl' });
    const items = result.items.filter((i) => i.key === 'addDesiredOccupationSkills');
    expect(items.map((i) => [i.occupation, i.missing])).toEqual([
      ['CNC-verspaner', cncSkills.length - 1],
      ['Lasser', (await essentialOf(welder.id)).filter((id) => !held.some((h) => h.skillId === id)).length],
    ]);
    expect(result.items[0]).toMatchObject({ key: 'addDesiredOccupationSkills', occupationId: cnc.id });
    expect(result.percent).toBeGreaterThan(50);
    expect(result.percent).toBeLessThan(100);

    const english = await caller.worker.completeness({ locale: 'en' });
    expect(english.items[0]).toMatchObject({ occupation: 'CNC machinist' });

    // Taking over what the proposals offer completes it.
    const proposals = await caller.worker.occupationProposals();
    await caller.worker.adoptSkills({
      // A skill both occupations ask for is proposed under each: take it over once.
      skills: [...new Set(proposals.occupations.flatMap((o) => o.essential.map((s) => s.id)))].map((skillId) => ({
        skillId,
        level: 2,
      })),
    });
    const skillCount = (await db.select().from(workerSkills).where(eq(workerSkills.workerId, worker.profileId))).length;
    expect(skillCount).toBeGreaterThanOrEqual(5);
    expect(await caller.worker.completeness({ locale: 'nl' })).toEqual({ percent: 100, items: [] });
  });

  it('is only for the worker themselves', async () => {
    const { db } = database;
    for (const email of [demoAccounts.employer, demoAccounts.coordinator, demoAccounts.admin]) {
      await expectTrpcError((await callerFor(db, email)).worker.completeness({ locale: 'nl' }), 'FORBIDDEN');
    }
  });
});

describe('the complete profile', () => {
  it('shows every part of the profile to its owner in one read', async () => {
    const { db } = database;
    const me = await (await callerFor(db, demoAccounts.worker)).worker.me();
    expect(Object.keys(me).sort()).toEqual(
      ['desiredOccupations', 'employer', 'experiences', 'languages', 'occupation', 'profile', 'skills'].sort(),
    );
    // The demo seed gives every worker Dutch as mother tongue.
    expect(me.languages[0]).toEqual({ language: 'nl', level: 'native' });
    const ids = await db
      .select({ id: workerSkills.skillId })
      .from(workerSkills)
      .where(inArray(workerSkills.workerId, [me.profile.id]));
    expect(me.skills.length).toBe(ids.length);
  });
});
