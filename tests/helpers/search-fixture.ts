import type { Database } from '~/db/client';
import { createSearchBackend, type SearchConfig } from '~/server/search';
import { createTestDatabase } from './database';
import { organisations, regions, skills, vacancies, vacancySkills, outbox } from '~/db/schema';

/**
 * A small, hand-made region for search tests: every vacancy is there to prove one rule
 * (typos, stems, synonyms, filters, distance).
 */
export async function createSearchFixture(db: Database) {
  const [region, otherRegion] = await db
    .insert(regions)
    .values([
      { name: 'Testregio', slug: 'testregio', centreLat: 51.44, centreLon: 5.47 },
      { name: 'Andere regio', slug: 'andere-regio', centreLat: 51.56, centreLon: 5.09 },
    ])
    .returning();
  const [org, otherOrg] = await db
    .insert(organisations)
    .values([
      {
        regionId: region!.id,
        name: 'Kempen Techniek',
        kvkNumber: '90000001',
        sector: 'high_tech_manufacturing',
        employeeCount: 200,
        sizeBand: '50-249' as const,
        street: 'Hoofdstraat 1',
        postalCode: '5611 AA',
        city: 'Eindhoven',
        lat: 51.44,
        lon: 5.47,
        approvalStatus: 'approved',
      },
      {
        regionId: otherRegion!.id,
        name: 'Tilburg Logistiek',
        kvkNumber: '90000002',
        sector: 'logistics',
        employeeCount: 300,
        sizeBand: '250+' as const,
        street: 'Ringbaan 2',
        postalCode: '5011 AA',
        city: 'Tilburg',
        lat: 51.56,
        lon: 5.09,
        approvalStatus: 'approved',
      },
    ])
    .returning();
  const [welding, wiring, forklift] = await db
    .insert(skills)
    .values([
      {
        uri: 'urn:test:skill:welding',
        preferredLabelNl: 'MIG/MAG-lassen',
        preferredLabelEn: 'MIG/MAG welding',
        altLabelsNl: ['halfautomatisch lassen'],
      },
      {
        uri: 'urn:test:skill:wiring',
        preferredLabelNl: 'elektrische installaties aanleggen',
        preferredLabelEn: 'install electrical systems',
        altLabelsNl: ['bekabeling trekken'],
      },
      {
        uri: 'urn:test:skill:forklift',
        preferredLabelNl: 'heftruck besturen',
        preferredLabelEn: 'operate forklift',
        altLabelsNl: ['reachtruck rijden'],
      },
    ])
    .returning();
  const base = {
    description: '',
    remote: 'on_site' as const,
    status: 'open' as const,
    publishedAt: new Date('2026-11-01T08:00:00Z'),
  };
  const [electrician, welder, warehouse, closedForklift, welderNoSkills] = await db
    .insert(vacancies)
    .values([
      {
        ...base,
        organisationId: org!.id,
        regionId: region!.id,
        title: 'Elektricien woningbouw',
        hoursMin: 32,
        hoursMax: 40,
        contractType: 'permanent',
        city: 'Eindhoven',
        lat: 51.4416,
        lon: 5.4697,
        startDate: '2027-01-01',
      },
      {
        ...base,
        organisationId: org!.id,
        regionId: region!.id,
        title: 'Constructiebankwerker',
        hoursMin: 24,
        hoursMax: 32,
        contractType: 'fixed_term',
        city: 'Helmond',
        lat: 51.4793,
        lon: 5.657,
        publishedAt: new Date('2026-11-10T08:00:00Z'),
      },
      {
        ...base,
        organisationId: otherOrg!.id,
        regionId: otherRegion!.id,
        title: 'Magazijnmedewerker',
        hoursMin: 36,
        hoursMax: 40,
        contractType: 'temporary',
        city: 'Tilburg',
        lat: 51.5555,
        lon: 5.0913,
      },
      {
        ...base,
        organisationId: org!.id,
        regionId: region!.id,
        title: 'Heftruckchauffeur',
        hoursMin: 36,
        hoursMax: 40,
        contractType: 'permanent',
        city: 'Veldhoven',
        lat: 51.4183,
        lon: 5.404,
        status: 'closed',
      },
      {
        ...base,
        organisationId: org!.id,
        regionId: region!.id,
        title: 'Lasser',
        description: 'Voor onze werkplaats in Best.',
        hoursMin: 40,
        hoursMax: 40,
        contractType: 'permanent',
        city: 'Best',
        lat: 51.5075,
        lon: 5.3903,
      },
    ])
    .returning();
  await db.insert(vacancySkills).values([
    { vacancyId: electrician!.id, skillId: wiring!.id },
    { vacancyId: welder!.id, skillId: welding!.id },
    { vacancyId: warehouse!.id, skillId: forklift!.id },
    { vacancyId: closedForklift!.id, skillId: forklift!.id },
  ]);
  await db.insert(outbox).values(
    [electrician, welder, warehouse, closedForklift, welderNoSkills].map((v) => ({
      aggregate: 'vacancy' as const,
      aggregateId: v!.id,
      operation: 'upsert' as const,
    })),
  );
  return {
    region: region!,
    otherRegion: otherRegion!,
    organisation: org!,
    skills: { welding: welding!, wiring: wiring!, forklift: forklift! },
    vacancies: {
      electrician: electrician!,
      welder: welder!,
      warehouse: warehouse!,
      closedForklift: closedForklift!,
      welderNoSkills: welderNoSkills!,
    },
  };
}

/** The start of a search test: a fresh database holding the fixture, and a prepared backend on it. */
export async function searchFixtureOn(config: SearchConfig) {
  const database = await createTestDatabase();
  const fixture = await createSearchFixture(database.db);
  const backend = createSearchBackend(database.db, config);
  await backend.prepare();
  return { database, fixture, backend };
}
