/**
 * Redundancy announcements: an approved employer creates, edits and cancels its own; sees the
 * figures of each and its people with the days of guidance left, and nothing a worker keeps to
 * themselves. Another firm's announcement answers exactly like a missing one.
 */
import { and, asc, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  invitations,
  occupations,
  outbox,
  redundancies,
  regions,
  workerProfiles,
  workerSkills,
} from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { addDays, addMonths, daysBetween } from '~/server/lib/dates';
import { todayIso } from '~/server/lib/input';
import { cohortRowFields } from '~/server/services/redundancy-cohort';
import { callerFor, postAs, sessionUserByEmail } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { expectRefusedWithoutWrites, request, type HttpRefusal } from '~/tests/helpers/invitations';
import { changedTables, tableFingerprinter } from '~/tests/helpers/writes';

let database: TestDatabase;
let occupationIds: string[];
/** The demo employer's seeded announcement (with workers), and another firm's. */
let ownAnnouncementId: string;
let otherAnnouncementId: string;
/** An announcement of a firm in another region. */
let otherRegionAnnouncementId: string;
const missingId = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  database = await createSeededTestDatabase();
  const { db } = database;
  occupationIds = (
    await db.select({ id: occupations.id }).from(occupations).orderBy(asc(occupations.code)).limit(3)
  ).map((o) => o.id);
  const employer = await sessionUserByEmail(db, demoAccounts.employer);
  const [own] = await db
    .select({ id: redundancies.id })
    .from(redundancies)
    .where(eq(redundancies.organisationId, employer.organisationId!));
  const [other] = await db
    .select({ id: redundancies.id })
    .from(redundancies)
    .where(ne(redundancies.organisationId, employer.organisationId!));
  const [elsewhere] = await db
    .select({ id: redundancies.id })
    .from(redundancies)
    .where(ne(redundancies.regionId, employer.regionId!));
  ownAnnouncementId = own!.id;
  otherAnnouncementId = other!.id;
  otherRegionAnnouncementId = elsewhere!.id;
});
afterAll(() => database?.destroy());

const employer = () => callerFor(database.db, demoAccounts.employer, request);

const announcement = () => ({
  title: 'Reorganisatie assemblage 2027',
  roles: [
    { occupationId: occupationIds[0]!, count: 12 },
    { title: 'Heftruckchauffeur', occupationId: occupationIds[1]!, count: 3 },
  ],
  expectedDate: addDays(todayIso(), 120),
  reason: 'structural' as const,
  guidanceWindowMonths: 24,
});

describe('the new-announcement form', () => {
  it("starts with today and the region's guidance window, within bounds", async () => {
    const { db } = database;
    const employerUser = await sessionUserByEmail(db, demoAccounts.employer);
    await db.update(regions).set({ guidanceWindowMonths: 18 }).where(eq(regions.id, employerUser.regionId!));
    const defaults = await (await employer()).redundancy.formDefaults();
    expect(defaults).toMatchObject({
      announcedOn: todayIso(),
      guidanceWindowMonths: 18,
      guidanceWindowBounds: { min: 3, max: 36 },
      reasons: ['structural', 'cyclical'],
      warnFor: ['cyclical'],
    });
    await db.update(regions).set({ guidanceWindowMonths: 24 }).where(eq(regions.id, employerUser.regionId!));
  });
});

