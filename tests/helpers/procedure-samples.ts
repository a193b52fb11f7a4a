/**
 * A valid input for every tRPC procedure, built on the seeded demo region: the hostile-input
 * test starts from it and spoils one part at a time, so each field of each procedure meets
 * hostile values while the rest of the input stays right. A procedure added to the access
 * policy needs a line here (the test fails and says so until it has one); a sample should use
 * every field the input schema has, so that every field is tried.
 */
import { and, asc, eq, isNull, ne, notInArray } from 'drizzle-orm';
import type { Database } from '~/db/client';
import {
  memberships,
  occupations,
  organisations,
  regions,
  skills,
  users,
  vacancies,
  workerProfiles,
  workerSkills,
} from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import type { ProcedurePath } from '~/server/api/access-policy';
import { addDays } from '~/server/lib/dates';
import { todayIso } from '~/server/lib/input';

/** Ids of the demo region that valid inputs refer to, and some that belong to another tenant. */
export interface SampleFixture {
  vacancyId: string;
  atRiskWorkerId: string;
  pendingOrganisationId: string;
  occupationId: string;
  iscoGroup: string;
  /** A current skill the demo worker does not have. */
  newSkillId: string;
  /** A self-declared skill on the demo worker's profile. */
  ownSkillId: string;
  /** The demo region. */
  regionId: string;
  /** An HR account of an approved firm of the demo region that no persona signs in with, and its firm. */
  managedAccountId: string;
  managedOrganisationId: string;
  /** Ids that exist but are not the callers' (another firm's vacancy, another region's firm). */
  otherTenantIds: string[];
}

/** A procedure without input, or a function giving a valid input for it. */
export type Sample = 'no input' | ((fx: SampleFixture) => unknown);

export const procedureSamples: Partial<Record<ProcedurePath, Sample>> = {
  'atRiskWorker.listMine': 'no input',
  'atRiskWorker.get': (fx) => ({ workerId: fx.atRiskWorkerId }),
  'matching.forMe': () => ({ limit: 5, locale: 'nl' }),
  'matching.candidates': (fx) => ({ vacancyId: fx.vacancyId, limit: 5, locale: 'en' }),
  'organisation.mine': 'no input',
  'organisation.listForRegion': 'no input',
  'organisation.decideApproval': (fx) => ({ organisationId: fx.pendingOrganisationId, decision: 'rejected' }),
  'redundancy.listMine': 'no input',
  'region.overview': 'no input',
  'region.list': () => ({ page: 1 }),
  'account.list': (fx) => ({ query: 'HR', role: 'employer', status: 'enabled', regionId: fx.regionId, page: 1 }),
  'account.disable': (fx) => ({ userId: fx.managedAccountId, reason: 'Left the firm in November.' }),
  'account.enable': (fx) => ({ userId: fx.managedAccountId }),
  'employerAccount.listForEmployer': (fx) => ({ organisationId: fx.managedOrganisationId, page: 1 }),
  'employerAccount.disable': (fx) => ({ userId: fx.managedAccountId, reason: 'Left the firm in November.' }),
  'employerAccount.enable': (fx) => ({ userId: fx.managedAccountId }),
  'search.vacancies': (fx) => ({
    text: 'monteur lassen',
    skillIds: [fx.newSkillId],
    occupationId: fx.occupationId,
    iscoGroup: fx.iscoGroup,
    hours: { min: 24, max: 40 },
    contractTypes: ['permanent', 'fixed_term'],
    remote: ['on_site'],
    startBefore: '2027-06-30',
    openToRetraining: true,
    near: { lat: 51.44, lon: 5.47, radiusKm: 30 },
    facets: ['city', 'contractType'],
    sort: 'relevance',
    page: 1,
    pageSize: 10,
  }),
  'search.candidates': (fx) => ({
    text: 'monteur',
    skillIds: [fx.newSkillId],
    iscoGroup: fx.iscoGroup,
    hours: { min: 16, max: 40 },
    contractTypes: ['permanent'],
    near: { vacancyId: fx.vacancyId, radiusKm: 40 },
    page: 1,
    pageSize: 10,
  }),
  'taxonomy.searchSkills': () => ({ query: 'lassen', locale: 'nl', limit: 10 }),
  'taxonomy.searchOccupations': () => ({ query: 'monteur', locale: 'en', limit: 5 }),
  'taxonomy.occupationSkills': (fx) => ({ occupationId: fx.occupationId }),
  'vacancy.listMine': () => ({ status: 'open' }),
  'vacancy.locations': 'no input',
  'vacancy.create': (fx) => ({
    title: 'Monteur mechatronica',
    description: 'Onderhoud aan productielijnen.\nIn ploegendienst.',
    occupationId: fx.occupationId,
    hoursMin: 32,
    hoursMax: 40,
    contractType: 'permanent',
    city: 'Eindhoven',
    lat: 51.44,
    lon: 5.47,
    remote: 'hybrid',
    salaryMin: 3000,
    salaryMax: 4200,
    startDate: addDays(todayIso(), 60),
    closesAt: addDays(todayIso(), 30),
    status: 'open',
    openToRetraining: true,
    skills: [{ skillId: fx.newSkillId, importance: 'required', minLevel: 2 }],
  }),
  'vacancy.get': (fx) => ({ vacancyId: fx.vacancyId }),
  'vacancy.preview': (fx) => ({ vacancyId: fx.vacancyId }),
  'vacancy.update': (fx) => ({
    vacancyId: fx.vacancyId,
    title: 'Monteur mechatronica (m/v)',
    description: 'Onderhoud aan productielijnen.\nIn dagdienst.',
    occupationId: fx.occupationId,
    hoursMin: 32,
    hoursMax: 38,
    contractType: 'fixed_term',
    city: 'Eindhoven',
    lat: 51.44,
    lon: 5.47,
    remote: 'on_site',
    salaryMin: 3100,
    salaryMax: 4300,
    startDate: addDays(todayIso(), 45),
    closesAt: addDays(todayIso(), 40),
    openToRetraining: false,
    skills: [{ skillId: fx.newSkillId, importance: 'optional', minLevel: 3 }],
  }),
  'vacancy.publish': (fx) => ({ vacancyId: fx.vacancyId }),
  'vacancy.close': (fx) => ({ vacancyId: fx.vacancyId }),
  'vacancy.reopen': (fx) => ({ vacancyId: fx.vacancyId, closesAt: addDays(todayIso(), 30) }),
  'vacancy.duplicate': (fx) => ({ vacancyId: fx.vacancyId }),
  'vacancy.importCsv': () => ({
    csv: [
      'reference;title;occupation;hours;contract type;postcode;place;remote;salary;start date;closing date;skills;optional skills;open to retraining;description',
      `HT-101;Monteur mechatronica;7223.1;32-40;vast;5611 AB;Eindhoven;hybride;3000-4200;${addDays(todayIso(), 60)};${addDays(todayIso(), 30)};CNC-draaien | CNC-frezen;CNC-programmeren;ja;"Onderhoud aan productielijnen; in ploegendienst."`,
      `HT-102;Lasser;welder;40;tijdelijk;5701;Helmond;nee;2800;;;lassen;;nee;`,
    ].join('\n'),
    publish: true,
  }),
  'worker.me': 'no input',
  'worker.setVisibility': () => ({ visibleToEmployers: true, openToOtherRegions: false }),
  'worker.addSkill': (fx) => ({ skillId: fx.newSkillId, level: 2 }),
  'worker.adoptSkills': (fx) => ({ skills: [{ skillId: fx.newSkillId, level: 3 }] }),
  'worker.setSkillLevel': (fx) => ({ skillId: fx.ownSkillId, level: 3 }),
  'worker.removeSkill': (fx) => ({ skillId: fx.ownSkillId }),
  'worker.setDesiredOccupation': (fx) => ({ occupationId: fx.occupationId }),
  'worker.occupationProposals': 'no input',
};

