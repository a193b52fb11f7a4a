/**
 * The coordinator dashboard's figures on a small hand-built region where every answer is known
 * in advance (the expected numbers below are worked out by hand from the rows inserted here),
 * and a second region whose coordinator sees and exports none of them.
 *
 * Region "Hand" (today 2026-06-15), one announcement X at firm A (automotive):
 *   w1 risk 2025-01-10, hired by B (logistics, same region) 2025-03-01 (50 days), placed
 *   w2 risk 2025-01-10, hired by C (ict, the other region) 2025-08-09 (211 days), placed
 *   w3 risk 2025-01-10, at risk;   occupation O1 (ISCO 7212), skill k1
 *   w4 risk 2026-03-01, at risk;   occupation O2 (ISCO 4321), skill k3
 *   w5 risk 2026-05-01, in transition, trial at B from 2026-06-01; O2, skills k3 and k4
 * Open vacancies: v1 (B, O1: k1 k2), v2 (B, O2: k3 k5), v3 (A, O2: k3 k5), v5 (B, O1: k1); v4 closed.
 * Matches: w3–v1 0.8, w4–v2 0.6, w4–v3 0.4, w5–v2 0.9, w1–v1 0.9 (w1 is placed: not counted).
 * Training in the region: T1 teaches k5, T2 teaches k2; T3 (other region) teaches k5.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '~/db/schema';
import type { CoordinatorActor } from '~/server/auth/actor';
import { exportDashboardTable, exportParams } from '~/server/exports/dashboard-tables';
import { regionEquity, suppressSmallGroups } from '~/server/services/region-equity';
import { regionFlows } from '~/server/services/region-flows';
import { cohortSupply, occupationGroupSupply, skillSupply } from '~/server/services/region-job-supply';
import { skillGaps, trainingUnlocks, unusedSkills } from '~/server/services/region-skill-gaps';
import { getRegionTrends } from '~/server/services/region-trends';
import { callerFor } from '~/tests/helpers/callers';
import { createTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { atRiskWorkerRow } from '~/tests/helpers/rows';

const TODAY = '2026-06-15';
let database: TestDatabase;
let actor: CoordinatorActor;
const ids = {} as Record<'R' | 'S' | 'X', string>;

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  const region = async (name: string) =>
    (
      await db.insert(s.regions).values({ name, slug: name.toLowerCase(), centreLat: 51.4, centreLon: 5.4 }).returning()
    )[0]!.id;
  ids.R = await region('Hand');
  ids.S = await region('Other');
  await db.insert(s.iscoGroups).values([
    { code: '7', labelEn: 'Craft' },
    { code: '72', labelEn: 'Metal workers', parentCode: '7' },
    { code: '7212', labelEn: 'Welders', parentCode: '72' },
    { code: '4', labelEn: 'Clerks' },
    { code: '43', labelEn: 'Recording clerks', parentCode: '4' },
    { code: '4321', labelEn: 'Stock clerks', parentCode: '43' },
  ]);
  const [o1, o2] = await db
    .insert(s.occupations)
    .values([
      { uri: 'test:o1', code: '7212.1', iscoGroup: '7212', preferredLabelEn: 'welder', preferredLabelNl: 'lasser' },
      {
        uri: 'test:o2',
        code: '4321.1',
        iscoGroup: '4321',
        preferredLabelEn: 'stock clerk',
        preferredLabelNl: 'magazijnier',
      },
    ])
    .returning();
  const skillRows = await db
    .insert(s.skills)
    .values(['k1', 'k2', 'k3', 'k4', 'k5'].map((k) => ({ uri: `test:${k}`, preferredLabelEn: k, preferredLabelNl: k })))
    .returning();
  const k = Object.fromEntries(skillRows.map((r) => [r.uri.slice(5), r.id]));
  const org = async (name: string, sector: string, regionId: string) =>
    (
      await db
        .insert(s.organisations)
        .values({
          regionId,
          name,
          kvkNumber: String(10_000_000 + name.charCodeAt(0)),
          sector,
          sizeBand: '50-249',
          street: 'Straat 1',
          postalCode: '5611 AA',
          city: 'Eindhoven',
          lat: 51.44,
          lon: 5.47,
          approvalStatus: 'approved',
        })
        .returning()
    )[0]!.id;
  const A = await org('Alpha', 'automotive', ids.R);
  const B = await org('Beta', 'logistics', ids.R);
  const C = await org('Gamma', 'ict', ids.S);
  const [X] = await db
    .insert(s.redundancies)
    .values({
      organisationId: A,
      regionId: ids.R,
      title: 'Ronde X',
      expectedDate: '2026-12-31',
      reason: 'structural',
      affectedCount: 5,
      announcedOn: '2025-01-10',
    })
    .returning();
  await db.insert(s.redundancies).values({
    organisationId: A,
    regionId: ids.R,
    title: 'Ronde Y (ingetrokken)',
    expectedDate: '2026-12-31',
    reason: 'structural',
    affectedCount: 3,
    status: 'cancelled',
  });
  const user = async (email: string, role: 'worker' | 'coordinator', regionId: string) => {
    const [u] = await db.insert(s.users).values({ name: email, email }).returning();
    await db.insert(s.memberships).values({ userId: u!.id, role, regionId });
    return u!.id;
  };
  await user('coordinator@hand.test', 'coordinator', ids.R);
  await user('coordinator@other.test', 'coordinator', ids.S);
  const worker = async (n: string, fields: Partial<typeof s.workerProfiles.$inferInsert>, skillKeys: string[]) => {
    const [w] = await db
      .insert(s.workerProfiles)
      .values({
        ...atRiskWorkerRow(await user(`${n}@hand.test`, 'worker', ids.R), ids.R),
        redundancyId: X!.id,
        currentOrganisationId: A,
        ...fields,
      })
      .returning();
    if (skillKeys.length)
      await db.insert(s.workerSkills).values(skillKeys.map((key) => ({ workerId: w!.id, skillId: k[key]!, level: 2 })));
    return w!.id;
  };
  const w1 = await worker('w1', { riskStartDate: '2025-01-10', status: 'placed', currentOccupationId: o1!.id }, [
    'k1',
    'k2',
    'k4',
  ]);
  const w2 = await worker('w2', { riskStartDate: '2025-01-10', status: 'placed', currentOccupationId: o1!.id }, ['k1']);
  const w3 = await worker('w3', { riskStartDate: '2025-01-10', currentOccupationId: o1!.id }, ['k1']);
  const w4 = await worker('w4', { riskStartDate: '2026-03-01', currentOccupationId: o2!.id }, ['k3']);
  const w5 = await worker('w5', { riskStartDate: '2026-05-01', status: 'in_transition', currentOccupationId: o2!.id }, [
    'k3',
    'k4',
  ]);
  const vacancy = async (
    organisationId: string,
    regionId: string,
    occupationId: string,
    required: string[],
    status: 'open' | 'closed' = 'open',
  ) => {
    const [v] = await db
      .insert(s.vacancies)
      .values({
        organisationId,
        regionId,
        title: 'Vacature',
        occupationId,
        hoursMin: 32,
        hoursMax: 40,
        contractType: 'permanent',
        city: 'Eindhoven',
        lat: 51.44,
        lon: 5.47,
        status,
      })
      .returning();
    await db
      .insert(s.vacancySkills)
      .values(required.map((key) => ({ vacancyId: v!.id, skillId: k[key]!, importance: 'required' as const })));
    return v!.id;
  };
  const v1 = await vacancy(B, ids.R, o1!.id, ['k1', 'k2']);
  const v2 = await vacancy(B, ids.R, o2!.id, ['k3', 'k5']);
  const v3 = await vacancy(A, ids.R, o2!.id, ['k3', 'k5']);
  await vacancy(B, ids.R, o1!.id, ['k1'], 'closed');
  await vacancy(B, ids.R, o1!.id, ['k1']);
  const vS = await vacancy(C, ids.S, o1!.id, ['k1']);
  await db.insert(s.matches).values(
    (
      [
        [w3, v1, 0.8],
        [w4, v2, 0.6],
        [w4, v3, 0.4],
        [w5, v2, 0.9],
        [w1, v1, 0.9],
      ] as const
    ).map(([workerId, vacancyId, score]) => ({ workerId, vacancyId, score, components: {}, explanation: {} })),
  );
  const intro = async (workerId: string, vacancyId: string, organisationId: string, createdAt: string) =>
    (
      await db
        .insert(s.introductions)
        .values({
          workerId,
          vacancyId,
          organisationId,
          initiatedBy: 'employer',
          status: 'hired',
          createdAt: new Date(createdAt),
        })
        .returning()
    )[0]!.id;
  await intro(w1, v1, B, '2025-02-01T12:00:00Z');
  await intro(w2, vS, C, '2025-07-20T12:00:00Z');
  await intro(w5, v2, B, '2026-05-20T12:00:00Z');
  await db.insert(s.placements).values([
    {
      workerId: w1,
      regionId: ids.R,
      fromOrganisationId: A,
      toOrganisationId: B,
      kind: 'hire',
      startDate: '2025-03-01',
    },
    {
      workerId: w2,
      regionId: ids.R,
      fromOrganisationId: A,
      toOrganisationId: C,
      kind: 'hire',
      startDate: '2025-08-09',
    },
    {
      workerId: w5,
      regionId: ids.R,
      fromOrganisationId: A,
      toOrganisationId: B,
      kind: 'trial',
      startDate: '2026-06-01',
    },
  ]);
  const offer = async (regionId: string, title: string, skillKeys: string[]) => {
    const [o] = await db
      .insert(s.trainingOffers)
      .values({
        regionId,
        provider: 'ROC',
        titleNl: title,
        titleEn: title,
        durationWeeks: 8,
        mode: 'classroom',
        costEuros: 1200,
        city: 'Eindhoven',
      })
      .returning();
    await db
      .insert(s.trainingOfferSkills)
      .values(skillKeys.map((key) => ({ trainingOfferId: o!.id, skillId: k[key]! })));
  };
  await offer(ids.R, 'T1', ['k5']);
  await offer(ids.R, 'T2', ['k2']);
  await offer(ids.S, 'T3', ['k5']);
  ids.X = X!.id;
  actor = { role: 'coordinator', userId: 'hand', regionId: ids.R };
});
afterAll(() => database?.destroy());

describe('Overview (§1) on the hand-built region', () => {
  it('counts the pipeline, the placement rate per horizon and the median days to placement', async () => {
    const all = await getRegionTrends(database.db, actor, { months: 24 }, TODAY);
    expect(all.from).toBe('2024-07-01');
    expect(all.workersByStatus).toEqual([
      { status: 'at_risk', workers: 2 },
      { status: 'in_transition', workers: 1 },
      { status: 'placed', workers: 2 },
      { status: 'withdrawn', workers: 0 },
    ]);
    expect(all.openVacancies).toBe(4);
    expect(all.strongMatches).toBe(2);
    expect(all.introductions).toBe(3);
    expect(all.trialPlacements).toBe(1);
    expect(all.placements).toBe(2);
    expect(all.medianDaysToPlacement).toBe(130.5);
    expect(all.placementRates).toEqual([
      { months: 3, workers: 4, placed: 1, rate: 0.25 },
      { months: 6, workers: 3, placed: 1, rate: 0.33 },
      { months: 12, workers: 3, placed: 2, rate: 0.67 },
      { months: 24, workers: 0, placed: 0, rate: null },
    ]);

    const year = await getRegionTrends(database.db, actor, { months: 12 }, TODAY);
    expect(year.from).toBe('2025-07-01');
    expect(year.introductions).toBe(2);
    expect(year.placements).toBe(1);
    expect(year.medianDaysToPlacement).toBe(211);

    const quarter = await getRegionTrends(database.db, actor, { months: 3 }, TODAY);
    expect(quarter.months).toEqual([
      { month: '2026-04', newAtRisk: 0, introductions: 0, trials: 0, placements: 0 },
      { month: '2026-05', newAtRisk: 1, introductions: 1, trials: 0, placements: 0 },
      { month: '2026-06', newAtRisk: 0, introductions: 0, trials: 1, placements: 0 },
    ]);
  });
});

describe('Is there a job to go to (§2)', () => {
  it('per cohort: workers still guided against the open vacancies their matches point at', async () => {
    expect(await cohortSupply(database.db, actor)).toEqual([
      {
        redundancyId: ids.X,
        title: 'Ronde X',
        organisation: 'Alpha',
        workers: 3,
        vacancies: 2,
        vacanciesPerWorker: 0.67,
        flag: 'workers_outnumber_vacancies',
      },
    ]);
  });

  it('per ISCO sub-major group and per skill, with the flags', async () => {
    const groups = await occupationGroupSupply(database.db, actor);
    expect(groups.map((g) => [g.code, g.workers, g.vacancies, g.flag])).toEqual([
      ['43', 2, 2, null],
      ['72', 1, 2, 'vacancies_outnumber_workers'],
    ]);
    const skills = await skillSupply(database.db, actor);
    expect(Object.fromEntries(skills.map((r) => [r.labelEn, [r.workers, r.vacancies, r.flag]]))).toEqual({
      k1: [1, 2, 'vacancies_outnumber_workers'],
      k2: [0, 1, 'vacancies_outnumber_workers'],
      k3: [2, 2, null],
      k4: [1, 0, 'workers_outnumber_vacancies'],
      k5: [0, 2, 'vacancies_outnumber_workers'],
    });
  });
});

describe('Skill gap map (§3)', () => {
  it('ranks scarce skills, counts the workers each training would unlock, and lists unused skills', async () => {
    const gaps = await skillGaps(database.db, actor);
    expect(gaps.map((g) => [g.labelEn, g.vacancies, g.workers, g.gap, g.offers])).toEqual([
      ['k5', 2, 0, 2, 1],
      ['k1', 2, 1, 1, 0],
      ['k2', 1, 0, 1, 1],
    ]);
    const trainings = await trainingUnlocks(database.db, actor);
    expect(trainings.map((t) => [t.titleEn, t.workersUnlocked])).toEqual([
      ['T1', 2],
      ['T2', 1],
    ]);
    expect((await unusedSkills(database.db, actor)).map((u) => [u.labelEn, u.workers])).toEqual([['k4', 1]]);
  });
});

describe('Mobility flows (§6)', () => {
  it('links the sectors and firms left and joined, and the share that stayed in the region', async () => {
    const bySector = await regionFlows(database.db, actor, { months: 24 }, TODAY);
    expect(bySector.links).toEqual([
      { from: 'automotive', to: 'ict', placements: 1 },
      { from: 'automotive', to: 'logistics', placements: 1 },
    ]);
    expect([bySector.placements, bySector.stayedInRegion, bySector.stayShare]).toEqual([2, 1, 0.5]);
    const byFirm = await regionFlows(database.db, actor, { months: 24, level: 'organisation' }, TODAY);
    expect(byFirm.links.map((l) => `${l.from}>${l.to}`).sort()).toEqual(['Alpha>Beta', 'Alpha>Gamma']);
    const year = await regionFlows(database.db, actor, { months: 12 }, TODAY);
    expect(year.links).toEqual([{ from: 'automotive', to: 'ict', placements: 1 }]);
    expect(year.stayShare).toBe(0);
  });
});

describe('Equity monitor (§5): small groups suppressed, none recoverable', () => {
  it('suppresses a group under 10 and, when it is the only one, the next smallest too; no counts', () => {
    const cells = suppressSmallGroups('gender', [
      { group: 'female', workers: 12, placed: 6, medianDays: 100 },
      { group: 'male', workers: 15, placed: 3, medianDays: 80 },
      { group: 'non_binary', workers: 4, placed: 1, medianDays: 20 },
    ]);
    expect(cells).toEqual([
      { dimension: 'gender', group: 'female', suppressed: true, rate: null, medianDays: null },
      { dimension: 'gender', group: 'male', suppressed: false, rate: 0.2, medianDays: null },
      { dimension: 'gender', group: 'non_binary', suppressed: true, rate: null, medianDays: null },
      { dimension: 'gender', group: 'undisclosed', suppressed: true, rate: null, medianDays: null },
    ]);
  });

  it('leaves two small groups suppressed on their own, and shows a median only from 10 placements', () => {
    const cells = suppressSmallGroups('hours', [
      { group: 'part_time', workers: 30, placed: 12, medianDays: 90 },
      { group: 'full_time', workers: 40, placed: 8, medianDays: 60 },
    ]);
    expect(cells).toEqual([
      { dimension: 'hours', group: 'part_time', suppressed: false, rate: 0.4, medianDays: 90 },
      { dimension: 'hours', group: 'full_time', suppressed: false, rate: 0.2, medianDays: null },
      // An empty group is suppressed on its own: nothing to recover from it.
      { dimension: 'hours', group: 'unknown', suppressed: true, rate: null, medianDays: null },
    ]);
    const ages = suppressSmallGroups('age', [
      { group: 'under_25', workers: 3, placed: 1, medianDays: 10 },
      { group: '25_34', workers: 5, placed: 1, medianDays: 10 },
      { group: '35_44', workers: 20, placed: 10, medianDays: 50 },
    ]);
    expect(ages.filter((c) => c.suppressed).map((c) => c.group)).toEqual(['under_25', '25_34', '45_54', '55_plus']);
  });

  it('on the hand-built region (5 people) shows no group at all, and never a count', async () => {
    const cells = await regionEquity(database.db, actor, TODAY);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((c) => c.suppressed && c.rate === null && c.medianDays === null)).toBe(true);
    for (const cell of cells)
      expect(Object.keys(cell).sort()).toEqual(['dimension', 'group', 'medianDays', 'rate', 'suppressed']);
  });

  it('never leaves exactly one non-empty group suppressed in a dimension', () => {
    for (let small = 1; small < 10; small++) {
      for (const big of [10, 11, 25]) {
        const cells = suppressSmallGroups('hours', [
          { group: 'part_time', workers: small, placed: 0, medianDays: null },
          { group: 'full_time', workers: big, placed: 5, medianDays: 30 },
        ]);
        expect(cells.filter((c) => c.suppressed).length).not.toBe(1);
      }
    }
  });
});

describe('Equity monitor (§5): contract and hours of the job left, unknown where not given', () => {
  /**
   * Region "Uren", built here: 12 workers whose job was 24 hours (wanting 40), 6 of them hired;
   * 11 whose job was 38 hours (wanting 24), none hired; 10 whose job's hours nobody gave (wanting
   * 20), 1 hired. Desired hours would put 21 in part-time; the job's hours put 12 there. Nobody
   * gave a gender or a contract, except the 24-hour group's contract (fixed term).
   */
  it('groups by the hours of the job that disappears (under 35: part-time), never by the hours wanted', async () => {
    const { db } = database;
    const [regionU] = await db
      .insert(s.regions)
      .values({ name: 'Uren', slug: 'uren', centreLat: 51.4, centreLon: 5.4 })
      .returning();
    const [firm] = await db.select().from(s.organisations).limit(1);
    let n = 0;
    const people = async (
      count: number,
      hired: number,
      fields: Partial<typeof s.workerProfiles.$inferInsert>,
    ): Promise<void> => {
      for (let i = 0; i < count; i++) {
        const [u] = await db
          .insert(s.users)
          .values({ name: `u${n}`, email: `u${n++}@uren.test` })
          .returning();
        const [w] = await db
          .insert(s.workerProfiles)
          .values({ ...atRiskWorkerRow(u!.id, regionU!.id), ...fields })
          .returning();
        if (i < hired)
          await db.insert(s.placements).values({
            workerId: w!.id,
            regionId: regionU!.id,
            fromOrganisationId: firm!.id,
            toOrganisationId: firm!.id,
            kind: 'hire',
            startDate: '2026-03-02',
          });
      }
    };
    await people(12, 6, { currentWeeklyHours: 24, hoursMin: 32, hoursMax: 40, currentContractType: 'fixed_term' });
    await people(11, 0, { currentWeeklyHours: 38, hoursMin: 16, hoursMax: 24 });
    await people(10, 1, { currentWeeklyHours: null, hoursMin: 16, hoursMax: 20 });

    const cells = await regionEquity(db, { role: 'coordinator', userId: 'uren', regionId: regionU!.id }, TODAY);
    const of = (dimension: string) =>
      cells.filter((c) => c.dimension === dimension).map((c) => [c.group, c.suppressed ? 'suppressed' : c.rate]);
    expect(of('hours')).toEqual([
      ['part_time', 0.5],
      ['full_time', 0],
      ['unknown', 0.1],
    ]);
    // Contract not given counts as unknown (21 people), never as permanent.
    expect(of('contract')).toEqual([
      ['permanent', 'suppressed'],
      ['fixed_term', 0.5],
      ['temporary', 'suppressed'],
      ['on_call', 'suppressed'],
      ['secondment', 'suppressed'],
      ['unknown', 0.05],
    ]);
    // No gender given: everyone is in "not given".
    expect(of('gender')).toEqual([
      ['female', 'suppressed'],
      ['male', 'suppressed'],
      ['non_binary', 'suppressed'],
      ['undisclosed', 0.21],
    ]);
  });
});

