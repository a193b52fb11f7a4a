import type { Database } from '~/db/client';
import {
  memberships,
  organisations,
  outbox,
  regionNeighbours,
  regions,
  skills,
  users,
  vacancies,
  vacancySkills,
  workerProfiles,
  workerSkills,
} from '~/db/schema';
import { createCaller } from '~/server/api/root';
import { createTRPCContext } from '~/server/api/trpc';
import type { DistanceBand } from '~/server/lib/distance-band';
import type { SearchBackend } from '~/server/search/types';
import { sessionFor } from './callers';
import { atRiskWorkerRow } from './rows';

/** Kilometres per degree of latitude on the sphere haversineKm uses (radius 6371 km). */
const KM_PER_DEGREE = (6371 * Math.PI) / 180;

/** Employer A's address (Eindhoven); every worker lives due north or south of it, at a known distance. */
export const employerAddress = { lat: 51.4416, lon: 5.4697 };
const northOf = (km: number) => ({ lat: employerAddress.lat + km / KM_PER_DEGREE, lon: employerAddress.lon });
/** Employer A's vacancy, 20 km due south of its address. */
export const vacancyLocation = northOf(-20);

/**
 * Workers who may be seen by employer A, by how far they live north of A's address (south is
 * negative), and the bands that follow: from the address (candidate search) and from the
 * vacancy 20 km south (candidate matching).
 */
export const visibleWorkers = {
  north2: { km: 2, fromAddress: 'under5', fromVacancy: 'from10to25' },
  north7: { km: 7, fromAddress: 'from5to10', fromVacancy: 'from25to50' },
  south13: { km: -13, fromAddress: 'from10to25', fromVacancy: 'from5to10' },
  south18: { km: -18, fromAddress: 'from10to25', fromVacancy: 'under5' },
  north35: { km: 35, fromAddress: 'from25to50', fromVacancy: 'over50' },
  /** Lives in the other (neighbouring) region and consents to be seen beyond it. */
  otherRegion60: { km: 60, fromAddress: 'over50', fromVacancy: 'over50' },
} satisfies Record<string, { km: number; fromAddress: DistanceBand; fromVacancy: DistanceBand }>;
export type VisibleWorkerKey = keyof typeof visibleWorkers;

/** Workers employer A must never see: no consent, placed already, another region without consent for it. */
const hiddenWorkers = { noConsent: 4, placed: 6, otherRegionOnly: 40 } as const;

export interface FixtureWorker {
  key: string;
  profileId: string;
  userId: string;
  name: string;
  email: string;
  postcode: string;
  city: string;
  birthYear: number;
  lat: number;
  lon: number;
  regionId: string;
}

const cities = ['Geldrop', 'Nuenen', 'Waalre', 'Mierlo', 'Heeze', 'Oirschot', 'Leende', 'Lierop', 'Someren'];

/**
 * A hand-made region for the candidate privacy tests: two employers in one region, a releasing
 * employer, a vacancy of employer A and workers at known distances, each with a distinct
 * name, e-mail, postcode, town and birth year that the tests look for in every answer.
 */