describe('creating an announcement', () => {
  it('stores the roles with their occupations, the total, today as its date, and an audit entry', async () => {
    const { db } = database;
    const caller = await employer();
    const created = await caller.redundancy.create(announcement());
    const [firstOccupation] = await db.select().from(occupations).where(eq(occupations.id, occupationIds[0]!));
    expect(created).toMatchObject({
      title: 'Reorganisatie assemblage 2027',
      announcedOn: todayIso(),
      affectedCount: 15,
      status: 'announced',
      reason: 'structural',
      warnCyclical: false,
      guidanceWindowMonths: 24,
      cancelledAt: null,
    });
    // A role without its own title is called by its occupation's Dutch name.
    expect(created.roles).toEqual([
      { title: firstOccupation!.preferredLabelNl, occupationId: occupationIds[0], count: 12 },
      { title: 'Heftruckchauffeur', occupationId: occupationIds[1], count: 3 },
    ]);
    expect((await caller.redundancy.listMine()).map((r) => r.id)).toContain(created.id);
    const audit = await db.select().from(auditLog).where(eq(auditLog.subjectId, created.id));
    expect(audit.map((a) => a.action)).toEqual(['redundancy.create']);
  });

  it('flags a cyclical reason, so the page can say that job-to-job mobility helps with structural change', async () => {
    const created = await (await employer()).redundancy.create({ ...announcement(), reason: 'cyclical' });
    expect(created.warnCyclical).toBe(true);
    expect((await (await employer()).redundancy.get({ redundancyId: created.id })).warnCyclical).toBe(true);
  });

  it('refuses bad input with 400 naming each wrong field, and writes nothing', async () => {
    const { db } = database;
    const fingerprint = await tableFingerprinter(db);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...announcement(), roles: [] }, 'roles'],
      [{ ...announcement(), roles: [{ occupationId: occupationIds[0], count: 0 }] }, 'roles'],
      [{ ...announcement(), guidanceWindowMonths: 48 }, 'guidanceWindowMonths'],
      [{ ...announcement(), guidanceWindowMonths: 2 }, 'guidanceWindowMonths'],
      [{ ...announcement(), title: ' ' }, 'title'],
      [{ ...announcement(), reason: 'seasonal' }, 'reason'],
      [{ ...announcement(), expectedDate: '2027-02-30' }, 'expectedDate'],
      [{ ...announcement(), announcedOn: addDays(todayIso(), 3) }, 'announcedOn'],
      [{ ...announcement(), announcedOn: todayIso(), expectedDate: addDays(todayIso(), -1) }, 'expectedDate'],
      // Checked against the taxonomy: an occupation that does not exist.
      [{ ...announcement(), roles: [{ occupationId: missingId, count: 2 }] }, 'roles'],
    ];
    for (const [input, field] of cases) {
      const before = await fingerprint();
      const { status, body } = await postAs<HttpRefusal>(db, demoAccounts.employer, 'redundancy.create', input);
      expect(status, JSON.stringify(input)).toBe(400);
      expect(Object.keys(body.error!.json.data.fieldErrors ?? {}), body.error!.json.message).toEqual([field]);
      expect(changedTables(before, await fingerprint())).toEqual([]);
    }
  });
});

describe('editing an announcement', () => {
  it('changes it, and gives the workers who joined its new guidance window', async () => {
    const { db } = database;
    const caller = await employer();
    const before = await caller.redundancy.get({ redundancyId: ownAnnouncementId });
    const updated = await caller.redundancy.update({
      redundancyId: ownAnnouncementId,
      title: 'Reorganisatie, tweede fase',
      roles: [{ occupationId: occupationIds[2]!, count: 7 }],
      expectedDate: before.expectedDate,
      reason: 'structural',
      guidanceWindowMonths: 30,
    });
    expect(updated).toMatchObject({
      title: 'Reorganisatie, tweede fase',
      affectedCount: 7,
      guidanceWindowMonths: 30,
      announcedOn: before.announcedOn, // left out: unchanged
    });
    const cohort = await db
      .select()
      .from(workerProfiles)
      .where(and(eq(workerProfiles.redundancyId, ownAnnouncementId), eq(workerProfiles.status, 'at_risk')));
    expect(cohort.length).toBeGreaterThan(0);
    for (const worker of cohort) {
      expect(worker.riskStartDate).toBe(before.announcedOn);
      expect(worker.guidanceDeadline).toBe(addMonths(before.announcedOn, 30));
    }
    const queued = await db.select().from(outbox).where(eq(outbox.aggregateId, cohort[0]!.id));
    expect(queued.length).toBeGreaterThan(0);
  });

  it("answers another firm's announcement, in this region or another, exactly like a missing one", async () => {
    const caller = await employer();
    const edit = (redundancyId: string) => () => caller.redundancy.update({ redundancyId, ...announcement() });
    const missing = await expectRefusedWithoutWrites(database.db, edit(missingId), 'NOT_FOUND');
    for (const foreignId of [otherAnnouncementId, otherRegionAnnouncementId]) {
      for (const call of [
        edit(foreignId),
        () => caller.redundancy.get({ redundancyId: foreignId }),
        () => caller.redundancy.cohort({ redundancyId: foreignId }),
        () => caller.redundancy.cancel({ redundancyId: foreignId }),
      ]) {
        expect((await expectRefusedWithoutWrites(database.db, call, 'NOT_FOUND')).message).toBe(missing.message);
      }
    }
  });
});

