/**
 * The coordinator's caseload, notes, societal value and administration, on a small region built
 * by hand (five workers in guidance, two placed) where every expected figure below was worked
 * out by hand for the day TODAY. The demo region's coordinator stands in for "another region".
 */
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  memberships,
  organisations,
  placements,
  regions,
  trainingOffers,
  users,
  workerNotes,
  workerProfiles,
} from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import type { CoordinatorActor } from '~/server/auth/actor';
import { caseloadSummary, listCaseload, quarterEnd, type CaseloadFilter } from '~/server/services/caseload';
import { exportDashboardTable, exportParams } from '~/server/exports/dashboard-tables';
import { estimateValue } from '~/server/services/societal-value';
import { callerFor } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { atRiskWorkerRow } from '~/tests/helpers/rows';

/** The day the caseload is looked at (before the day the tests run, so notes on it are not in the future). */
const TODAY = '2026-11-20';
const COORDINATOR = 'coordinator@handregio.test';

let database: TestDatabase;
let actor: CoordinatorActor;
const ids: Record<string, string> = {};

/** A worker of the hand region: risk start, deadline (24 months on) and status. */
const handWorkers = {
  A: { riskStartDate: '2026-11-01', guidanceDeadline: '2028-11-01', status: 'at_risk' },
  B: { riskStartDate: '2026-09-10', guidanceDeadline: '2028-09-10', status: 'at_risk' },
  C: { riskStartDate: '2026-01-15', guidanceDeadline: '2028-01-15', status: 'in_transition' },
  D: { riskStartDate: '2025-01-10', guidanceDeadline: '2027-01-10', status: 'at_risk' },
  E: { riskStartDate: '2024-12-15', guidanceDeadline: '2026-12-15', status: 'in_transition' },
  F: { riskStartDate: '2025-03-01', guidanceDeadline: '2027-03-01', status: 'placed' },
  G: { riskStartDate: '2024-01-01', guidanceDeadline: '2026-01-01', status: 'placed' },
} as const;

/** The notes the coordinator wrote (kind, day) per worker. */
const handNotes: Record<string, [kind: 'intake' | 'review' | 'note', day: string][]> = {
  C: [['intake', '2026-02-01']],
  D: [
    ['intake', '2025-01-20'],
    ['review', '2025-07-10'],
    ['review', '2026-01-12'],
    ['review', '2026-07-08'],
  ],
  E: [
    ['intake', '2024-12-20'],
    ['review', '2025-06-15'],
    ['review', '2025-12-15'],
    ['review', '2026-06-15'],
    ['note', '2026-09-20'],
  ],
};

beforeAll(async () => {
  database = await createSeededTestDatabase();
  const { db } = database;
  const [region] = await db
    .insert(regions)
    .values({ name: 'Handregio', slug: 'handregio', centreLat: 51.5, centreLon: 5.5 })
    .returning();
  ids.region = region!.id;
  const [coordinator] = await db.insert(users).values({ name: 'Hanna Coördinator', email: COORDINATOR }).returning();
  await db.insert(memberships).values({ userId: coordinator!.id, role: 'coordinator', regionId: region!.id });
  actor = { role: 'coordinator', userId: coordinator!.id, regionId: region!.id };
  for (const [key, dates] of Object.entries(handWorkers)) {
    const [user] = await db
      .insert(users)
      .values({ name: `Werknemer ${key}`, email: `werknemer.${key.toLowerCase()}@handregio.test` })
      .returning();
    const [profile] = await db
      .insert(workerProfiles)
      .values({
        ...atRiskWorkerRow(user!.id, region!.id),
        ...dates,
        updatedAt: new Date(`${dates.riskStartDate}T09:00:00Z`),
      })
      .returning();
    ids[key] = profile!.id;
  }
  for (const [key, notes] of Object.entries(handNotes)) {
    await db.insert(workerNotes).values(
      notes.map(([kind, noteDate]) => ({
        workerId: ids[key]!,
        regionId: region!.id,
        authorUserId: coordinator!.id,
        kind,
        noteDate,
        body: `${kind} ${noteDate}`,
      })),
    );
  }
  // Placements: F hired before the deadline (counts), G after it, a reopened hire and a trial (neither counts).
  const [firm] = await db.select({ id: organisations.id }).from(organisations).limit(1);
  const placement = (workerId: string, kind: 'hire' | 'trial', startDate: string, reopenedAt: Date | null = null) => ({
    workerId,
    regionId: region!.id,
    toOrganisationId: firm!.id,
    kind,
    startDate,
    reopenedAt,
  });
  await db
    .insert(placements)
    .values([
      placement(ids.F!, 'hire', '2026-06-01'),
      placement(ids.G!, 'hire', '2026-02-01'),
      placement(ids.C!, 'hire', '2026-05-01', new Date('2026-08-01T10:00:00Z')),
      placement(ids.B!, 'trial', '2026-11-01'),
    ]);
});
afterAll(() => database?.destroy());