export async function createCandidateFixture(db: Database) {
  const [region, otherRegion] = await db
    .insert(regions)
    .values([
      { name: 'Kempenregio', slug: 'kempenregio', centreLat: 51.44, centreLon: 5.47 },
      { name: 'Noorderregio', slug: 'noorderregio', centreLat: 52.0, centreLon: 5.47 },
    ])
    .returning();
  // Bordering regions: a worker of one who is open to other regions may be seen in the other.
  await db.insert(regionNeighbours).values({ regionId: region!.id, neighbourId: otherRegion!.id });
  const organisation = (name: string, kvkNumber: string, city: string, at: { lat: number; lon: number }) => ({
    regionId: region!.id,
    name,
    kvkNumber,
    sector: 'high_tech_manufacturing',
    employeeCount: 120,
    sizeBand: '50-249' as const,
    street: 'Hoofdstraat 1',
    postalCode: '5600 AA',
    city,
    ...at,
    approvalStatus: 'approved' as const,
  });
  const [employerA, employerB, releasing] = await db
    .insert(organisations)
    .values([
      organisation('Anker Machinebouw', '91000001', 'Eindhoven', employerAddress),
      organisation('Beek Installaties', '91000002', 'Helmond', { lat: 51.4793, lon: 5.657 }),
      organisation('Vlamkap Metaalwerken', '91000003', 'Veldhoven', { lat: 51.4183, lon: 5.404 }),
    ])
    .returning();
  const employerUsers = await db
    .insert(users)
    .values([
      { name: 'Hanna Anker', email: 'hr.a@candidates.test' },
      { name: 'Bram Beek', email: 'hr.b@candidates.test' },
    ])
    .returning();
  await db.insert(memberships).values([
    { userId: employerUsers[0]!.id, role: 'employer', organisationId: employerA!.id, regionId: region!.id },
    { userId: employerUsers[1]!.id, role: 'employer', organisationId: employerB!.id, regionId: region!.id },
  ]);
  const [welding] = await db
    .insert(skills)
    .values({ uri: 'urn:test:skill:welding', preferredLabelNl: 'MIG/MAG-lassen', preferredLabelEn: 'MIG/MAG welding' })
    .returning();
  const [vacancy] = await db
    .insert(vacancies)
    .values({
      organisationId: employerA!.id,
      regionId: region!.id,
      title: 'Lasser',
      hoursMin: 36,
      hoursMax: 40,
      contractType: 'permanent',
      city: 'Valkenswaard',
      ...vacancyLocation,
      status: 'open',
      publishedAt: new Date('2026-11-01T08:00:00Z'),
    })
    .returning();
  await db.insert(vacancySkills).values({ vacancyId: vacancy!.id, skillId: welding!.id, minLevel: 2 });

  const plans: {
    key: string;
    km: number;
    otherRegion: boolean;
    visible: boolean;
    openToOtherRegions?: boolean;
    status?: 'placed';
  }[] = [
    ...Object.entries(visibleWorkers).map(([key, w]) => ({
      key,
      km: w.km,
      otherRegion: key === 'otherRegion60',
      visible: true,
      openToOtherRegions: key === 'otherRegion60',
    })),
    { key: 'noConsent', km: hiddenWorkers.noConsent, otherRegion: false, visible: false },
    { key: 'placed', km: hiddenWorkers.placed, otherRegion: false, visible: true, status: 'placed' },
    { key: 'otherRegionOnly', km: hiddenWorkers.otherRegionOnly, otherRegion: true, visible: true },
  ];
  const workers: FixtureWorker[] = [];
  for (const [i, plan] of plans.entries()) {
    const home = northOf(plan.km);
    const regionId = plan.otherRegion ? otherRegion!.id : region!.id;
    const person = {
      name: `Testpersoon ${plan.key} Zwartveld`,
      email: `${plan.key.toLowerCase()}@candidates.test`,
      postcode: `${5631 + i * 7}`,
      city: cities[i]!,
      birthYear: 1961 + i * 3,
    };
    const [user] = await db.insert(users).values({ name: person.name, email: person.email }).returning();
    await db.insert(memberships).values({ userId: user!.id, role: 'worker', regionId });
    const [profile] = await db
      .insert(workerProfiles)
      .values({
        ...atRiskWorkerRow(user!.id, regionId),
        currentOrganisationId: releasing!.id,
        headline: 'Lasser met 12 jaar ervaring',
        status: plan.status ?? 'at_risk',
        homePostcode: `${person.postcode} XK`,
        homeCity: person.city,
        homeLat: home.lat,
        homeLon: home.lon,
        maxCommuteKm: 100,
        hoursMin: 32,
        hoursMax: 40,
        availableFrom: '2027-02-01',
        birthYear: person.birthYear,
        visibleToEmployers: plan.visible,
        openToOtherRegions: plan.openToOtherRegions ?? false,
      })
      .returning();
    await db.insert(workerSkills).values({ workerId: profile!.id, skillId: welding!.id, level: 3 });
    workers.push({ key: plan.key, profileId: profile!.id, userId: user!.id, regionId, ...person, ...home });
  }
  await db.insert(outbox).values([
    { aggregate: 'vacancy' as const, aggregateId: vacancy!.id, operation: 'upsert' as const },
    ...workers.map((w) => ({
      aggregate: 'worker_profile' as const,
      aggregateId: w.profileId,
      operation: 'upsert' as const,
    })),
  ]);
  const byKey = new Map(workers.map((w) => [w.key, w]));
  return {
    region: region!,
    otherRegion: otherRegion!,
    employerA: { organisation: employerA!, email: employerUsers[0]!.email, userId: employerUsers[0]!.id },
    employerB: { organisation: employerB!, email: employerUsers[1]!.email, userId: employerUsers[1]!.id },
    releasing: releasing!,
    vacancy: vacancy!,
    workers,
    worker: (key: string) => byKey.get(key)!,
  };
}

export type CandidateFixture = Awaited<ReturnType<typeof createCandidateFixture>>;

/** A tRPC caller acting as the given user, through the real procedures, with the given search backend. */
export async function callerWithSearch(db: Database, email: string, search: SearchBackend) {
  return createCaller(createTRPCContext({ db, session: await sessionFor(db, email), search }));
}

/** The employer actor of one of the fixture's employers, as the employer procedure builds it. */
export function employerActor(fixture: CandidateFixture, which: 'employerA' | 'employerB') {
  const employer = fixture[which];
  return {
    role: 'employer' as const,
    userId: employer.userId,
    organisationId: employer.organisation.id,
    regionId: fixture.region.id,
  };
}
