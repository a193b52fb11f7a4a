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
  introductions,
  invitations,
  memberships,
  occupations,
  organisations,
  placements,
  redundancies,
  regions,
  skills,
  trainingOffers,
  users,
  vacancies,
  workerExperiences,
  workerProfiles,
  workerSkills,
} from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import type { ProcedurePath } from '~/server/api/access-policy';
import { newLinkToken } from '~/server/auth/tokens';
import { addDays } from '~/server/lib/dates';
import { todayIso } from '~/server/lib/input';
import { PRIVACY_STATEMENT_VERSION } from '~/server/lib/privacy-statement';
import { candidatePseudonymsFor } from '~/server/services/candidate-pseudonyms';

/** Ids of the demo region that valid inputs refer to, and some that belong to another tenant. */
export interface SampleFixture {
  vacancyId: string;
  atRiskWorkerId: string;
  pendingOrganisationId: string;
  occupationId: string;
  /** A second current occupation, other than `occupationId`. */
  otherOccupationId: string;
  iscoGroup: string;
  /** A current skill the demo worker does not have. */
  newSkillId: string;
  /** A self-declared skill on the demo worker's profile. */
  ownSkillId: string;
  /** An entry of the demo worker's work history. */
  ownExperienceId: string;
  /** The demo region. */
  regionId: string;
  /** An HR account of an approved firm of the demo region that no persona signs in with, and its firm. */
  managedAccountId: string;
  managedOrganisationId: string;
  /** The demo employer's redundancy announcement. */
  redundancyId: string;
  /** Invitations of the demo employer's firm, to re-send, revoke and give skills. */
  workerInvitationId: string;
  colleagueInvitationId: string;
  /** Links (tokens) of two more of its invitations, to look up and accept. */
  workerInvitationToken: string;
  colleagueInvitationToken: string;
  /** A coordinator invitation of the demo region to re-send and revoke, and the link of another to accept. */
  coordinatorInvitationId: string;
  coordinatorInvitationToken: string;
  /** An open vacancy of another firm of the demo region: one the demo worker may save, hide or be interested in. */
  marketVacancyId: string;
  /** The demo employer's pseudonym for a findable worker of another firm, and the vacancy it is seen for. */
  candidateId: string;
  /** An introduction of the demo employer's firm, a placement of the demo region, and another firm's open vacancy. */
  introductionId: string;
  placementId: string;
  otherVacancyId: string;
  /** A training offer of the demo region. */
  trainingOfferId: string;
  /** Ids that exist but are not the callers' (another firm's vacancy, announcement and invitation, another region's firm). */
  otherTenantIds: string[];
}

/** A procedure without input, or a function giving a valid input for it. */
export type Sample = 'no input' | ((fx: SampleFixture) => unknown);

