import { eq, sql } from 'drizzle-orm';
import { sizeBandOf } from '~/server/lib/size-band';
import { ACCOUNT_DISABLED, type AccountAuditMetadata } from '~/server/lib/account-audit';
import { addDays, addMonths, type IsoDate } from '~/server/lib/dates';
import { guidanceDeadline } from '~/server/lib/guidance';
import { priorityWindowEnd } from '~/server/lib/priority-window';
import type { Database } from '~/db/client';
import * as t from '~/db/schema';
import { contractTypeValues, type educationLevelValues } from '~/db/schema/enums';
import { insertInChunks } from './batch';
import {
  employers,
  englishOnlyEscoSkills,
  escoOccupations,
  escoSkills,
  firstNamesFemale,
  firstNamesMale,
  iscoGroups,
  occupations,
  otherRegion,
  otherRegionPlaces,
  places,
  region,
  skillGroups,
  skills,
  surnames,
  trainingOffers,
  type SeedEmployer,
  type SeedOccupation,
  type SeedPlace,
} from './data';
import { demoAccounts, disabledDemoAccount } from './demo-accounts';
import { announcingEmployers, employerAccountEmail, pendingEmployerKeys } from './demo-employers';
import { seedDemoCaseloadNotes } from './demo-caseload';
import { seedDemoIntroductions } from './demo-introductions';
import { seedDemoOutcomes } from './demo-outcomes';
import { seedDemoInvitations } from './demo-invitations';
import { seedDemoNotifications } from './demo-notifications';
import { planProfiles } from './demo-profiles';
import { SeededRandom } from './random';

export interface DemoSeedOptions {
  /** argon2id hash of the demo password, computed once by the caller and shared by every demo account. */
  passwordHash: string;
  /** The day the demo is anchored to: risk start dates and deadlines are relative to it. */
  today: IsoDate;
  seed?: number;
}

export interface DemoSeedSummary {
  regions: number;
  employers: number;
  skills: number;
  occupations: number;
  vacancies: number;
  redundancies: number;
  atRiskWorkers: number;
  trainingOffers: number;
  users: number;
}

type EducationLevel = (typeof educationLevelValues)[number];

const DEFAULT_SEED = 20261122;

/**
 * The two firms awaiting approval registered themselves (organisation.register): who did it
 * (their first HR user) and when, the longest waiting first. Times are UTC.
 */
const pendingRegistrations = [
  { contact: 'Marloes van den Akker', daysAgo: 4, time: '08:47' },
  { contact: 'Ruud Verbeek', daysAgo: 1, time: '14:05' },
] as const;

/** A demo concept with an ESCO counterpart carries ESCO's URI, so an ESCO import merges into it. */
const skillUri = (key: string) => escoSkills[key]?.uri ?? `urn:overstap:skill:${key}`;
const occupationUri = (key: string) => escoOccupations[key]?.uri ?? `urn:overstap:occupation:${key}`;

/** The demo's English alternative labels plus ESCO's English preferred label, once (case aside). */
function altLabelsEn(own: readonly string[] | undefined, escoLabel: string | undefined): string[] {
  const labels = [...(own ?? [])];
  if (escoLabel && !labels.some((l) => l.toLowerCase() === escoLabel.toLowerCase())) labels.push(escoLabel);
  return labels;
}

/** A worker's gender, or null for the few who prefer not to give it (it is optional). */
function notGivenBySome<T>(gender: T, rnd: SeededRandom): T | null {
  return rnd.chance(0.06) ? null : gender;
}

/**
 * The weekly hours of the job a worker leaves: mostly 32–40, part-time (16–28) for most of those
 * who want part-time work, and otherwise more often in care, education, services and elementary
 * work than in production.
 */
function currentJobHours(isco: string, wantsPartTime: boolean, rnd: SeededRandom): number {
  const partTimeShare = wantsPartTime ? 0.75 : /^[59]/.test(isco) ? 0.25 : /^[234]/.test(isco) ? 0.15 : 0.05;
  return rnd.chance(partTimeShare) ? rnd.pick([16, 20, 24, 24, 28]) : rnd.pick([32, 36, 36, 38, 38, 40, 40, 40]);
}