describe('cancelling an announcement', () => {
  it('keeps it, marked cancelled, kills its unused links, and refuses edits and invitations clearly', async () => {
    const { db } = database;
    const caller = await employer();
    const created = await caller.redundancy.create(announcement());
    const invited = await caller.invitation.inviteWorker({
      redundancyId: created.id,
      name: 'Kees Kwast',
      email: 'kees.kwast@example.nl',
      roleTitle: 'Operator',
      language: 'nl',
    });
    expect(invited.state).toBe('valid');

    const cancelled = await caller.redundancy.cancel({ redundancyId: created.id });
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.cancelledAt).toBeInstanceOf(Date);
    const [invitation] = await db.select().from(invitations).where(eq(invitations.id, invited.id));
    expect(invitation!.revokedAt).toBeInstanceOf(Date);
    // Still there, with its history.
    expect((await caller.redundancy.listMine()).find((r) => r.id === created.id)?.status).toBe('cancelled');

    // Cancelling again changes nothing.
    const again = await caller.redundancy.cancel({ redundancyId: created.id });
    expect(again.cancelledAt).toEqual(cancelled.cancelledAt);

    const edit = await expectRefusedWithoutWrites(
      db,
      () => caller.redundancy.update({ redundancyId: created.id, ...announcement() }),
      'CONFLICT',
    );
    expect(edit.message).toBe('This announcement was cancelled; editing it is no longer possible.');
    await expectRefusedWithoutWrites(
      db,
      () =>
        caller.invitation.inviteWorker({
          redundancyId: created.id,
          name: 'Anna Kwast',
          email: 'anna.kwast@example.nl',
          roleTitle: 'Operator',
          language: 'nl',
        }),
      'CONFLICT',
    );
  });
});

describe("the employer's view of an announcement's people", () => {
  it('counts invited, accepted, consented, in transition and placed', async () => {
    const { db } = database;
    const caller = await employer();
    const profiles = await db.select().from(workerProfiles).where(eq(workerProfiles.redundancyId, ownAnnouncementId));
    const pending = await db.select().from(invitations).where(eq(invitations.redundancyId, ownAnnouncementId));
    const open = pending.filter((i) => !i.acceptedAt && !i.revokedAt);
    // The demo seed's invitations are anchored to the seed's day: some may have expired since.
    const expired = open.filter((i) => i.expiresAt <= new Date()).length;
    const waiting = open.length;
    const { counts } = await caller.redundancy.get({ redundancyId: ownAnnouncementId });
    expect(counts).toEqual({
      invited: profiles.length + waiting,
      accepted: profiles.length,
      consented: profiles.filter((p) => p.visibleToEmployers).length,
      inTransition: profiles.filter((p) => p.status === 'in_transition').length,
      placed: profiles.filter((p) => p.status === 'placed').length,
      expiredInvitations: expired,
    });
  });

  it('lists each person with status and days of guidance left, and only the deliberate fields', async () => {
    const { db } = database;
    const caller = await employer();
    const [worker] = await db
      .select()
      .from(workerProfiles)
      .where(eq(workerProfiles.redundancyId, ownAnnouncementId))
      .limit(1);
    // A skill the worker declared themselves is theirs to share, not the employer's to see here.
    await db.delete(workerSkills).where(eq(workerSkills.workerId, worker!.id));
    await db
      .insert(workerSkills)
      .values({ workerId: worker!.id, skillId: await someSkillId(), level: 3, source: 'self' });

    const rows = await caller.redundancy.cohort({ redundancyId: ownAnnouncementId });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual([...cohortRowFields].sort());
    const row = rows.find((r) => r.workerId === worker!.id)!;
    expect(row).toMatchObject({
      stage: worker!.status,
      guidanceDeadline: worker!.guidanceDeadline,
      daysLeft: Math.max(0, daysBetween(todayIso(), worker!.guidanceDeadline)),
      confirmedSkills: [],
    });
    // What a worker keeps to themselves is in no row, under any name.
    const text = JSON.stringify(rows);
    for (const secret of [worker!.homePostcode, String(worker!.birthYear), 'visibleToEmployers', 'salaryFloor']) {
      expect(text).not.toContain(`"${secret}"`);
    }
    expect(cohortRowFields).not.toContain('homePostcode');
  });
});

async function someSkillId(): Promise<string> {
  const { db } = database;
  const [row] = await db.select({ id: workerSkills.skillId }).from(workerSkills).limit(1);
  return row!.id;
}