describe('tenancy and export (§9)', () => {
  it('a coordinator of another region sees none of this region’s figures, nor exports them', async () => {
    const { db } = database;
    const other = await callerFor(db, 'coordinator@other.test');
    const overview = await other.dashboard.overview({ months: 24 });
    expect(overview.placements).toBe(0);
    expect(overview.openVacancies).toBe(1);
    expect((await other.dashboard.jobSupply()).cohorts).toEqual([]);
    expect((await other.dashboard.flows({ months: 24 })).links).toEqual([]);
    const params = exportParams.parse({ months: 24 });
    const csv = await exportDashboardTable(other, 'jobs-cohorts', params, 'en');
    expect(csv.body).not.toContain('Ronde X');
    const own = await exportDashboardTable(await callerFor(db, 'coordinator@hand.test'), 'jobs-cohorts', params, 'en');
    expect(own.body).toContain('Ronde X');
  });

  it('writes UTF-8 with a BOM, the chosen separator and a decimal comma with the semicolon', async () => {
    const caller = await callerFor(database.db, 'coordinator@hand.test');
    const semicolon = await exportDashboardTable(caller, 'jobs-cohorts', exportParams.parse({}), 'nl');
    expect(semicolon.body.charCodeAt(0)).toBe(0xfeff);
    const lines = semicolon.body.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Ontslagronde;Werkgever;Werkenden;Vacatures;Vacatures per werkende;Signaal');
    expect(lines[1]).toBe('Ronde X;Alpha;3;2;0,67;Meer werkenden dan passende vacatures: bemiddelen alleen helpt niet');
    const comma = await exportDashboardTable(caller, 'jobs-cohorts', exportParams.parse({ separator: 'comma' }), 'en');
    expect(comma.body.slice(1).split('\r\n')[1]).toBe(
      'Ronde X,Alpha,3,2,0.67,More workers than fitting vacancies: matching alone will not help',
    );
  });
});