/** Education a person in this ISCO major group typically has (ISCO skill levels). */
function educationFor(isco: string, rnd: SeededRandom): EducationLevel {
  const major = isco[0];
  if (major === '1' || major === '2') return rnd.pick(['hbo', 'hbo', 'wo', 'wo', 'mbo']);
  if (major === '3') return rnd.pick(['mbo', 'mbo', 'hbo', 'havo_vwo']);
  if (major === '9') return rnd.pick(['primary', 'vmbo', 'vmbo', 'mbo']);
  return rnd.pick(['vmbo', 'mbo', 'mbo', 'mbo', 'havo_vwo', 'primary']);
}

function jitter(place: SeedPlace, rnd: SeededRandom, km = 2): { lat: number; lon: number } {
  // 1° latitude ≈ 111 km; 1° longitude ≈ 69 km at 51.5° N.
  return {
    lat: Math.round((place.lat + ((rnd.next() - 0.5) * 2 * km) / 111) * 1e5) / 1e5,
    lon: Math.round((place.lon + ((rnd.next() - 0.5) * 2 * km) / 69) * 1e5) / 1e5,
  };
}

/**
 * Seeds a complete, realistic demo region (Zuidoost-Brabant) plus a small neighbouring region
 * (to show that tenancy holds), in one transaction. Deterministic for a given seed and day.
 */