/** Looks the fixture's ids up in the seeded demo region; gives the demo worker a self-declared skill if needed. */
export async function loadSampleFixture(db: Database): Promise<SampleFixture> {
  const [employer] = await db
    .select({ organisationId: organisations.id, regionId: organisations.regionId })
    .from(users)
    .innerJoin(workerProfiles, eq(workerProfiles.userId, users.id))
    .innerJoin(organisations, eq(organisations.id, workerProfiles.currentOrganisationId))
    .where(eq(users.email, demoAccounts.worker));
  const [worker] = await db
    .select({ id: workerProfiles.id })
    .from(workerProfiles)
    .innerJoin(users, eq(users.id, workerProfiles.userId))
    .where(eq(users.email, demoAccounts.worker));
  const [vacancy] = await db
    .select({ id: vacancies.id })
    .from(vacancies)
    .where(eq(vacancies.organisationId, employer!.organisationId))
    .orderBy(asc(vacancies.id))
    .limit(1);
  const [otherVacancy] = await db
    .select({ id: vacancies.id })
    .from(vacancies)
    .where(ne(vacancies.organisationId, employer!.organisationId))
    .orderBy(asc(vacancies.id))
    .limit(1);
  const [pending] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.regionId, employer!.regionId), eq(organisations.approvalStatus, 'pending')))
    .limit(1);
  const [otherRegionOrganisation] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .innerJoin(regions, eq(regions.id, organisations.regionId))
    .where(ne(organisations.regionId, employer!.regionId))
    .limit(1);
  const [occupation] = await db
    .select({ id: occupations.id, iscoGroup: occupations.iscoGroup })
    .from(occupations)
    .where(isNull(occupations.retiredAt))
    .orderBy(asc(occupations.code))
    .limit(1);
  const held = await db
    .select({ skillId: workerSkills.skillId, source: workerSkills.source })
    .from(workerSkills)
    .where(eq(workerSkills.workerId, worker!.id));
  const current = await db
    .select({ id: skills.id })
    .from(skills)
    .where(isNull(skills.retiredAt))
    .orderBy(asc(skills.uri));
  const heldIds = new Set(held.map((h) => h.skillId));
  const [newSkill, spare] = current.filter((s) => !heldIds.has(s.id));
  let ownSkillId = held.find((h) => h.source === 'self')?.skillId;
  if (!ownSkillId) {
    await db.insert(workerSkills).values({ workerId: worker!.id, skillId: spare!.id, level: 2, source: 'self' });
    ownSkillId = spare!.id;
  }
  const [managed] = await db
    .select({ userId: users.id, organisationId: organisations.id })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(
      and(
        eq(memberships.role, 'employer'),
        eq(organisations.regionId, employer!.regionId),
        eq(organisations.approvalStatus, 'approved'),
        isNull(users.disabledAt),
        notInArray(users.email, Object.values(demoAccounts)),
      ),
    )
    .orderBy(asc(users.email))
    .limit(1);
  return {
    regionId: employer!.regionId,
    managedAccountId: managed!.userId,
    managedOrganisationId: managed!.organisationId,
    vacancyId: vacancy!.id,
    atRiskWorkerId: worker!.id,
    pendingOrganisationId: pending!.id,
    occupationId: occupation!.id,
    iscoGroup: occupation!.iscoGroup.slice(0, 2),
    newSkillId: newSkill!.id,
    ownSkillId,
    otherTenantIds: [otherVacancy!.id, otherRegionOrganisation!.id],
  };
}