export const procedureSamples: Partial<Record<ProcedurePath, Sample>> = {
  'atRiskWorker.listMine': 'no input',
  'atRiskWorker.get': (fx) => ({ workerId: fx.atRiskWorkerId }),
  'atRiskWorker.confirmSkills': (fx) => ({
    workerId: fx.atRiskWorkerId,
    skills: [{ skillId: fx.newSkillId, level: 3 }],
  }),
  'introduction.invite': (fx) => ({
    vacancyId: fx.vacancyId,
    candidateId: 'K-7Q4M2',
    message: 'Wij denken dat u goed past bij deze vacature.\nZullen we kennismaken?',
  }),
  'introduction.respond': (fx) => ({ introductionId: fx.introductionId, answer: 'decline', reason: 'Te ver weg.' }),
  'introduction.answerInterest': (fx) => ({ introductionId: fx.introductionId, answer: 'reject', note: 'Vervuld.' }),
  'introduction.step': (fx) => ({
    introductionId: fx.introductionId,
    step: 'trial',
    kind: 'secondment',
    startDate: todayIso(),
    endDate: addDays(todayIso(), 90),
    note: 'Drie maanden detachering.',
  }),
  'introduction.withdraw': (fx) => ({ introductionId: fx.introductionId, note: 'Andere keuze gemaakt.' }),
  'introduction.listMine': (fx) => ({ status: 'meeting', vacancyId: fx.vacancyId, page: 1 }),
  'introduction.get': (fx) => ({ introductionId: fx.introductionId }),
  'introduction.reopenTransition': (fx) => ({ placementId: fx.placementId, endDate: todayIso() }),
  'introduction.regionPlacements': () => ({ page: 1 }),
  'invitation.inviteWorker': (fx) => ({
    redundancyId: fx.redundancyId,
    name: 'Fatma Yılmaz',
    email: 'fatma.yilmaz@example.nl',
    roleTitle: 'Operator',
    occupationId: fx.occupationId,
    language: 'en',
    contractType: 'fixed_term',
    weeklyHours: 24,
  }),
  'invitation.importWorkers': (fx) => ({
    redundancyId: fx.redundancyId,
    csv: 'naam;e-mail;functie;beroep;taal;contract;uren per week\nPiet Jansen;piet.jansen@example.nl;Operator;;nl;vast;32\n',
  }),
  'invitation.setSkills': (fx) => ({
    invitationId: fx.workerInvitationId,
    skills: [{ skillId: fx.newSkillId, level: 2 }],
  }),
  'invitation.inviteColleague': () => ({ name: 'Els de Vries', email: 'els.devries@example.nl', language: 'nl' }),
  'invitation.listColleagues': 'no input',
  'invitation.resend': (fx) => ({ invitationId: fx.workerInvitationId }),
  'invitation.revoke': (fx) => ({ invitationId: fx.colleagueInvitationId }),
  'invitation.lookup': (fx) => ({ token: fx.workerInvitationToken }),
  'invitation.acceptWorker': (fx) => ({
    token: fx.workerInvitationToken,
    password: 'een lang genoeg wachtwoord',
    privacyStatementVersion: PRIVACY_STATEMENT_VERSION,
    privacyAccepted: true,
    homePostcode: '5611 AB',
    birthYear: 1978,
    educationLevel: 'mbo',
    visibility: 'region',
  }),
  'invitation.acceptColleague': (fx) => ({ token: fx.colleagueInvitationToken, password: 'nog een lang wachtwoord' }),
  'invitation.acceptCoordinator': (fx) => ({
    token: fx.coordinatorInvitationToken,
    password: 'nog een lang wachtwoord',
  }),
  'market.candidates': (fx) => ({
    vacancyId: fx.vacancyId,
    locale: 'en',
    text: 'monteur',
    minScore: 0.2,
    distanceBands: ['under5', 'from10to25'],
    availableBy: addDays(todayIso(), 90),
    occupationId: fx.occupationId,
    skillId: fx.newSkillId,
    page: 1,
    pageSize: 10,
  }),
  'market.candidate': (fx) => ({ vacancyId: fx.vacancyId, candidateId: fx.candidateId, locale: 'nl' }),
  'market.save': (fx) => ({ vacancyId: fx.marketVacancyId }),
  'market.unsave': (fx) => ({ vacancyId: fx.marketVacancyId }),
  'market.hide': (fx) => ({ vacancyId: fx.marketVacancyId, reason: 'too_far' }),
  'market.unhide': (fx) => ({ vacancyId: fx.marketVacancyId }),
  'market.listSaved': () => ({ page: 1 }),
  'market.listHidden': () => ({ page: 2 }),
  'market.expressInterest': (fx) => ({ vacancyId: fx.marketVacancyId }),
  'market.withdrawInterest': (fx) => ({ vacancyId: fx.marketVacancyId }),
  'market.hideReasonCounts': () => ({ sinceDays: 90 }),
  'matching.forMe': () => ({ limit: 5, locale: 'nl' }),
  'notification.listMine': () => ({ page: 1 }),
  'notification.unreadCount': 'no input',
  // No one's notification: each persona has their own, and another's answers as missing (404).
  'notification.markRead': () => ({ notificationId: '7d6c2a1e-3b4f-4c5d-8e9f-0a1b2c3d4e5f' }),
  'notification.markAllRead': 'no input',
  'notification.preferences': 'no input',
  'notification.setPreferences': () => ({ notificationEmail: 'daily' }),
  'organisation.register': (fx) => ({
    organisationName: 'Smederij De Kempen B.V.',
    kvkNumber: '87654321',
    sector: 'high_tech_manufacturing',
    sizeBand: '10-49',
    street: 'Hoogstraat 12',
    postalCode: '5611 AB',
    city: 'Eindhoven',
    regionId: fx.regionId,
    fullName: 'Sanne Verhoeven',
    email: 'sanne@smederij-dekempen.example',
    password: 'vonken en staal 1987',
    locale: 'nl',
  }),
  'organisation.mine': 'no input',
  'organisation.listForRegion': 'no input',
  'organisation.approvalQueue': () => ({ page: 1 }),
  'organisation.decideApproval': (fx) => ({
    organisationId: fx.pendingOrganisationId,
    decision: 'rejected',
    reason: 'Geen inschrijving bij de KvK gevonden onder dit nummer.\nNeem contact op als dit niet klopt.',
  }),
  'redundancy.listMine': 'no input',
  'redundancy.formDefaults': 'no input',
  'redundancy.get': (fx) => ({ redundancyId: fx.redundancyId }),
  'redundancy.cohort': (fx) => ({ redundancyId: fx.redundancyId }),
  'redundancy.create': (fx) => ({
    title: 'Reorganisatie assemblage 2027',
    roles: [{ title: 'Assemblagemedewerker', occupationId: fx.occupationId, count: 12 }],
    announcedOn: todayIso(),
    expectedDate: addDays(todayIso(), 120),
    reason: 'structural',
    guidanceWindowMonths: 24,
  }),
  'redundancy.update': (fx) => ({
    redundancyId: fx.redundancyId,
    ...{
      title: 'Reorganisatie assemblage 2027',
      roles: [{ title: 'Assemblagemedewerker', occupationId: fx.occupationId, count: 12 }],
      announcedOn: todayIso(),
      expectedDate: addDays(todayIso(), 120),
      reason: 'structural',
      guidanceWindowMonths: 24,
    },
  }),
  'redundancy.cancel': (fx) => ({ redundancyId: fx.redundancyId }),
  'region.overview': 'no input',
  'coordination.caseload': () => ({
    status: 'active',
    window: 'd90',
    action: 'overdue',
    query: 'de',
    sort: 'nextDue',
    direction: 'desc',
    page: 1,
  }),
  'coordination.caseloadSummary': 'no input',
  'coordination.caseloadExport': () => ({
    status: 'active',
    window: 'd90',
    action: 'overdue',
    query: 'de',
    sort: 'nextDue',
    direction: 'desc',
  }),
  'coordination.caseloadWorker': (fx) => ({ workerId: fx.atRiskWorkerId, page: 1 }),
  'coordination.addNote': (fx) => ({
    workerId: fx.atRiskWorkerId,
    kind: 'intake',
    noteDate: todayIso(),
    body: 'Intake gehouden; wil richting logistiek.',
  }),
  'coordination.societalValue': 'no input',
  'coordination.setValueAssumptions': () => ({
    benefitDays: 130,
    dailyBenefitEuros: 110,
    severancePerServiceYearEuros: 1200,
    averageServiceYears: 10,
  }),
  'coordination.settings': 'no input',
  'coordination.updateSettings': () => ({
    guidanceWindowMonths: 24,
    priorityWindowDays: 5,
    defaultCommuteKm: 25,
    safetyWindowMonths: 12,
  }),
  'coordination.coordinators': () => ({ page: 1 }),
  'coordination.inviteCoordinator': () => ({ name: 'Sanne Smits', email: 'sanne.smits@example.nl', language: 'en' }),
  'coordination.coordinatorInvitations': () => ({ page: 1 }),
  'coordination.resendInvitation': (fx) => ({ invitationId: fx.coordinatorInvitationId }),
  'coordination.revokeInvitation': (fx) => ({ invitationId: fx.coordinatorInvitationId }),
  'coordination.trainingOffers': () => ({ page: 1 }),
  'coordination.createTrainingOffer': (fx) => ({
    provider: 'Summa College',
    title: 'Heftruckcertificaat',
    titleEn: 'Forklift certificate',
    durationWeeks: 2,
    mode: 'classroom',
    costEuros: 450,
    paidBy: 'sector_fund',
    city: 'Eindhoven',
    skillIds: [fx.newSkillId],
  }),
  'coordination.deleteTrainingOffer': (fx) => ({ trainingOfferId: fx.trainingOfferId }),
  'coordination.importTrainingOffers': () => ({
    csv: 'aanbieder;titel;duur;vorm;kosten;betaald door;plaats;vaardigheden\nSumma College;Lassen MIG/MAG;8;klassikaal;1250;O&O-fonds;Eindhoven;lassen\n',
  }),
  'dashboard.overview': () => ({ months: 12 }),
  'dashboard.jobSupply': 'no input',
  'dashboard.skillGaps': 'no input',
  'dashboard.equity': 'no input',
  'dashboard.flows': () => ({ months: 24, level: 'organisation' }),
  'region.listPublic': 'no input',
  'region.list': () => ({ page: 1 }),
  'transitionPaths.mine': 'no input',
  'transitionPaths.cohorts': 'no input',
  'transitionPaths.cohort': (fx) => ({ redundancyId: fx.redundancyId }),
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
  'vacancy.listMine': () => ({ status: 'open', page: 2 }),
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
      `HT-101;Monteur mechatronica;7223.4;32-40;vast;5611 AB;Eindhoven;hybride;3000-4200;${addDays(todayIso(), 60)};${addDays(todayIso(), 30)};CNC-draaien | CNC-frezen;CNC-programmeren;ja;"Onderhoud aan productielijnen; in ploegendienst."`,
      `HT-102;Lasser;welder;40;tijdelijk;5701;Helmond;nee;2800;;;lassen;;nee;`,
    ].join('\n'),
    publish: true,
  }),
  'myData.profileViews': () => ({ page: 1 }),
  'myData.export': 'no input',
  // A wrong password: the shared demo worker must survive the test (erasure itself: worker-data.test.ts).
  'myData.erase': () => ({ password: 'not-the-demo-password' }),
  'worker.me': 'no input',
  'worker.completeness': () => ({ locale: 'en' }),
  'worker.setVisibility': () => ({ visibleToEmployers: true, openToOtherRegions: false }),
  'worker.addSkill': (fx) => ({ skillId: fx.newSkillId, level: 2 }),
  'worker.adoptSkills': (fx) => ({ skills: [{ skillId: fx.newSkillId, level: 3 }] }),
  'worker.setSkillLevel': (fx) => ({ skillId: fx.ownSkillId, level: 3 }),
  'worker.removeSkill': (fx) => ({ skillId: fx.ownSkillId }),
  'worker.setDesiredOccupations': (fx) => ({ occupationIds: [fx.occupationId, fx.otherOccupationId] }),
  'worker.occupationProposals': 'no input',
  'worker.setCurrentOccupation': (fx) => ({ occupationId: fx.otherOccupationId }),
  'worker.setEducationLevel': () => ({ educationLevel: 'hbo' }),
  'worker.setGender': () => ({ gender: 'non_binary' }),
  'worker.addExperience': (fx) => ({
    employerName: 'Vlamkap Metaalwerken',
    title: 'Lasser',
    occupationId: fx.occupationId,
    startDate: '2015-03-01',
    endDate: '2019-08-31',
  }),
  'worker.updateExperience': (fx) => ({
    experienceId: fx.ownExperienceId,
    employerName: 'Anker Machinebouw',
    title: 'Monteur',
    occupationId: fx.occupationId,
    startDate: '2019-09-01',
    endDate: null,
  }),
  'worker.removeExperience': (fx) => ({ experienceId: fx.ownExperienceId }),
  'worker.setLanguages': () => ({
    languages: [
      { language: 'nl', level: 'native' },
      { language: 'en', level: 'B2' },
    ],
  }),
  'worker.setPreferences': () => ({
    hoursMin: 24,
    hoursMax: 36,
    contractPreferences: ['permanent', 'fixed_term'],
    homePostcode: '5611 AB',
    maxCommuteKm: 30,
    remotePreferences: ['on_site', 'hybrid'],
    availableFrom: addDays(todayIso(), 30),
    salaryFloor: 2800,
  }),
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
    .where(and(ne(vacancies.organisationId, employer!.organisationId), eq(vacancies.status, 'open')))
    .orderBy(asc(vacancies.id))
    .limit(1);
  const [introduction] = await db
    .select({ id: introductions.id })
    .from(introductions)
    .where(eq(introductions.organisationId, employer!.organisationId))
    .orderBy(asc(introductions.id))
    .limit(1);
  const [placement] = await db
    .select({ id: placements.id })
    .from(placements)
    .where(eq(placements.regionId, employer!.regionId))
    .orderBy(asc(placements.id))
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
  const [occupation, otherOccupation] = await db
    .select({ id: occupations.id, iscoGroup: occupations.iscoGroup })
    .from(occupations)
    .where(isNull(occupations.retiredAt))
    .orderBy(asc(occupations.code))
    .limit(2);
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
  let [experience] = await db
    .select({ id: workerExperiences.id })
    .from(workerExperiences)
    .where(eq(workerExperiences.workerId, worker!.id))
    .limit(1);
  experience ??= (
    await db
      .insert(workerExperiences)
      .values({ workerId: worker!.id, employerName: 'Vlamkap Metaalwerken', title: 'Lasser', startDate: '2010-01-01' })
      .returning({ id: workerExperiences.id })
  )[0];
  // Another worker's work history entry: a foreign id the worker procedures must not find.
  const [otherWorker] = await db
    .select({ id: workerProfiles.id })
    .from(workerProfiles)
    .where(ne(workerProfiles.id, worker!.id))
    .orderBy(asc(workerProfiles.id))
    .limit(1);
  const [otherExperience] = await db
    .insert(workerExperiences)
    .values({ workerId: otherWorker!.id, employerName: 'Beek Installaties', title: 'Monteur', startDate: '2012-05-01' })
    .returning({ id: workerExperiences.id });
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
  const [redundancy] = await db
    .select({ id: redundancies.id })
    .from(redundancies)
    .where(eq(redundancies.organisationId, employer!.organisationId))
    .orderBy(asc(redundancies.createdAt), asc(redundancies.id))
    .limit(1);
  const [otherRedundancy] = await db
    .select({ id: redundancies.id, organisationId: redundancies.organisationId, regionId: redundancies.regionId })
    .from(redundancies)
    .where(ne(redundancies.organisationId, employer!.organisationId))
    .limit(1);
  // Invitations are known by their link only as a hash: make some whose links the samples hold.
  const invite = async (
    kind: 'worker' | 'colleague' | 'coordinator',
    email: string,
    owner = { organisationId: employer!.organisationId, regionId: employer!.regionId, redundancyId: redundancy!.id },
  ) => {
    const { token, hash } = newLinkToken();
    const [row] = await db
      .insert(invitations)
      .values({
        kind,
        organisationId: kind === 'coordinator' ? null : owner.organisationId,
        regionId: owner.regionId,
        redundancyId: kind === 'worker' ? owner.redundancyId : null,
        name: 'Sample Invitee',
        email,
        roleTitle: kind === 'worker' ? 'Operator' : null,
        tokenHash: hash,
        expiresAt: new Date(Date.now() + 14 * 86_400_000),
        sentAt: new Date(),
        sendCount: 1,
      })
      .returning({ id: invitations.id });
    return { id: row!.id, token };
  };
  const workerInvitation = await invite('worker', 'sample.worker@example.nl');
  const colleagueInvitation = await invite('colleague', 'sample.colleague@example.nl');
  const acceptableWorker = await invite('worker', 'sample.joiner@example.nl');
  const acceptableColleague = await invite('colleague', 'sample.hr@example.nl');
  const otherInvitation = await invite('worker', 'sample.elsewhere@example.nl', {
    organisationId: otherRedundancy!.organisationId,
    regionId: otherRedundancy!.regionId,
    redundancyId: otherRedundancy!.id,
  });
  const coordinatorInvitation = await invite('coordinator', 'sample.coordinator@example.nl');
  const acceptableCoordinator = await invite('coordinator', 'sample.joining.coordinator@example.nl');
  const [otherRegion] = await db
    .select({ id: regions.id })
    .from(regions)
    .where(ne(regions.id, employer!.regionId))
    .orderBy(asc(regions.slug))
    .limit(1);
  // Another region's: its firm and announcement are not used for a coordinator invitation.
  const otherCoordinatorInvitation = await invite('coordinator', 'sample.coordinator.elsewhere@example.nl', {
    organisationId: employer!.organisationId,
    regionId: otherRegion!.id,
    redundancyId: redundancy!.id,
  });
  const [marketVacancy] = await db
    .select({ id: vacancies.id })
    .from(vacancies)
    .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
    .where(
      and(
        eq(vacancies.regionId, employer!.regionId),
        eq(vacancies.status, 'open'),
        eq(organisations.approvalStatus, 'approved'),
        ne(vacancies.organisationId, employer!.organisationId),
      ),
    )
    .orderBy(asc(vacancies.id))
    .limit(1);
  const [employerUser] = await db.select({ id: users.id }).from(users).where(eq(users.email, demoAccounts.employer));
  const [findable] = await db
    .select({ id: workerProfiles.id })
    .from(workerProfiles)
    .where(
      and(
        eq(workerProfiles.regionId, employer!.regionId),
        eq(workerProfiles.visibleToEmployers, true),
        eq(workerProfiles.status, 'at_risk'),
        ne(workerProfiles.currentOrganisationId, employer!.organisationId),
      ),
    )
    .orderBy(asc(workerProfiles.id))
    .limit(1);
  const employerActor = {
    role: 'employer' as const,
    userId: employerUser!.id,
    organisationId: employer!.organisationId,
    regionId: employer!.regionId,
  };
  const candidateCodes = await candidatePseudonymsFor(db, employerActor, { workerIds: [findable!.id] });
  const [trainingOffer] = await db
    .select({ id: trainingOffers.id })
    .from(trainingOffers)
    .where(eq(trainingOffers.regionId, employer!.regionId))
    .orderBy(asc(trainingOffers.id))
    .limit(1);
  return {
    trainingOfferId: trainingOffer!.id,
    marketVacancyId: marketVacancy!.id,
    candidateId: candidateCodes.get(findable!.id)!,
    redundancyId: redundancy!.id,
    workerInvitationId: workerInvitation.id,
    colleagueInvitationId: colleagueInvitation.id,
    workerInvitationToken: acceptableWorker.token,
    colleagueInvitationToken: acceptableColleague.token,
    coordinatorInvitationId: coordinatorInvitation.id,
    coordinatorInvitationToken: acceptableCoordinator.token,
    regionId: employer!.regionId,
    managedAccountId: managed!.userId,
    managedOrganisationId: managed!.organisationId,
    vacancyId: vacancy!.id,
    atRiskWorkerId: worker!.id,
    pendingOrganisationId: pending!.id,
    occupationId: occupation!.id,
    otherOccupationId: otherOccupation!.id,
    iscoGroup: occupation!.iscoGroup.slice(0, 2),
    newSkillId: newSkill!.id,
    ownSkillId,
    ownExperienceId: experience!.id,
    introductionId: introduction!.id,
    placementId: placement!.id,
    otherVacancyId: otherVacancy!.id,
    otherTenantIds: [
      otherVacancy!.id,
      otherRegionOrganisation!.id,
      otherRedundancy!.id,
      otherInvitation.id,
      otherCoordinatorInvitation.id,
      otherExperience!.id,
    ],
  };
}