export async function seedDemoRegion(db: Database, options: DemoSeedOptions): Promise<DemoSeedSummary> {
  const rnd = new SeededRandom(options.seed ?? DEFAULT_SEED);
  // The hours of the job each worker leaves, and who prefers not to give their gender: a stream
  // of its own, so the rest of the demo does not change with it.
  const equityRnd = new SeededRandom((options.seed ?? DEFAULT_SEED) ^ 0x4055);
  const { today, passwordHash } = options;

  return db.transaction(async (tx) => {
    const [mainRegion, secondRegion] = await tx
      .insert(t.regions)
      .values([{ ...region }, { ...otherRegion }])
      .returning();
    if (!mainRegion || !secondRegion) throw new Error('regions not created');
    // The two demo regions border each other: workers open to other regions are seen in both.
    await tx.insert(t.regionNeighbours).values([
      { regionId: mainRegion.id, neighbourId: secondRegion.id },
      { regionId: secondRegion.id, neighbourId: mainRegion.id },
    ]);
    const regionOf = (r: 'main' | 'other') => (r === 'main' ? mainRegion : secondRegion);
    const placesOf = (r: 'main' | 'other') => (r === 'main' ? places : otherRegionPlaces);
    const placeByCity = new Map([...places, ...otherRegionPlaces].map((p) => [p.city, p]));

    // Taxonomy: ISCO groups parents-first, skill groups, skills, then broader links.
    const sortedIsco = [...iscoGroups].sort((a, b) => a.code.length - b.code.length);
    const iscoCodes = new Set(sortedIsco.map((g) => g.code));
    await insertInChunks(
      tx,
      t.iscoGroups,
      sortedIsco.map((g) => {
        const parent = g.code.slice(0, -1);
        return { code: g.code, labelNl: g.nl, labelEn: g.en, parentCode: iscoCodes.has(parent) ? parent : null };
      }),
    );
    const groupRows = await tx
      .insert(t.skillGroups)
      .values(skillGroups.map((g) => ({ uri: `urn:overstap:skill-group:${g.key}`, labelNl: g.nl, labelEn: g.en })))
      .returning({ id: t.skillGroups.id, uri: t.skillGroups.uri });
    const groupId = new Map(groupRows.map((g) => [g.uri.split(':').pop(), g.id]));

    const skillIdByKey = new Map<string, string>();
    const skillKeyByUri = new Map(skills.map((s) => [skillUri(s.key), s.key]));
    for (let i = 0; i < skills.length; i += 500) {
      const rows = await tx
        .insert(t.skills)
        .values(
          skills.slice(i, i + 500).map((s) => ({
            uri: skillUri(s.key),
            preferredLabelNl: s.nl,
            preferredLabelEn: s.en,
            altLabelsNl: [...(s.altNl ?? [])],
            altLabelsEn: altLabelsEn(s.altEn, escoSkills[s.key]?.en),
            skillType: s.type,
            skillGroupId: groupId.get(s.group) ?? null,
          })),
        )
        .returning({ id: t.skills.id, uri: t.skills.uri });
      for (const r of rows) skillIdByKey.set(skillKeyByUri.get(r.uri)!, r.id);
    }
    await tx.insert(t.skills).values(
      englishOnlyEscoSkills.map((s) => ({
        uri: s.uri,
        preferredLabelEn: s.en,
        skillType: 'skill' as const,
        skillGroupId: groupId.get(s.group) ?? null,
      })),
    );
    const skillId = (key: string): string => {
      const found = skillIdByKey.get(key);
      if (!found) throw new Error(`seed data refers to unknown skill '${key}'`);
      return found;
    };
    for (const s of skills.filter((s) => s.broader)) {
      await tx
        .update(t.skills)
        .set({ broaderSkillId: skillId(s.broader!) })
        .where(sql`${t.skills.id} = ${skillId(s.key)}`);
    }

    const occupationRows = await tx
      .insert(t.occupations)
      .values(
        occupations.map((o) => ({
          uri: occupationUri(o.key),
          code: o.code,
          iscoGroup: o.isco,
          preferredLabelNl: o.nl,
          preferredLabelEn: o.en,
          altLabelsNl: [...(o.altNl ?? [])],
          altLabelsEn: altLabelsEn(o.altEn, escoOccupations[o.key]?.en),
        })),
      )
      .returning({ id: t.occupations.id, uri: t.occupations.uri });
    const occupationKeyByUri = new Map(occupations.map((o) => [occupationUri(o.key), o.key]));
    const occupationId = new Map(occupationRows.map((o) => [occupationKeyByUri.get(o.uri)!, o.id]));
    const occupationByKey = new Map(occupations.map((o) => [o.key, o]));
    await insertInChunks(
      tx,
      t.occupationSkills,
      occupations.flatMap((o) => [
        ...o.essential.map((k) => ({
          occupationId: occupationId.get(o.key)!,
          skillId: skillId(k),
          relation: 'essential' as const,
        })),
        ...o.optional
          .filter((k) => !o.essential.includes(k))
          .map((k) => ({ occupationId: occupationId.get(o.key)!, skillId: skillId(k), relation: 'optional' as const })),
      ]),
    );

    // Employers. Two in the main region are still awaiting the coordinator's approval: they
    // registered themselves in the last few days, each through its HR contact.
    const pendingKeys = pendingEmployerKeys;
    const registrationOf = new Map(
      [...pendingKeys].map((key, i) => {
        const { contact, daysAgo, time } = pendingRegistrations[i]!;
        return [key, { contact, at: new Date(`${addDays(today, -daysAgo)}T${time}:00Z`) }];
      }),
    );
    const organisationRows = await tx
      .insert(t.organisations)
      .values(
        employers.map((e) => {
          const place = placeByCity.get(e.city) ?? places[0]!;
          return {
            regionId: regionOf(e.region).id,
            name: e.name,
            kvkNumber: e.kvk,
            sector: e.sector,
            employeeCount: e.size,
            sizeBand: sizeBandOf(e.size),
            street: e.street,
            postalCode: e.postalCode,
            city: e.city,
            ...jitter(place, rnd, 1.5),
            approvalStatus: pendingKeys.has(e.key) ? ('pending' as const) : ('approved' as const),
            approvedAt: pendingKeys.has(e.key) ? null : new Date(`${addMonths(today, -12)}T09:00:00Z`),
            // The approval queue shows when a firm registered, the longest waiting first.
            ...(registrationOf.has(e.key) && { createdAt: registrationOf.get(e.key)!.at }),
          };
        }),
      )
      .returning();
    const organisationByKey = new Map(employers.map((e, i) => [e.key, organisationRows[i]!]));

    // Accounts. One hash for all demo users: hashing hundreds of argon2id passwords would make the seed slow.
    const userRows: (typeof t.users.$inferInsert)[] = [];
    const membershipRows: Omit<typeof t.memberships.$inferInsert, 'userId'>[] = [];
    const addUser = (
      name: string,
      email: string,
      membership: Omit<typeof t.memberships.$inferInsert, 'userId'>,
      createdAt?: Date,
    ) => {
      userRows.push({ name, email, passwordHash, locale: 'nl', ...(createdAt && { createdAt }) });
      membershipRows.push(membership);
    };
    addUser('Beheerder Overstap', demoAccounts.admin, { role: 'admin' });
    addUser('Sanne Verhoeven', demoAccounts.coordinator, { role: 'coordinator', regionId: mainRegion.id });
    addUser('Joost van Gils', demoAccounts.otherRegionCoordinator, { role: 'coordinator', regionId: secondRegion.id });

    // Redundancies: the first employers in each of these sectors announce one.
    const announcing = announcingEmployers;
    const secondAnnouncing = employers.find((e) => e.region === 'other');
    const employerAccounts = new Map<string, string>();
    employers.forEach((e, i) => {
      const email = employerAccountEmail(e.key);
      employerAccounts.set(e.key, email);
      const org = organisationRows[i]!;
      const registration = registrationOf.get(e.key);
      addUser(
        registration?.contact ?? `HR ${e.name}`,
        email,
        { role: 'employer', organisationId: org.id, regionId: org.regionId },
        registration?.at,
      );
    });

    const redundancyPlans = [
      ...announcing.map((e) => ({ e, r: 'main' as const })),
      ...(secondAnnouncing ? [{ e: secondAnnouncing, r: 'other' as const }] : []),
    ];
    const reasons = [
      'structural',
      'structural',
      'cyclical',
      'structural',
      'structural',
      'structural',
      'structural',
    ] as const;
    const redundancyInserts = redundancyPlans.map(({ e, r }, i) => {
      const roles = rnd.sample(e.hires, Math.min(3, e.hires.length)).map((key) => ({
        title: occupationByKey.get(key)!.nl,
        occupationId: occupationId.get(key)!,
        count: r === 'main' ? rnd.int(8, 14) : rnd.int(3, 5),
      }));
      return {
        organisationId: organisationByKey.get(e.key)!.id,
        regionId: regionOf(r).id,
        title: `${reasons[i] === 'cyclical' ? 'Tijdelijke krimp' : 'Reorganisatie'} ${e.name} ${today.slice(0, 4)}`,
        roles,
        expectedDate: addMonths(today, rnd.int(2, 9)),
        reason: reasons[i % reasons.length]!,
        affectedCount: roles.reduce((n, role) => n + role.count, 0),
        status: i === 0 ? ('in_progress' as const) : ('announced' as const),
      };
    });
    const redundancyRows = await tx.insert(t.redundancies).values(redundancyInserts).returning();

    // At-risk workers: one per affected role seat.
    interface PlannedWorker {
      name: string;
      /** The profile row, and the languages that go into their own table. */
      profile: Omit<typeof t.workerProfiles.$inferInsert, 'userId'> & { languages: string[] };
      occupation: SeedOccupation;
      experienceYears: number;
    }
    const plannedWorkers: PlannedWorker[] = [];
    redundancyRows.forEach((red, i) => {
      const plan = redundancyPlans[i]!;
      const employerPlace = placeByCity.get(plan.e.city)!;
      for (const role of red.roles) {
        const occupation = occupations.find((o) => occupationId.get(o.key) === role.occupationId)!;
        for (let n = 0; n < role.count; n++) {
          const female = rnd.chance(occupation.isco.startsWith('5') || occupation.isco.startsWith('2') ? 0.55 : 0.3);
          const first = rnd.pick(female ? firstNamesFemale : firstNamesMale);
          const name = `${first} ${rnd.pick(surnames)}`;
          const home = rnd.chance(0.5) ? employerPlace : rnd.weighted(placesOf(plan.r), (p) => p.weight);
          const drawn = rnd.int(0, 640);
          // Every twelfth worker is close to (or just past) the end of the window, so the
          // caseload shows its 90- and 30-day alerts; the drawn number is kept either way, so
          // the rest of the demo stays as it was.
          const seat = plannedWorkers.length;
          const riskStartDate = addDays(
            today,
            -(seat % 12 === 5 ? nearDeadlineDaysAgo[Math.floor(seat / 12) % nearDeadlineDaysAgo.length]! : drawn),
          );
          const partTime = rnd.chance(0.3);
          const status = rnd.chance(0.12)
            ? ('in_transition' as const)
            : rnd.chance(0.05)
              ? ('placed' as const)
              : ('at_risk' as const);
          const experienceYears = rnd.int(2, 30);
          plannedWorkers.push({
            name,
            occupation,
            experienceYears,
            profile: {
              regionId: regionOf(plan.r).id,
              currentOrganisationId: red.organisationId,
              redundancyId: red.id,
              currentOccupationId: role.occupationId ?? null,
              headline: `${occupation.nl} met ${experienceYears} jaar ervaring`,
              status,
              riskStartDate,
              guidanceDeadline: guidanceDeadline(riskStartDate, regionOf(plan.r).guidanceWindowMonths),
              homePostcode: home.postcode4,
              homeCity: home.city,
              ...(({ lat, lon }) => ({ homeLat: lat, homeLon: lon }))(jitter(home, rnd, 2)),
              maxCommuteKm: rnd.pick([10, 15, 20, 25, 30, 40, 50]),
              hoursMin: partTime ? rnd.pick([16, 20, 24]) : rnd.pick([32, 36]),
              hoursMax: partTime ? rnd.pick([24, 28, 32]) : 40,
              contractPreferences: rnd.chance(0.6) ? ['permanent'] : rnd.sample(contractTypeValues, rnd.int(2, 4)),
              availableFrom: addDays(today, rnd.int(0, 120)),
              salaryFloor: rnd.int(22, 48) * 100,
              educationLevel: educationFor(occupation.isco, rnd),
              birthYear: rnd.int(1962, 2003),
              // Drawn as before either way; some prefer not to say.
              gender: notGivenBySome(female ? 'female' : rnd.chance(0.02) ? 'non_binary' : 'male', equityRnd),
              currentContractType: rnd.chance(0.8) ? 'permanent' : rnd.pick(['fixed_term', 'temporary', 'on_call']),
              currentWeeklyHours: currentJobHours(occupation.isco, partTime, equityRnd),
              languages: rnd.chance(0.25) ? ['nl', rnd.pick(['en', 'de', 'pl', 'tr', 'ar'])] : ['nl'],
              visibleToEmployers: rnd.chance(0.8),
              openToOtherRegions: rnd.chance(0.15),
            },
          });
        }
      }
    });
    // Worker accounts; the demo worker is the first worker of the first announcement.
    plannedWorkers.forEach((w, i) => {
      const email = i === 0 ? demoAccounts.worker : `werknemer.${String(i).padStart(3, '0')}@overstap.demo`;
      addUser(w.name, email, {
        role: 'worker',
        regionId: w.profile.regionId,
        organisationId: w.profile.currentOrganisationId ?? null,
      });
    });

    const insertedUsers: { id: string; email: string }[] = [];
    for (let i = 0; i < userRows.length; i += 500) {
      insertedUsers.push(
        ...(await tx
          .insert(t.users)
          .values(userRows.slice(i, i + 500))
          .returning({ id: t.users.id, email: t.users.email })),
      );
    }
    await insertInChunks(
      tx,
      t.memberships,
      membershipRows.map((m, i) => ({ ...m, userId: insertedUsers[i]!.id })),
    );
    const workerUserOffset = insertedUsers.length - plannedWorkers.length;

    // One HR account was disabled by the coordinator, with the audit entry that says why.
    const leaverIndex = insertedUsers.findIndex((u) => u.email === disabledDemoAccount.email);
    const leaver = insertedUsers[leaverIndex]!.id;
    const disabledBy = insertedUsers.find((u) => u.email === demoAccounts.coordinator)!.id;
    await tx
      .update(t.users)
      .set({ disabledAt: new Date(`${today}T09:00:00Z`), disabledByUserId: disabledBy })
      .where(eq(t.users.id, leaver));
    await tx.insert(t.auditLog).values({
      actorUserId: disabledBy,
      action: ACCOUNT_DISABLED,
      subjectType: 'user',
      subjectId: leaver,
      regionId: membershipRows[leaverIndex]!.regionId ?? null,
      organisationId: membershipRows[leaverIndex]!.organisationId ?? null,
      metadata: { reason: disabledDemoAccount.reason, role: 'employer' } satisfies AccountAuditMetadata,
      at: new Date(`${today}T09:00:00Z`),
    });

    const profileRows: { id: string }[] = [];
    for (let i = 0; i < plannedWorkers.length; i += 500) {
      profileRows.push(
        ...(await tx
          .insert(t.workerProfiles)
          .values(
            plannedWorkers.slice(i, i + 500).map(({ profile: { languages: _languages, ...profile } }, j) => ({
              ...profile,
              userId: insertedUsers[workerUserOffset + i + j]!.id,
            })),
          )
          .returning({ id: t.workerProfiles.id })),
      );
    }

    await insertInChunks(
      tx,
      t.workerLanguages,
      plannedWorkers.flatMap((w, i) =>
        w.profile.languages.map((language) => ({
          workerId: profileRows[i]!.id,
          language,
          // No draw from the seeded random here: everything generated after this stays as it was.
          level: language === 'nl' ? ('native' as const) : ('B2' as const),
        })),
      ),
    );

    // Work history and desired occupations, from a random stream of their own (demo-profiles.ts).
    const organisationName = new Map(organisationRows.map((o) => [o.id, o.name]));
    const employersOf = (r: 'main' | 'other') => employers.filter((e) => e.region === r);
    const profilePlans = planProfiles(
      plannedWorkers.map((w) => ({
        occupation: w.occupation,
        employerName: organisationName.get(w.profile.currentOrganisationId!)!,
        birthYear: w.profile.birthYear,
        experienceYears: w.experienceYears,
        regionEmployers: employersOf(w.profile.regionId === mainRegion.id ? 'main' : 'other'),
      })),
      { today, seed: options.seed ?? DEFAULT_SEED, occupations },
    );
    await insertInChunks(
      tx,
      t.workerExperiences,
      profilePlans.flatMap((plan, i) =>
        plan.experiences.map(({ occupationKey, ...experience }) => ({
          workerId: profileRows[i]!.id,
          ...experience,
          occupationId: occupationId.get(occupationKey)!,
        })),
      ),
    );
    await insertInChunks(
      tx,
      t.workerDesiredOccupations,
      profilePlans.flatMap((plan, i) =>
        plan.desiredOccupations.map((key, position) => ({
          workerId: profileRows[i]!.id,
          occupationId: occupationId.get(key)!,
          position: position + 1,
        })),
      ),
    );

    // Worker skills: most of the occupation's essential skills, some optional ones, a few transversal.
    const transversal = skills.filter((s) => s.type === 'transversal').map((s) => s.key);
    const workerSkillRows: (typeof t.workerSkills.$inferInsert)[] = [];
    plannedWorkers.forEach((w, i) => {
      const workerId = profileRows[i]!.id;
      const chosen = new Set<string>([
        ...rnd.sample(w.occupation.essential, Math.max(3, w.occupation.essential.length - rnd.int(0, 2))),
        ...rnd.sample(w.occupation.optional, rnd.int(0, 3)),
        ...rnd.sample(transversal, rnd.int(1, 3)),
      ]);
      for (const key of chosen) {
        const source = rnd.chance(0.45) ? 'employer' : rnd.chance(0.15) ? 'accredited' : 'self';
        workerSkillRows.push({
          workerId,
          skillId: skillId(key),
          level: rnd.int(1, 4),
          source,
          confirmedByOrganisationId: source === 'employer' ? (w.profile.currentOrganisationId ?? null) : null,
        });
      }
    });
    await insertInChunks(tx, t.workerSkills, workerSkillRows);

    // Consent history mirrors the visibility flags.
    await insertInChunks(
      tx,
      t.consents,
      plannedWorkers.flatMap((w, i) => [
        ...(w.profile.visibleToEmployers
          ? [{ workerId: profileRows[i]!.id, scope: 'profile_anonymous' as const }]
          : []),
        ...(w.profile.openToOtherRegions ? [{ workerId: profileRows[i]!.id, scope: 'cross_region' as const }] : []),
      ]),
    );

    // Vacancies: ~10 per approved employer in the main region, a handful in the other region.
    const vacancyRows: (typeof t.vacancies.$inferInsert)[] = [];
    const vacancySkillPlans: { key: string; importance: 'required' | 'optional'; minLevel: number }[][] = [];
    const hiringEmployers = employers.filter((e) => !pendingKeys.has(e.key));
    for (const e of hiringEmployers) {
      const count = e.region === 'main' ? Math.max(8, Math.round(Math.log2(e.size) * 1.4)) : 6;
      for (let n = 0; n < count; n++) {
        const occ = occupationByKey.get(rnd.pick(e.hires))!;
        const org = organisationByKey.get(e.key)!;
        const { row, skillPlan } = planVacancy(e, org, occ, occupationId.get(occ.key)!, rnd, today);
        Object.assign(row, lifecycleOf(n, row, today));
        // Published in the last few days: still in the region's priority window, as publishing sets it.
        row.priorityUntil =
          row.publishedAt && priorityWindowEnd(row.publishedAt, regionOf(e.region).priorityWindowDays);
        vacancyRows.push(row);
        vacancySkillPlans.push(skillPlan);
      }
    }
    const vacancyIds: string[] = [];
    for (let i = 0; i < vacancyRows.length; i += 500) {
      vacancyIds.push(
        ...(
          await tx
            .insert(t.vacancies)
            .values(vacancyRows.slice(i, i + 500))
            .returning({ id: t.vacancies.id })
        ).map((r) => r.id),
      );
    }
    await insertInChunks(
      tx,
      t.vacancySkills,
      vacancySkillPlans.flatMap((plan, i) =>
        plan.map((s) => ({
          vacancyId: vacancyIds[i]!,
          skillId: skillId(s.key),
          importance: s.importance,
          minLevel: s.minLevel,
        })),
      ),
    );

    // Training offers.
    const trainingRows = await tx
      .insert(t.trainingOffers)
      .values(
        trainingOffers.map((o, i) => {
          const place = placeByCity.get(o.city);
          return {
            regionId: regionOf(o.region).id,
            provider: o.provider,
            titleNl: o.titleNl,
            titleEn: o.titleEn,
            descriptionNl: o.descriptionNl,
            descriptionEn: o.descriptionEn,
            durationWeeks: o.weeks,
            mode: o.mode,
            costEuros: o.costEuros,
            // Free courses are funded by a fund or the region; paid ones mostly by the employer.
            paidBy: o.costEuros === 0 ? payersOfFree[i % payersOfFree.length]! : payersOfPaid[i % payersOfPaid.length]!,
            city: o.city,
            lat: place?.lat ?? null,
            lon: place?.lon ?? null,
          };
        }),
      )
      .returning({ id: t.trainingOffers.id });
    await insertInChunks(
      tx,
      t.trainingOfferSkills,
      trainingOffers.flatMap((o, i) =>
        [...new Set(o.skills)].map((k) => ({
          trainingOfferId: trainingRows[i]!.id,
          skillId: skillId(k),
          levelTaught: 2,
        })),
      ),
    );

    // Invitations: every seeded worker joined through one; a few people of each announcement are still to answer.
    await seedDemoInvitations(tx, {
      today,
      redundancies: redundancyRows,
      mainRegionId: mainRegion.id,
      seed: options.seed ?? 20261122,
    });

    // Introductions and placements at every stage of the pipeline.
    await seedDemoIntroductions(tx, { today, seed: options.seed ?? 20261122 });
    // Past hires over the months, for the coordinator's dashboard.
    await seedDemoOutcomes(tx, { today, seed: options.seed ?? 20261122, mainRegionId: mainRegion.id });
    // A few notifications, read and unread, so the bell has content on a fresh start.
    await seedDemoNotifications(tx, { today, seed: options.seed ?? 20261122 });
    // The coordinator's notes: intakes, reviews and a few others, so the caseload shows every stage.
    await seedDemoCaseloadNotes(tx, { today, seed: options.seed ?? 20261122 });

    // Everything searchable goes through the outbox, so the search index is built by the sync worker.
    await insertInChunks(tx, t.outbox, [
      ...vacancyIds.map((id) => ({ aggregate: 'vacancy' as const, aggregateId: id, operation: 'upsert' as const })),
      ...profileRows.map((p) => ({
        aggregate: 'worker_profile' as const,
        aggregateId: p.id,
        operation: 'upsert' as const,
      })),
    ]);

    return {
      regions: 2,
      employers: organisationRows.length,
      skills: skills.length + englishOnlyEscoSkills.length,
      occupations: occupations.length,
      vacancies: vacancyIds.length,
      redundancies: redundancyRows.length,
      atRiskWorkers: profileRows.length,
      trainingOffers: trainingRows.length,
      users: insertedUsers.length,
    };
  });
}