const filter = (f: Partial<CaseloadFilter> = {}): CaseloadFilter & { page: number } => ({
  status: 'active',
  sort: 'deadline',
  direction: 'asc',
  page: 1,
  ...f,
});
const names = (rows: { name: string }[]) => rows.map((r) => r.name.replace('Werknemer ', ''));

describe('the caseload', () => {
  it('gives each worker the days left and the next action due, worked out by hand', async () => {
    const page = await listCaseload(database.db, actor, filter(), TODAY);
    expect(page.total).toBe(5);
    const byName = Object.fromEntries(page.rows.map((r) => [r.name.replace('Werknemer ', ''), r]));
    const expected = {
      // No intake yet: due a month after the risk start (not yet overdue).
      A: { daysLeft: 712, nextAction: 'intake', nextDue: '2026-12-01', overdue: false },
      B: { daysLeft: 660, nextAction: 'intake', nextDue: '2026-10-10', overdue: true },
      // Intake held, no review: the first review 6 months after the risk start.
      C: { daysLeft: 421, nextAction: 'review', nextDue: '2026-07-15', overdue: true },
      // Three reviews; the fourth (24 months) falls on the deadline, so the 90-day alert is next.
      D: { daysLeft: 51, nextAction: 'alert90', nextDue: '2026-10-12', overdue: true },
      // A note after the 90-day alert day acknowledged it; the 30-day alert remains.
      E: { daysLeft: 25, nextAction: 'alert30', nextDue: '2026-11-15', overdue: true },
    };
    for (const [key, want] of Object.entries(expected)) expect(byName[key], key).toMatchObject(want);
    expect(names(page.rows)).toEqual(['E', 'D', 'C', 'B', 'A']);
  });

  it('answers "who runs out of time this quarter" and what is overdue at a glance', async () => {
    expect(quarterEnd(TODAY)).toBe('2026-12-31');
    expect(quarterEnd('2027-02-28')).toBe('2027-03-31');
    expect(await caseloadSummary(database.db, actor, TODAY)).toEqual({
      quarterEnd: '2026-12-31',
      guided: 5,
      quarter: 1,
      d90: 2,
      d30: 1,
      passed: 0,
      overdue: 4,
    });
  });

  it('filters, sorts and includes placed workers only when asked', async () => {
    const list = async (f: Partial<CaseloadFilter>) =>
      names((await listCaseload(database.db, actor, filter(f), TODAY)).rows);
    expect(await list({ window: 'quarter' })).toEqual(['E']);
    expect(await list({ window: 'd90' })).toEqual(['E', 'D']);
    expect(await list({ window: 'd30' })).toEqual(['E']);
    expect(await list({ action: 'overdue' })).toEqual(['E', 'D', 'C', 'B']);
    expect(await list({ action: 'intake' })).toEqual(['B', 'A']);
    expect(await list({ sort: 'nextDue' })).toEqual(['C', 'B', 'D', 'E', 'A']);
    expect(await list({ sort: 'deadline', direction: 'desc' })).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(await list({ query: 'werknemer d' })).toEqual(['D']);
    const all = await listCaseload(database.db, actor, filter({ status: 'all' }), TODAY);
    expect(names(all.rows)).toEqual(['G', 'E', 'D', 'F', 'C', 'B', 'A']);
    // A placed worker is no longer guided: no action due.
    expect(all.rows.find((r) => r.name === 'Werknemer F')).toMatchObject({ nextAction: null, nextDue: null });
    expect(names((await listCaseload(database.db, actor, filter({ status: 'placed' }), TODAY)).rows)).toEqual([
      'G',
      'F',
    ]);
  });

  it('exports the filtered caseload as CSV, unpaged, with Dutch headers', async () => {
    const caller = await callerFor(database.db, COORDINATOR);
    const { body } = await exportDashboardTable(
      caller,
      'caseload',
      exportParams.parse({ window: 'd90', separator: 'semicolon' }),
      'nl',
    );
    const [header, ...lines] = body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).toBe(
      'Naam;Werkgever;Status;Begin termijn;Einde termijn;Dagen over;Laatste activiteit;Eerstvolgende actie;Uiterlijk',
    );
    expect(lines.map((line) => line.split(';')[0])).toEqual(['Werknemer E', 'Werknemer D']);
  });

  it('a note is stored dated, written to the audit log, and moves the next action on', async () => {
    const caller = await callerFor(database.db, COORDINATOR);
    await caller.coordination.addNote({ workerId: ids.A!, kind: 'intake', noteDate: TODAY, body: 'Intake gehouden.' });
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'worker.note.add'), eq(auditLog.subjectId, ids.A!)));
    expect(audit).toMatchObject({ actorUserId: actor.userId, regionId: ids.region, subjectType: 'worker' });
    expect(JSON.stringify(audit!.metadata)).not.toContain('Intake gehouden');
    const [a] = (await listCaseload(database.db, actor, filter({ query: 'werknemer a' }), TODAY)).rows;
    // Intake held: the first review is next, 6 months after the risk start.
    expect(a).toMatchObject({ nextAction: 'review', nextDue: '2027-05-01', lastActivity: TODAY });
    const detail = await caller.coordination.caseloadWorker({ workerId: ids.A!, page: 1 });
    expect(detail.notes.rows).toMatchObject([{ kind: 'intake', noteDate: TODAY, body: 'Intake gehouden.' }]);
  });

  it('refuses a note dated in the future or without text, and writes nothing', async () => {
    const caller = await callerFor(database.db, COORDINATOR);
    const before = await database.db.select({ n: count() }).from(workerNotes);
    await expect(
      caller.coordination.addNote({ workerId: ids.B!, kind: 'note', noteDate: '2099-01-01', body: 'Later.' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      caller.coordination.addNote({ workerId: ids.B!, kind: 'note', noteDate: TODAY, body: '   ' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await database.db.select({ n: count() }).from(workerNotes)).toEqual(before);
  });
});

describe('the societal value', () => {
  it('counts hires before the deadline, not reopened, at the Dutch defaults and then the region’s own', async () => {
    const caller = await callerFor(database.db, COORDINATOR);
    const value = await caller.coordination.societalValue();
    expect(value).toMatchObject({
      placementsBeforeDeadline: 1,
      placementsAfterDeadline: 1,
      // 130 days × €110; 10 years × €1,200.
      benefitDays: 130,
      benefitEuros: 14_300,
      severanceEuros: 12_000,
      totalEuros: 26_300,
    });
    expect(value.assumptions.isDefault).toBe(true);
    await caller.coordination.setValueAssumptions({
      benefitDays: 100,
      dailyBenefitEuros: 90,
      severancePerServiceYearEuros: 1000,
      averageServiceYears: 7.5,
    });
    expect(await caller.coordination.societalValue()).toMatchObject({
      benefitDays: 100,
      benefitEuros: 9_000,
      severanceEuros: 7_500,
      totalEuros: 16_500,
      assumptions: { isDefault: false, averageServiceYears: 7.5 },
    });
    expect(
      estimateValue(3, {
        benefitDays: 10,
        dailyBenefitEuros: 50,
        severancePerServiceYearEuros: 100,
        averageServiceYears: 2.5,
      }),
    ).toEqual({
      benefitDays: 30,
      benefitEuros: 1_500,
      severanceEuros: 750,
      totalEuros: 2_250,
    });
  });

  it('refuses impossible assumptions with the field named', async () => {
    const caller = await callerFor(database.db, COORDINATOR);
    await expect(
      caller.coordination.setValueAssumptions({
        benefitDays: 600,
        dailyBenefitEuros: 90,
        severancePerServiceYearEuros: 1000,
        averageServiceYears: 7.5,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect((await caller.coordination.societalValue()).assumptions.benefitDays).toBe(100);
  });
});

describe('region settings', () => {
  it('saves valid settings with an audit entry, refuses out-of-range ones and changes nothing', async () => {
    const caller = await callerFor(database.db, COORDINATOR);
    const settings = { guidanceWindowMonths: 18, priorityWindowDays: 7, defaultCommuteKm: 30, safetyWindowMonths: 6 };
    expect(await caller.coordination.updateSettings(settings)).toMatchObject(settings);
    for (const wrong of [
      { ...settings, priorityWindowDays: 31 },
      { ...settings, guidanceWindowMonths: 0 },
      { ...settings, defaultCommuteKm: 2.5 },
      { ...settings, safetyWindowMonths: -1 },
    ]) {
      await expect(caller.coordination.updateSettings(wrong)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    }
    expect(await caller.coordination.settings()).toMatchObject(settings);
    const [audit] = await database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'region.settings.update'), eq(auditLog.regionId, ids.region!)));
    expect(audit!.n).toBe(1);
  });

  it('lists the region’s coordinators, the caller marked', async () => {
    const list = await (await callerFor(database.db, COORDINATOR)).coordination.coordinators({ page: 1 });
    expect(list.rows).toEqual([
      { id: actor.userId, name: 'Hanna Coördinator', email: COORDINATOR, disabled: false, you: true },
    ]);
  });
});

describe('training offers', () => {
  const good = [
    'aanbieder;titel;duur in weken;vorm;kosten;betaald door;plaats;vaardigheden',
    'Summa College;Lassen MIG/MAG;8;klassikaal;€ 1.250;O&O-fonds;Eindhoven;lassen | MIG/MAG-lassen',
    'ROC Ter AA;Heftruck rijden;1;op de werkplek;0;regio;Helmond;welding',
  ].join('\n');

  it('imports a good file, and the same file again adds nothing', async () => {
    const caller = await callerFor(database.db, COORDINATOR);
    const first = await caller.coordination.importTrainingOffers({ csv: good });
    expect(first).toMatchObject({ ok: true, alreadyImported: [] });
    expect(first.ok && first.created.map((c) => c.line)).toEqual([2, 3]);
    const again = await caller.coordination.importTrainingOffers({ csv: good });
    expect(again).toMatchObject({ ok: true, created: [] });
    expect(again.ok && again.alreadyImported.map((c) => c.title)).toEqual(['Lassen MIG/MAG', 'Heftruck rijden']);
    const list = await caller.coordination.trainingOffers({ page: 1 });
    expect(list.total).toBe(2);
    expect(list.rows.find((r) => r.titleNl === 'Lassen MIG/MAG')).toMatchObject({
      provider: 'Summa College',
      durationWeeks: 8,
      mode: 'classroom',
      costEuros: 1250,
      paidBy: 'sector_fund',
    });
    expect(
      list.rows
        .find((r) => r.titleNl === 'Lassen MIG/MAG')!
        .skills.map((s) => s.labelEn)
        .sort(),
    ).toEqual(['MIG/MAG welding', 'welding']);
  });

  it('refuses a file with any wrong row, names each problem, and stores nothing', async () => {
    const caller = await callerFor(database.db, COORDINATOR);
    const before = await database.db
      .select({ n: count() })
      .from(trainingOffers)
      .where(eq(trainingOffers.regionId, ids.region!));
    const bad = [
      'provider,title,weeks,mode,cost,paid by,city,skills',
      'Nieuwe Aanbieder,Goede cursus,4,online,100,employer,Eindhoven,welding',
      'Nieuwe Aanbieder,Slechte kosten,4,online,veel,employer,Eindhoven,welding',
      'Nieuwe Aanbieder,Onbekende vaardigheid,4,online,100,employer,Eindhoven,toveren',
      'Nieuwe Aanbieder,Wie betaalt,4,online,100,de buurman,Eindhoven,welding',
    ].join('\n');
    const result = await caller.coordination.importTrainingOffers({ csv: bad });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => [i.line, i.column])).toEqual([
      [3, 'cost'],
      [4, 'skills'],
      [5, 'paid by'],
    ]);
    const duplicate = `${good}\nsumma college;lassen mig/mag;8;klassikaal;0;regio;Eindhoven;lassen`;
    expect(await caller.coordination.importTrainingOffers({ csv: duplicate })).toMatchObject({
      ok: false,
      issues: [{ line: 4, column: null }],
    });
    expect(
      await database.db.select({ n: count() }).from(trainingOffers).where(eq(trainingOffers.regionId, ids.region!)),
    ).toEqual(before);
  });
});

describe('another region', () => {
  it('a coordinator of another region sees none of it and can change nothing', async () => {
    const other = await callerFor(database.db, demoAccounts.coordinator);
    const page = await other.coordination.caseload(filter({ status: 'all' }));
    expect(page.rows.some((r) => r.workerId === ids.A)).toBe(false);
    await expect(other.coordination.caseloadWorker({ workerId: ids.A!, page: 1 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      other.coordination.addNote({ workerId: ids.B!, kind: 'note', noteDate: TODAY, body: 'Niet van mij.' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const [offer] = await database.db
      .select({ id: trainingOffers.id })
      .from(trainingOffers)
      .where(eq(trainingOffers.regionId, ids.region!));
    await expect(other.coordination.deleteTrainingOffer({ trainingOfferId: offer!.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await other.coordination.trainingOffers({ page: 1 })).rows.some((r) => r.id === offer!.id)).toBe(false);
    // Its own settings and value are its own region's.
    expect((await other.coordination.settings()).name).not.toBe('Handregio');
    const notesOfB = await database.db.select({ n: count() }).from(workerNotes).where(eq(workerNotes.workerId, ids.B!));
    expect(notesOfB[0]!.n).toBe(0);
  });
});
