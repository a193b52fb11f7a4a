import { describe, expect, it } from 'vitest';
import {
  employers,
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
  streets,
  surnames,
  trainingOffers,
  type SeedPlace,
} from '~/db/seed/data';
import { sectorValues } from '~/db/schema/enums';

/** Values that occur more than once (case-insensitive for strings when `fold` is set). */
function duplicates(values: readonly string[], fold = false): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const raw of values) {
    const v = fold ? raw.toLocaleLowerCase('nl') : raw;
    if (seen.has(v)) dups.add(raw);
    seen.add(v);
  }
  return [...dups];
}

const skillByKey = new Map(skills.map((s) => [s.key, s]));
const occupationKeys = new Set(occupations.map((o) => o.key));
const iscoCodes = new Set(iscoGroups.map((g) => g.code));
const mainEmployers = employers.filter((e) => e.region === 'main');
const otherEmployers = employers.filter((e) => e.region === 'other');
const placesOf = (r: 'main' | 'other'): readonly SeedPlace[] => (r === 'main' ? places : otherRegionPlaces);

// Rough bounding box of the European Netherlands.
const insideNetherlands = (lat: number, lon: number) => lat > 50.75 && lat < 53.56 && lon > 3.35 && lon < 7.23;

describe('seed data: skills', () => {
  it('meets the minimum sizes', () => {
    expect(skills.length).toBeGreaterThanOrEqual(330);
    expect(skillGroups.length).toBeGreaterThanOrEqual(15);
    expect(skillGroups.length).toBeLessThanOrEqual(25);
    expect(skills.filter((s) => (s.altNl?.length ?? 0) + (s.altEn?.length ?? 0) > 0).length).toBeGreaterThanOrEqual(
      120,
    );
    expect(skills.filter((s) => s.broader).length).toBeGreaterThanOrEqual(60);
  });

  it('has unique, URI-safe keys and unique preferred labels', () => {
    expect(duplicates(skills.map((s) => s.key))).toEqual([]);
    for (const s of skills) expect(s.key, s.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(
      duplicates(
        skills.map((s) => s.nl),
        true,
      ),
    ).toEqual([]);
    expect(
      duplicates(
        skills.map((s) => s.en),
        true,
      ),
    ).toEqual([]);
    expect(duplicates(skillGroups.map((g) => g.key))).toEqual([]);
    expect(
      duplicates(
        skillGroups.map((g) => g.nl),
        true,
      ),
    ).toEqual([]);
    expect(
      duplicates(
        skillGroups.map((g) => g.en),
        true,
      ),
    ).toEqual([]);
  });

  it('refers only to existing groups and broader skills, and every group is used', () => {
    const groupKeys = new Set(skillGroups.map((g) => g.key));
    for (const s of skills) {
      expect(groupKeys.has(s.group), `${s.key} → group ${s.group}`).toBe(true);
      if (s.broader) {
        expect(skillByKey.has(s.broader), `${s.key} → broader ${s.broader}`).toBe(true);
        expect(s.broader).not.toBe(s.key);
      }
    }
    for (const g of skillGroups)
      expect(
        skills.some((s) => s.group === g.key),
        g.key,
      ).toBe(true);
  });

  it('has no cycles in the broader hierarchy', () => {
    for (const start of skills) {
      const seen = new Set<string>();
      let current = start;
      while (current.broader) {
        expect(seen.has(current.key), `cycle through ${start.key}`).toBe(false);
        seen.add(current.key);
        current = skillByKey.get(current.broader)!;
      }
    }
  });

  it("has alternative labels that do not repeat the skill's own or another skill's preferred label", () => {
    const preferredNl = new Map(skills.map((s) => [s.nl.toLocaleLowerCase('nl'), s.key]));
    const preferredEn = new Map(skills.map((s) => [s.en.toLowerCase(), s.key]));
    for (const s of skills) {
      for (const alt of s.altNl ?? []) {
        expect(alt.trim(), s.key).not.toBe('');
        expect(preferredNl.get(alt.toLocaleLowerCase('nl')) ?? s.key, `${s.key}: '${alt}'`).toBe(s.key);
        expect(alt.toLocaleLowerCase('nl'), s.key).not.toBe(s.nl.toLocaleLowerCase('nl'));
      }
      for (const alt of s.altEn ?? []) {
        expect(alt.trim(), s.key).not.toBe('');
        expect(preferredEn.get(alt.toLowerCase()) ?? s.key, `${s.key}: '${alt}'`).toBe(s.key);
        expect(alt.toLowerCase(), s.key).not.toBe(s.en.toLowerCase());
      }
      expect(duplicates(s.altNl ?? [], true), s.key).toEqual([]);
      expect(duplicates(s.altEn ?? [], true), s.key).toEqual([]);
    }
  });

  it('keeps languages and transversal skills in their own groups', () => {
    for (const s of skills) {
      expect(s.type === 'language', s.key).toBe(s.group === 'talen');
      expect(s.type === 'transversal', s.key).toBe(s.group === 'transversaal');
    }
    for (const key of ['nederlands', 'engels', 'duits', 'frans', 'spaans', 'pools', 'turks', 'arabisch']) {
      expect(skillByKey.get(key)?.type, key).toBe('language');
    }
  });

  it('covers the core skills of the region', () => {
    for (const key of [
      'lassen',
      'mig-mag-lassen',
      'tig-lassen',
      'cnc-draaien',
      'cnc-frezen',
      'technische-tekeningen-lezen',
      'plc-programmeren',
      'elektrotechnische-installaties-aanleggen',
      'storingsanalyse',
      'preventief-onderhoud',
      'hydrauliek',
      'pneumatiek',
      'cleanroom-werken',
      'mechatronica',
      'python',
      'java',
      'cpp',
      'sql',
      'embedded-software',
      'devops',
      'testautomatisering',
      'heftruck-rijden',
      'orderpicken',
      'voorraadbeheer',
      'wms',
      'planning',
      'inkopen',
      'boekhouden',
      'excel',
      'klantenservice',
      'persoonlijke-verzorging',
      'medicatie-toedienen',
      'wondzorg',
      'lesgeven',
      'projectmanagement',
      'lean',
      'six-sigma',
      'vca',
      'iso-9001',
      'samenwerken',
      'communiceren',
      'probleemoplossend-denken',
      'klantgerichtheid',
      'leidinggeven',
      'digitale-vaardigheden',
    ]) {
      expect(skillByKey.has(key), key).toBe(true);
    }
    expect(skillByKey.get('elektrotechnische-installaties-aanleggen')?.nl).toBe(
      'elektrotechnische installaties aanleggen',
    );
    expect(skillByKey.get('lassen')?.nl).toBe('lassen');
  });
});

describe('seed data: occupations and ISCO-08', () => {
  it('meets the minimum size and has unique keys, codes and labels', () => {
    expect(occupations.length).toBeGreaterThanOrEqual(45);
    expect(duplicates(occupations.map((o) => o.key))).toEqual([]);
    expect(duplicates(occupations.map((o) => o.code))).toEqual([]);
    expect(
      duplicates(
        occupations.map((o) => o.nl),
        true,
      ),
    ).toEqual([]);
    expect(
      duplicates(
        occupations.map((o) => o.en),
        true,
      ),
    ).toEqual([]);
  });

  it('uses ESCO-style codes under an existing ISCO unit group', () => {
    for (const o of occupations) {
      expect(o.isco, o.key).toMatch(/^\d{4}$/);
      expect(iscoCodes.has(o.isco), `${o.key} → ISCO ${o.isco}`).toBe(true);
      expect(o.code.startsWith(`${o.isco}.`), o.key).toBe(true);
      // ESCO codes go deeper than one level below the unit group (7411.1.4).
      expect(o.code, o.key).toMatch(/^\d{4}(\.\d+)+$/);
    }
  });

  it('lists every ISCO group once, together with all its ancestors', () => {
    expect(duplicates(iscoGroups.map((g) => g.code))).toEqual([]);
    for (const g of iscoGroups) {
      expect(g.code).toMatch(/^\d{1,4}$/);
      expect(g.nl.trim(), g.code).not.toBe('');
      expect(g.en.trim(), g.code).not.toBe('');
      for (let length = 1; length < g.code.length; length++) {
        expect(iscoCodes.has(g.code.slice(0, length)), `ancestor ${g.code.slice(0, length)} of ${g.code}`).toBe(true);
      }
    }
  });

  it('links each occupation to 5–10 essential and 3–8 optional existing skills, without overlap', () => {
    for (const o of occupations) {
      expect(o.essential.length, o.key).toBeGreaterThanOrEqual(5);
      expect(o.essential.length, o.key).toBeLessThanOrEqual(10);
      expect(o.optional.length, o.key).toBeGreaterThanOrEqual(3);
      expect(o.optional.length, o.key).toBeLessThanOrEqual(8);
      expect(duplicates([...o.essential, ...o.optional]), o.key).toEqual([]);
      for (const k of [...o.essential, ...o.optional]) expect(skillByKey.has(k), `${o.key} → ${k}`).toBe(true);
    }
  });

  it('includes the occupations the demo relies on', () => {
    for (const key of [
      'lasser',
      'cnc-verspaner',
      'elektromonteur',
      'verzorgende-ig',
      'magazijnmedewerker',
      'softwareontwikkelaar',
      'hr-adviseur',
    ]) {
      expect(occupationKeys.has(key), key).toBe(true);
    }
  });
});

describe('seed data: places and regions', () => {
  it('has about twenty towns in the main region and a few in the other, all inside the Netherlands', () => {
    expect(places.length).toBeGreaterThanOrEqual(20);
    expect(otherRegionPlaces.length).toBeGreaterThanOrEqual(4);
    const all = [...places, ...otherRegionPlaces];
    expect(duplicates(all.map((p) => p.city))).toEqual([]);
    for (const p of all) {
      expect(insideNetherlands(p.lat, p.lon), p.city).toBe(true);
      expect(p.postcode4, p.city).toMatch(/^[1-9]\d{3}$/);
      expect(p.weight, p.city).toBeGreaterThan(0);
    }
    expect(insideNetherlands(region.centreLat, region.centreLon)).toBe(true);
    expect(insideNetherlands(otherRegion.centreLat, otherRegion.centreLon)).toBe(true);
    expect(region.slug).not.toBe(otherRegion.slug);
  });
});

describe('seed data: employers', () => {
  it('has at least 30 employers in the main region and 3 in the other', () => {
    expect(mainEmployers.length).toBeGreaterThanOrEqual(30);
    expect(otherEmployers.length).toBeGreaterThanOrEqual(3);
  });

  it('has unique keys, names and 8-digit KvK numbers', () => {
    expect(duplicates(employers.map((e) => e.key))).toEqual([]);
    expect(
      duplicates(
        employers.map((e) => e.name),
        true,
      ),
    ).toEqual([]);
    expect(duplicates(employers.map((e) => e.kvk))).toEqual([]);
    for (const e of employers) expect(e.kvk, e.key).toMatch(/^\d{8}$/);
  });

  it("is located in a town of its own region, with a postal code of that town's area", () => {
    for (const e of employers) {
      const place = placesOf(e.region).find((p) => p.city === e.city);
      expect(place, `${e.key} in ${e.city}`).toBeDefined();
      expect(e.postalCode, e.key).toMatch(/^[1-9]\d{3} [A-Z]{2}$/);
      expect(e.postalCode.slice(0, 2), e.key).toBe(place!.postcode4.slice(0, 2));
      expect(e.street.trim(), e.key).not.toBe('');
      expect(e.size, e.key).toBeGreaterThan(0);
    }
  });

  it('hires for 4–10 existing occupations', () => {
    for (const e of employers) {
      expect(e.hires.length, e.key).toBeGreaterThanOrEqual(4);
      expect(e.hires.length, e.key).toBeLessThanOrEqual(10);
      expect(duplicates(e.hires), e.key).toEqual([]);
      for (const h of e.hires) expect(occupationKeys.has(h), `${e.key} → ${h}`).toBe(true);
    }
  });

  it('spreads the main region over every sector and every town', () => {
    const sectors = new Set(mainEmployers.map((e) => e.sector));
    for (const sector of sectorValues) expect(sectors.has(sector), sector).toBe(true);
    const towns = new Set(mainEmployers.map((e) => e.city));
    for (const p of places) expect(towns.has(p.city), p.city).toBe(true);
  });

  it('has vacancies for every occupation from employers that are already approved', () => {
    // The demo seed leaves the last two employers of the main region pending approval.
    const approved = [...mainEmployers.slice(0, -2), ...otherEmployers];
    for (const o of occupations)
      expect(
        approved.some((e) => e.hires.includes(o.key)),
        o.key,
      ).toBe(true);
  });
});

describe('seed data: training offers', () => {
  it('has at least 45 offers that together teach at least 150 distinct skills', () => {
    expect(trainingOffers.length).toBeGreaterThanOrEqual(45);
    expect(new Set(trainingOffers.flatMap((t) => t.skills)).size).toBeGreaterThanOrEqual(150);
  });

  it('has unique keys and titles', () => {
    expect(duplicates(trainingOffers.map((t) => t.key))).toEqual([]);
    expect(
      duplicates(
        trainingOffers.map((t) => t.titleNl),
        true,
      ),
    ).toEqual([]);
    expect(
      duplicates(
        trainingOffers.map((t) => t.titleEn),
        true,
      ),
    ).toEqual([]);
  });

  it('teaches 1–5 existing skills in a town of its own region', () => {
    for (const t of trainingOffers) {
      expect(t.skills.length, t.key).toBeGreaterThanOrEqual(1);
      expect(t.skills.length, t.key).toBeLessThanOrEqual(5);
      expect(duplicates(t.skills), t.key).toEqual([]);
      for (const k of t.skills) expect(skillByKey.has(k), `${t.key} → ${k}`).toBe(true);
      expect(
        placesOf(t.region).some((p) => p.city === t.city),
        `${t.key} in ${t.city}`,
      ).toBe(true);
      expect(t.weeks, t.key).toBeGreaterThan(0);
      expect(t.costEuros, t.key).toBeGreaterThanOrEqual(0);
      for (const text of [t.provider, t.titleNl, t.titleEn, t.descriptionNl, t.descriptionEn])
        expect(text.trim(), t.key).not.toBe('');
    }
  });
});

describe('seed data: people', () => {
  it('has enough distinct names and streets', () => {
    expect(firstNamesFemale.length).toBeGreaterThanOrEqual(80);
    expect(firstNamesMale.length).toBeGreaterThanOrEqual(80);
    expect(surnames.length).toBeGreaterThanOrEqual(150);
    expect(streets.length).toBeGreaterThanOrEqual(40);
    for (const list of [firstNamesFemale, firstNamesMale, surnames, streets]) {
      expect(duplicates(list)).toEqual([]);
      for (const item of list) expect(item).toBe(item.trim());
    }
    expect(duplicates([...firstNamesFemale, ...firstNamesMale])).toEqual([]);
  });
});

describe('seed data: ESCO counterparts', () => {
  const esco = /^http:\/\/data\.europa\.eu\/esco\/(skill|occupation)\/[0-9a-f-]{36}$/;

  it('names existing demo concepts, each with its own ESCO URI', () => {
    for (const key of Object.keys(escoSkills)) expect(skillByKey.has(key), key).toBe(true);
    for (const key of Object.keys(escoOccupations)) expect(occupationKeys.has(key), key).toBe(true);
    const uris = [...Object.values(escoSkills), ...Object.values(escoOccupations)].map((c) => c.uri);
    expect(duplicates(uris)).toEqual([]);
    for (const uri of uris) expect(uri).toMatch(esco);
  });

  it("gives a mapped occupation ESCO's code and ISCO group", () => {
    for (const o of occupations.filter((o) => escoOccupations[o.key])) {
      const { code, isco } = escoOccupations[o.key]!;
      expect({ code: o.code, isco: o.isco }, o.key).toEqual({ code, isco });
    }
  });

  it("adds no ESCO label that is another demo skill's label (autocomplete would offer two concepts for it)", () => {
    for (const [key, counterpart] of Object.entries(escoSkills)) {
      const clash = skills.find(
        (s) =>
          s.key !== key && [s.en, ...(s.altEn ?? [])].some((l) => l.toLowerCase() === counterpart.en.toLowerCase()),
      );
      expect(clash?.key, `${key}: ${counterpart.en}`).toBeUndefined();
    }
  });
});