const DAY_MS = 86_400_000;

/** Risk starts about 24 months ago: some days to a few months left, one just past the deadline. */
const payersOfFree = ['sector_fund', 'region', 'uwv'] as const;
const payersOfPaid = ['employer', 'employer', 'sector_fund', 'worker'] as const;

const nearDeadlineDaysAgo = [725, 715, 700, 690, 670, 655, 745];

/**
 * Every firm's vacancies show each stage of a vacancy's life: its first is a draft, its second
 * was closed two days ago, its third and fourth were published one and three days ago (so they
 * are still in the region's priority window); the others keep the state they were planned with,
 * a closed or filled one with the moment it closed. Decided by position, not by the random
 * generator, so everything else the seed generates stays as it was.
 */
function lifecycleOf(
  n: number,
  row: typeof t.vacancies.$inferInsert,
  today: IsoDate,
): Partial<typeof t.vacancies.$inferInsert> {
  const at = (daysAgo: number, hour: number) =>
    new Date(`${addDays(today, -daysAgo)}T${String(hour).padStart(2, '0')}:00:00Z`);
  if (n === 0) return { status: 'draft', publishedAt: null, closedAt: null };
  if (n === 1) return { status: 'closed', publishedAt: at(30, 8), closedAt: at(2, 16) };
  if (n === 2) return { status: 'open', publishedAt: at(1, 8), closedAt: null };
  if (n === 3) return { status: 'open', publishedAt: at(3, 8), closedAt: null };
  if ((row.status === 'closed' || row.status === 'filled') && row.publishedAt) {
    return { closedAt: new Date(Math.min(row.publishedAt.getTime() + 14 * DAY_MS, at(1, 16).getTime())) };
  }
  return {};
}

