/**
 * Deterministic generator of a large labour market for the matching and search benchmarks:
 * the demo region's taxonomy, employers and training offers, plus N vacancies and M workers
 * with realistic skill distributions (occupations drawn Zipf-like, skills from each
 * occupation's essential and optional skills, positions spread over the region).
 */
import { eq } from 'drizzle-orm';
import type { Database } from '~/db/client';
import * as t from '~/db/schema';
import { contractTypeValues } from '~/db/schema/enums';
import { insertInChunks } from '~/db/seed/batch';
import { seedDemoRegion } from '~/db/seed/demo';
import { SeededRandom } from '~/db/seed/random';
import { addDays } from '~/server/lib/dates';

export interface GeneratedRegion {
  regionId: string;
  vacancyIds: string[];
  workerIds: string[];
}

const TODAY = '2026-11-22';

export async function generateRegion(
  db: Database,
  options: {
    vacancies: number;
    workers: number;
    seed?: number;
    onProgress?: (what: string, done: number, total: number) => void;
  },
): Promise<GeneratedRegion> {
  const rnd = new SeededRandom(options.seed ?? 4242);
  await seedDemoRegion(db, { passwordHash: 'bench-no-login', today: TODAY });
  const [region] = await db.select().from(t.regions).where(eq(t.regions.slug, 'zuidoost-brabant'));
  const organisations = await db.select().from(t.organisations).where(eq(t.organisations.regionId, region!.id));
  const approved = organisations.filter((o) => o.approvalStatus === 'approved');
  const occupations = await db.select({ id: t.occupations.id }).from(t.occupations);
  const links = await db.select().from(t.occupationSkills);
  const skillsOf = new Map<string, { essential: string[]; optional: string[] }>();
  for (const l of links) {
    const entry = skillsOf.get(l.occupationId) ?? { essential: [], optional: [] };
    entry[l.relation].push(l.skillId);
    skillsOf.set(l.occupationId, entry);
  }
  // Zipf-like popularity: a few occupations are in high demand, many are rare.
  const ranked = rnd.sample(occupations, occupations.length).map((o, i) => ({ id: o.id, weight: 1 / (i + 1) ** 0.8 }));
  const pickOccupation = () => rnd.weighted(ranked, (o) => o.weight).id;
  const position = () => ({
    lat: Math.round((region!.centreLat + (rnd.next() - 0.5) * 0.5) * 1e5) / 1e5, // ~55 km north–south
    lon: Math.round((region!.centreLon + (rnd.next() - 0.5) * 0.8) * 1e5) / 1e5, // ~55 km east–west
  });

  const vacancyIds: string[] = [];
  const CHUNK = 2000;
  for (let start = 0; start < options.vacancies; start += CHUNK) {
    const size = Math.min(CHUNK, options.vacancies - start);
    const plans = Array.from({ length: size }, () => {
      const occupationId = pickOccupation();
      const org = rnd.pick(approved);
      const partTime = rnd.chance(0.25);
      const hoursMax = partTime ? rnd.pick([20, 24, 28, 32]) : 40;
      const skills = skillsOf.get(occupationId) ?? { essential: [], optional: [] };
      return {
        row: {
          organisationId: org.id,
          regionId: region!.id,
          title: `Vacature ${start}`,
          description: 'Gegenereerd voor de benchmark.',
          occupationId,
          hoursMin: partTime ? hoursMax - 8 : rnd.pick([32, 36, 40]),
          hoursMax,
          contractType: rnd.pick(contractTypeValues),
          city: org.city,
          ...position(),
          remote: rnd.chance(0.08)
            ? ('remote' as const)
            : rnd.chance(0.15)
              ? ('hybrid' as const)
              : ('on_site' as const),
          salaryMin: rnd.int(24, 45) * 100,
          salaryMax: rnd.int(46, 60) * 100,
          startDate: addDays(TODAY, rnd.int(0, 120)),
          status: 'open' as const,
          openToRetraining: rnd.chance(0.3),
          publishedAt: new Date(Date.parse(`${TODAY}T08:00:00Z`) - rnd.int(0, 60) * 86_400_000),
        },
        required: rnd.sample(skills.essential, rnd.int(3, 6)),
        optional: rnd.sample(skills.optional, rnd.int(0, 3)),
      };
    });
    const inserted = await db
      .insert(t.vacancies)
      .values(plans.map((p) => p.row))
      .returning({ id: t.vacancies.id });
    await insertInChunks(
      db,
      t.vacancySkills,
      plans.flatMap((p, i) => [
        ...p.required.map((skillId) => ({
          vacancyId: inserted[i]!.id,
          skillId,
          importance: 'required' as const,
          minLevel: rnd.int(1, 3),
        })),
        ...p.optional
          .filter((s) => !p.required.includes(s))
          .map((skillId) => ({ vacancyId: inserted[i]!.id, skillId, importance: 'optional' as const, minLevel: 1 })),
      ]),
      2000,
    );
    vacancyIds.push(...inserted.map((r) => r.id));
    options.onProgress?.('vacancies', vacancyIds.length, options.vacancies);
  }

  const workerIds: string[] = [];
  for (let start = 0; start < options.workers; start += CHUNK) {
    const size = Math.min(CHUNK, options.workers - start);
    const users = await db
      .insert(t.users)
      .values(
        Array.from({ length: size }, (_, i) => ({
          name: `Bench ${start + i}`,
          email: `bench.${start + i}@overstap.bench`,
        })),
      )
      .returning({ id: t.users.id });
    await insertInChunks(
      db,
      t.memberships,
      users.map((u) => ({ userId: u.id, role: 'worker' as const, regionId: region!.id })),
      2000,
    );
    const plans = users.map((u) => {
      const occupationId = pickOccupation();
      const skills = skillsOf.get(occupationId) ?? { essential: [], optional: [] };
      const home = position();
      const partTime = rnd.chance(0.3);
      const riskStartDate = addDays(TODAY, -rnd.int(0, 600));
      return {
        row: {
          userId: u.id,
          regionId: region!.id,
          currentOrganisationId: rnd.pick(approved).id,
          currentOccupationId: occupationId,
          headline: 'Gegenereerd profiel',
          riskStartDate,
          guidanceDeadline: addDays(riskStartDate, 730),
          homePostcode: '5611',
          homeCity: 'Eindhoven',
          homeLat: home.lat,
          homeLon: home.lon,
          maxCommuteKm: rnd.pick([10, 15, 20, 25, 30, 40]),
          hoursMin: partTime ? 16 : 32,
          hoursMax: partTime ? 28 : 40,
          contractPreferences: rnd.chance(0.6) ? (['permanent'] as const) : rnd.sample(contractTypeValues, 3),
          availableFrom: addDays(TODAY, rnd.int(0, 90)),
          salaryFloor: rnd.int(22, 40) * 100,
          educationLevel: rnd.pick(['vmbo', 'mbo', 'hbo', 'wo'] as const),
          birthYear: rnd.int(1962, 2003),
          visibleToEmployers: rnd.chance(0.85),
        },
        skills: [
          ...new Set([...rnd.sample(skills.essential, rnd.int(3, 7)), ...rnd.sample(skills.optional, rnd.int(0, 3))]),
        ],
      };
    });
    const inserted = await db
      .insert(t.workerProfiles)
      .values(plans.map((p) => ({ ...p.row, contractPreferences: [...p.row.contractPreferences] })))
      .returning({ id: t.workerProfiles.id });
    await insertInChunks(
      db,
      t.workerSkills,
      plans.flatMap((p, i) =>
        p.skills.map((skillId) => ({ workerId: inserted[i]!.id, skillId, level: rnd.int(1, 4) })),
      ),
      2000,
    );
    workerIds.push(...inserted.map((r) => r.id));
    options.onProgress?.('workers', workerIds.length, options.workers);
  }
  return { regionId: region!.id, vacancyIds, workerIds };
}
