import { and, count, eq, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  consents,
  introductions,
  introductionStatusHistory,
  invitations,
  jobs,
  matches,
  memberships,
  organisations,
  placements,
  redundancies,
  regions,
  skills,
  users,
  vacancies,
  workerDesiredOccupations,
  workerExperiences,
  workerLanguages,
  workerProfiles,
} from '~/db/schema';
import { cohortCounts } from '~/server/services/redundancy-cohort';
import { seedDemoIfEmpty } from '~/db/seed/run';
import { DEMO_PASSWORD, demoAccounts } from '~/db/seed/demo-accounts';
import { authenticateWithPassword } from '~/server/auth/identity';
import { CLOSE_ON_DATE, PRIORITY_WINDOW_ENDED } from '~/server/services/vacancy-schedule';
import { createSeededTestDatabase, createTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { seedDemoRegion } from '~/db/seed/demo';
import { englishOnlyEscoSkills } from '~/db/seed/data';
import { hasStartedProfile } from '~/db/seed/demo-profiles';
import { IDENTITY_SHARED_STATUSES } from '~/server/services/introduction-identity';

let database: TestDatabase & { summary: Awaited<ReturnType<typeof createSeededTestDatabase>>['summary'] };
beforeAll(async () => {
  database = await createSeededTestDatabase();
});
afterAll(() => database?.destroy());

describe('demo region seed', () => {
  it('builds a realistic region of the promised size', async () => {
    const { db } = database;
    const [main] = await db.select({ id: regions.id }).from(regions).where(eq(regions.slug, 'zuidoost-brabant'));
    const regionId = main!.id;
    const [[employers], [allVacancies], [openVacancies], [atRisk], [announcements], [skillCount], [bilingual]] =
      await Promise.all([
        db.select({ n: count() }).from(organisations).where(eq(organisations.regionId, regionId)),
        db.select({ n: count() }).from(vacancies).where(eq(vacancies.regionId, regionId)),
        db
          .select({ n: count() })
          .from(vacancies)
          .where(and(eq(vacancies.regionId, regionId), eq(vacancies.status, 'open'))),
        db.select({ n: count() }).from(workerProfiles).where(eq(workerProfiles.regionId, regionId)),
        db.select({ n: count() }).from(redundancies).where(eq(redundancies.regionId, regionId)),
        db.select({ n: count() }).from(skills),
        db
          .select({ n: count() })
          .from(skills)
          .where(and(isNotNull(skills.preferredLabelNl), isNotNull(skills.preferredLabelEn))),
      ]);
    expect(employers!.n).toBeGreaterThanOrEqual(25);
    expect(allVacancies!.n).toBeGreaterThanOrEqual(300);
    expect(openVacancies!.n).toBeGreaterThanOrEqual(250);
    expect(atRisk!.n).toBeGreaterThanOrEqual(150);
    expect(announcements!.n).toBeGreaterThanOrEqual(5);
    expect(skillCount!.n).toBeGreaterThanOrEqual(300);
    // All but the ESCO skills seeded with their English label only (shown marked "(Engels)").
    expect(bilingual!.n).toBe(skillCount!.n - englishOnlyEscoSkills.length);
  });

  it('spreads employers over several sectors and gives every at-risk worker a guidance deadline 24 months out', async () => {
    const { db } = database;
    const sectors = await db.selectDistinct({ sector: organisations.sector }).from(organisations);
    expect(sectors.length).toBeGreaterThanOrEqual(8);
    const wrong = await db
      .select({ n: count() })
      .from(workerProfiles)
      .where(ne(workerProfiles.guidanceDeadline, sql`(${workerProfiles.riskStartDate} + interval '24 months')::date`));
    expect(wrong[0]!.n).toBe(0);
  });

  it('gives every announcement its invitations: the seeded workers accepted theirs, others are still to answer, one link expired', async () => {
    const { db } = database;
    const [employer] = await db
      .select({ organisationId: memberships.organisationId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, demoAccounts.employer));
    const [main] = await db.select({ id: regions.id }).from(regions).where(eq(regions.slug, 'zuidoost-brabant'));
    for (const announcement of await db.select().from(redundancies)) {
      const people = await db
        .select({ riskStartDate: workerProfiles.riskStartDate })
        .from(workerProfiles)
        .where(eq(workerProfiles.redundancyId, announcement.id));
      const [accepted] = await db
        .select({ n: count() })
        .from(invitations)
        .where(and(eq(invitations.redundancyId, announcement.id), isNotNull(invitations.acceptedAt)));
      const counts = await cohortCounts(db, announcement.id);
      expect(accepted!.n, announcement.title).toBe(people.length);
      expect(counts.accepted, announcement.title).toBe(people.length);
      // The guidance window starts on the announcement's date: no one of it was at risk earlier.
      for (const p of people) expect(announcement.announcedOn <= p.riskStartDate, announcement.title).toBe(true);
      if (announcement.regionId === main!.id) {
        expect(counts.invited - counts.accepted, announcement.title).toBeGreaterThanOrEqual(3);
      }
    }
    // Expired as of the day the demo is anchored to (the test's seed day, not the clock's).
    const expired = await db
      .select({ organisationId: invitations.organisationId })
      .from(invitations)
      .where(and(isNull(invitations.acceptedAt), sql`${invitations.expiresAt} < '2026-11-22T09:00:00Z'`));
    expect(expired).toEqual([{ organisationId: employer!.organisationId }]);
    const [colleague] = await db
      .select({ n: count() })
      .from(invitations)
      .where(
        and(
          eq(invitations.kind, 'colleague'),
          eq(invitations.organisationId, employer!.organisationId!),
          isNull(invitations.acceptedAt),
        ),
      );
    expect(colleague!.n).toBe(1);
    // And a coordinator of the main region invited a colleague coordinator (no firm).
    const coordinatorInvitations = await db
      .select({ regionId: invitations.regionId, organisationId: invitations.organisationId })
      .from(invitations)
      .where(and(eq(invitations.kind, 'coordinator'), isNull(invitations.acceptedAt)));
    expect(coordinatorInvitations).toEqual([{ regionId: main!.id, organisationId: null }]);
  });

  it('fills the equity fields realistically: the job’s weekly hours for everyone (mostly 32–40), contract, optional gender', async () => {
    const { db } = database;
    const profiles = await db
      .select({
        userId: workerProfiles.userId,
        hours: workerProfiles.currentWeeklyHours,
        contract: workerProfiles.currentContractType,
        gender: workerProfiles.gender,
      })
      .from(workerProfiles);
    expect(profiles.every((p) => p.hours !== null && p.hours >= 16 && p.hours <= 40 && p.contract !== null)).toBe(true);
    const partTime = profiles.filter((p) => p.hours! < 35).length / profiles.length;
    expect(partTime).toBeGreaterThan(0.1);
    expect(partTime).toBeLessThan(0.5);
    expect(profiles.filter((p) => p.hours! >= 32).length / profiles.length).toBeGreaterThan(0.6);
    const notSaying = profiles.filter((p) => p.gender === null).length;
    expect(notSaying).toBeGreaterThan(0);
    expect(notSaying / profiles.length).toBeLessThan(0.15);
    // What the employer gave is what the profile got on joining; most still to answer carry it too.
    const workerInvitations = await db
      .select({
        acceptedUserId: invitations.acceptedUserId,
        contract: invitations.currentContractType,
        hours: invitations.currentWeeklyHours,
      })
      .from(invitations)
      .where(eq(invitations.kind, 'worker'));
    const byUser = new Map(profiles.map((p) => [p.userId, p]));
    for (const i of workerInvitations.filter((i) => i.acceptedUserId)) {
      const p = byUser.get(i.acceptedUserId!)!;
      expect([i.contract, i.hours]).toEqual([p.contract, p.hours]);
    }
    const open = workerInvitations.filter((i) => !i.acceptedUserId);
    expect(open.filter((i) => i.contract !== null && i.hours !== null).length / open.length).toBeGreaterThan(0.5);
  });

  it('gives every approved firm vacancies in each state of their life, two of them still in the priority window', async () => {
    const { db } = database;
    // The seed is anchored to 2026-11-22: "now" for the window is that day.
    const anchor = new Date('2026-11-22T12:00:00Z');
    const firms = await db
      .select({
        name: organisations.name,
        statuses: sql<string[]>`array_agg(distinct ${vacancies.status}::text)`,
        inWindow:
          sql<number>`count(*) filter (where ${vacancies.status} = 'open' and ${vacancies.priorityUntil} > ${anchor})`.mapWith(
            Number,
          ),
        closedWithoutMoment:
          sql<number>`count(*) filter (where ${vacancies.status} in ('closed', 'filled') and ${vacancies.closedAt} is null)`.mapWith(
            Number,
          ),
      })
      .from(organisations)
      .innerJoin(vacancies, eq(vacancies.organisationId, organisations.id))
      .where(eq(organisations.approvalStatus, 'approved'))
      .groupBy(organisations.id);
    expect(firms.length).toBeGreaterThanOrEqual(25);
    for (const firm of firms) {
      expect(firm.statuses, firm.name).toEqual(expect.arrayContaining(['draft', 'open', 'closed']));
      expect(firm.inWindow, firm.name).toBeGreaterThanOrEqual(2);
      expect(firm.closedWithoutMoment, firm.name).toBe(0);
    }
    const [drafts] = await db
      .select({ n: count() })
      .from(vacancies)
      .where(and(eq(vacancies.status, 'draft'), isNotNull(vacancies.publishedAt)));
    expect(drafts!.n).toBe(0);
  });

  it('is deterministic: the same seed and day give the same region', async () => {
    const other = await createTestDatabase();
    try {
      await seedDemoRegion(other.db, { passwordHash: 'x', today: '2026-11-22' });
      const fingerprint = (db: TestDatabase['db']) =>
        db
          .select({ title: vacancies.title, city: vacancies.city, hoursMax: vacancies.hoursMax })
          .from(vacancies)
          .orderBy(vacancies.title, vacancies.city, vacancies.hoursMax, vacancies.salaryMin);
      expect(await fingerprint(other.db)).toEqual(await fingerprint(database.db));
    } finally {
      await other.destroy();
    }
  });

  it('starts a fresh demo with every active worker’s matches computed, with no manual step', async () => {
    const fresh = await createTestDatabase();
    try {
      const summary = await seedDemoIfEmpty(fresh.db, '2026-11-22');
      expect(summary!.storedMatches).toBeGreaterThan(1000);
      const [demoWorker] = await fresh.db
        .select({ id: workerProfiles.id })
        .from(workerProfiles)
        .innerJoin(users, eq(users.id, workerProfiles.userId))
        .where(eq(users.email, demoAccounts.worker));
      const [stored] = await fresh.db.select({ n: count() }).from(matches).where(eq(matches.workerId, demoWorker!.id));
      expect(stored!.n).toBeGreaterThan(0);
      // Open vacancies have their jobs, as publishing queues them: closing on the date, the end of the window.
      const [[open], [closing], [windows], [windowJobs]] = await Promise.all([
        fresh.db
          .select({ n: count() })
          .from(vacancies)
          .where(and(eq(vacancies.status, 'open'), isNotNull(vacancies.closesAt))),
        fresh.db.select({ n: count() }).from(jobs).where(eq(jobs.kind, CLOSE_ON_DATE)),
        fresh.db
          .select({ n: count() })
          .from(vacancies)
          .where(and(eq(vacancies.status, 'open'), isNotNull(vacancies.priorityUntil))),
        fresh.db.select({ n: count() }).from(jobs).where(eq(jobs.kind, PRIORITY_WINDOW_ENDED)),
      ]);
      expect(closing!.n).toBe(open!.n);
      expect(windowJobs!.n).toBe(windows!.n);
    } finally {
      await fresh.destroy();
    }
  });

  it('does nothing on a database that already holds a region', async () => {
    expect(await seedDemoIfEmpty(database.db)).toBeNull();
  });

  it('lets every demo account sign in with the documented password, and no other', async () => {
    const { db } = database;
    for (const email of Object.values(demoAccounts)) {
      expect((await authenticateWithPassword(db, email, DEMO_PASSWORD)).ok, email).toBe(true);
      expect(await authenticateWithPassword(db, email, 'wrong-password')).toEqual({ ok: false, reason: 'invalid' });
    }
    const check = await authenticateWithPassword(db, demoAccounts.employer.toUpperCase(), DEMO_PASSWORD);
    const employer = check.ok ? check.user : null;
    expect(employer?.role).toBe('employer');
    const [workersOfEmployer] = await db
      .select({ n: count() })
      .from(workerProfiles)
      .where(
        and(
          eq(workerProfiles.currentOrganisationId, employer!.organisationId!),
          inArray(workerProfiles.status, ['at_risk', 'in_transition']),
        ),
      );
    expect(workersOfEmployer!.n).toBeGreaterThan(0);
  });

  it('gives the demo workers work history, languages and desired occupations; one in four has yet to fill them in', async () => {
    const { db } = database;
    const partsOf = async (email: string) => {
      const [profile] = await db
        .select({ id: workerProfiles.id })
        .from(workerProfiles)
        .innerJoin(users, eq(users.id, workerProfiles.userId))
        .where(eq(users.email, email));
      const [[jobs], [languages], [desired]] = await Promise.all([
        db.select({ n: count() }).from(workerExperiences).where(eq(workerExperiences.workerId, profile!.id)),
        db.select({ n: count() }).from(workerLanguages).where(eq(workerLanguages.workerId, profile!.id)),
        db
          .select({ n: count() })
          .from(workerDesiredOccupations)
          .where(eq(workerDesiredOccupations.workerId, profile!.id)),
      ]);
      return { jobs: jobs!.n, languages: languages!.n, desired: desired!.n };
    };
    const demo = await partsOf(demoAccounts.worker);
    expect(demo.jobs).toBeGreaterThan(0);
    expect(demo.languages).toBeGreaterThan(0);
    expect(demo.desired).toBeGreaterThan(0);
    expect(hasStartedProfile(31)).toBe(false);
    expect(await partsOf('werknemer.031@overstap.demo')).toEqual(expect.objectContaining({ jobs: 0, desired: 0 }));

    const [[withJobs], [withDesired], [all]] = await Promise.all([
      db.select({ n: sql<number>`count(distinct ${workerExperiences.workerId})::int` }).from(workerExperiences),
      db
        .select({ n: sql<number>`count(distinct ${workerDesiredOccupations.workerId})::int` })
        .from(workerDesiredOccupations),
      db.select({ n: count() }).from(workerProfiles),
    ]);
    expect(withJobs!.n).toBe(all!.n - Math.floor(all!.n / 4));
    expect(withDesired!.n).toBe(withJobs!.n);
  });

  it('has introductions and placements at every stage, with history and reveal consents as the identity rule says', async () => {
    const { db } = database;
    const rows = await db
      .select({
        id: introductions.id,
        status: introductions.status,
        organisationId: introductions.organisationId,
        workerOrganisationId: workerProfiles.currentOrganisationId,
        workerEmail: users.email,
      })
      .from(introductions)
      .innerJoin(workerProfiles, eq(workerProfiles.id, introductions.workerId))
      .innerJoin(users, eq(users.id, workerProfiles.userId));
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(['proposed', 'accepted', 'declined', 'meeting', 'offer', 'hired', 'trial', 'withdrawn', 'rejected']),
    );
    // Always a worker of one firm and a vacancy of another.
    expect(rows.filter((r) => r.organisationId === r.workerOrganisationId)).toEqual([]);
    // The demo employer sees several stages; the demo worker has one waiting for an answer.
    const employer = await authenticateWithPassword(db, demoAccounts.employer, DEMO_PASSWORD);
    const own = rows.filter((r) => employer.ok && r.organisationId === employer.user.organisationId);
    expect(new Set(own.map((r) => r.status)).size).toBeGreaterThanOrEqual(6);
    expect(rows.some((r) => r.workerEmail === demoAccounts.worker && r.status === 'proposed')).toBe(true);

    const history = await db.select().from(introductionStatusHistory);
    const shared = await db.select().from(consents).where(eq(consents.scope, 'introduction'));
    const reveals = await db.select().from(auditLog).where(eq(auditLog.action, 'candidate.reveal'));
    for (const row of rows) {
      const steps = history.filter((h) => h.introductionId === row.id).sort((a, b) => a.id - b.id);
      expect(steps[0]?.fromStatus, row.id).toBeNull();
      expect(steps.at(-1)?.toStatus, row.id).toBe(row.status);
      const accepted = steps.some((h) => h.toStatus === 'accepted');
      const consent = shared.filter((c) => c.introductionId === row.id);
      expect(consent, row.id).toHaveLength(accepted ? 1 : 0);
      const showing = (IDENTITY_SHARED_STATUSES as readonly string[]).includes(row.status);
      if (accepted) expect(consent[0]!.revokedAt === null, row.id).toBe(showing);
      expect(reveals.filter((a) => (a.metadata as { introductionId?: string }).introductionId === row.id)).toHaveLength(
        accepted ? 1 : 0,
      );
    }

    const placed = await db.select().from(placements);
    expect(new Set(placed.map((p) => p.kind))).toEqual(new Set(['hire', 'trial', 'secondment']));
    expect(placed.filter((p) => p.reopenedAt !== null)).toHaveLength(1);
    expect(placed.filter((p) => p.kind === 'hire').every((p) => p.guidanceDaysLeft !== null)).toBe(true);
  });
});