const titlePrefixes = ['', '', '', 'Ervaren ', 'Junior ', 'Senior ', 'Allround '];

/** 'Lasser' → 'lasser' mid-sentence, but 'CNC-verspaner' and 'HR-adviseur' keep their capitals. */
function midSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

function planVacancy(
  e: SeedEmployer,
  org: typeof t.organisations.$inferSelect,
  occ: SeedOccupation,
  occupationId: string,
  rnd: SeededRandom,
  today: IsoDate,
) {
  const partTime = rnd.chance(0.25);
  const hoursMax = partTime ? rnd.pick([20, 24, 28, 32]) : 40;
  const hoursMin = partTime ? hoursMax - rnd.pick([0, 4, 8]) : rnd.pick([32, 36, 40]);
  const salaryMin = rnd.int(24, 50) * 100;
  const isKnowledgeWork = occ.isco.startsWith('2') || occ.isco.startsWith('1');
  const status = rnd.chance(0.88) ? ('open' as const) : rnd.pick(['filled', 'closed', 'draft'] as const);
  const prefix = rnd.pick(titlePrefixes);
  const title = `${prefix}${prefix ? midSentence(occ.nl) : occ.nl}`;
  const required = rnd.sample(occ.essential, Math.min(occ.essential.length, rnd.int(3, 6)));
  const optional = rnd.sample(
    occ.optional.filter((k) => !required.includes(k)),
    rnd.int(1, 3),
  );
  const row: typeof t.vacancies.$inferInsert = {
    organisationId: org.id,
    regionId: org.regionId,
    title,
    description:
      `${e.name} in ${e.city} zoekt een ${midSentence(occ.nl)} voor ${hoursMin === hoursMax ? hoursMax : `${hoursMin}–${hoursMax}`} uur per week. ` +
      `Je werkt in een team dat ${rnd.pick(['veel ruimte geeft voor eigen initiatief', 'hecht aan vakmanschap en veiligheid', 'graag kennis deelt', 'werkt aan de technologie van morgen'])}. ` +
      `Wij bieden ${rnd.pick(['een opleidingsbudget', 'een goede pensioenregeling', 'flexibele werktijden', 'reiskostenvergoeding en een fiets van de zaak'])}.`,
    occupationId,
    hoursMin,
    hoursMax,
    contractType: rnd.weighted(
      contractTypeValues,
      (c) => ({ permanent: 5, fixed_term: 4, temporary: 1, on_call: 0.5, secondment: 1 })[c],
    ),
    city: org.city,
    lat: org.lat,
    lon: org.lon,
    remote: isKnowledgeWork ? rnd.pick(['on_site', 'hybrid', 'hybrid', 'remote'] as const) : 'on_site',
    salaryMin,
    salaryMax: salaryMin + rnd.int(3, 12) * 100,
    startDate: addDays(today, rnd.int(7, 120)),
    closesAt: addDays(today, rnd.int(14, 90)),
    status,
    openToRetraining: rnd.chance(0.3),
    publishedAt: status === 'draft' ? null : new Date(`${addDays(today, -rnd.int(1, 60))}T08:00:00Z`),
  };
  return {
    row,
    skillPlan: [
      ...required.map((key) => ({ key, importance: 'required' as const, minLevel: rnd.int(1, 3) })),
      ...optional.map((key) => ({ key, importance: 'optional' as const, minLevel: rnd.int(1, 2) })),
    ],
  };
}
