/**
 * Skill and occupation autocomplete as a user meets it, on the ESCO fixtures (Dutch + English):
 * typos, prefixes, both languages, alternative labels, accent-free Dutch, ranking, the skills
 * an occupation proposes, and bad input.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { count, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { Database } from '~/db/client';
import { regions, skills, users, workerProfiles, workerSkills } from '~/db/schema';
import { searchSkills, type SkillSearchInput } from '~/server/taxonomy/autocomplete';
import { importEscoTaxonomy } from '~/server/taxonomy/import';
import { localLabel, type SearchLocale } from '~/server/taxonomy/label-search';
import { getOccupationSkills, searchOccupations } from '~/server/taxonomy/occupations';
import { refreshTaxonomyPopularity } from '~/server/taxonomy/popularity';
import { trpcHttp } from '~/tests/helpers/callers';
import { createTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { atRiskWorkerRow } from '~/tests/helpers/rows';

const v1 = path.join(process.cwd(), 'tests', 'fixtures', 'esco', 'v1');
const esco = (kind: 'skill' | 'occupation', id: string) => `http://data.europa.eu/esco/${kind}/${id}`;
const punchCardUri = esco('skill', 'ecefadea-acbd-4dca-9bcb-cceebbedfb21');
const welderUri = esco('occupation', 'b1a2c3d4-0001-4a5b-8c9d-000000000001');
const forkliftDriverUri = esco('occupation', 'b1a2c3d4-0006-4a5b-8c9d-000000000006');

type CsvRow = Record<string, string>;
const fixture = (file: string) =>
  parse(readFileSync(path.join(v1, file), 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as CsvRow[];
const dutchSkills = fixture(path.join('nl', 'skills_nl.csv'));

let database: TestDatabase;
let db: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  const summary = await importEscoTaxonomy(db, { dir: v1 });
  expect(summary.languages).toEqual(['nl', 'en']);
});
afterAll(() => database?.destroy());

/** What the user sees in the list: labels in their language, best first. */
async function labels(query: string, locale: SearchLocale = 'nl', limit?: number) {
  return (await searchSkills(db, { query, locale, limit })).map((s) => s.label);
}
async function first(query: string, locale: SearchLocale = 'nl') {
  return (await searchSkills(db, { query, locale }))[0];
}

describe('typing a Dutch skill with one typo', () => {
  /**
   * One typo in the middle of a word of five letters or more: a letter left out, two neighbours
   * swapped, or one letter different. (Typos in the first letter and missing spaces: below.)
   */
  function typos(word: string): { kind: string; word: string }[] {
    const i = Math.floor(word.length / 2);
    const j = word[i] === word[i + 1] ? i - 1 : i; // swap two letters that differ
    const other = word[i] === 'x' ? 'q' : 'x';
    return [
      { kind: 'deletion', word: word.slice(0, i) + word.slice(i + 1) },
      { kind: 'transposition', word: word.slice(0, j) + word[j + 1] + word[j] + word.slice(j + 2) },
      { kind: 'substitution', word: word.slice(0, i) + other + word.slice(i + 1) },
    ];
  }

  it('finds that skill first, for every Dutch label of the fixtures and every word of 5+ letters in it', async () => {
    const misses: string[] = [];
    let tried = 0;
    for (const skill of dutchSkills) {
      const words = skill.preferredLabel!.split(' ');
      for (const [n, word] of words.entries()) {
        if (!/^\p{L}{5,}$/u.test(word)) continue;
        for (const typo of typos(word)) {
          const query = words.map((w, k) => (k === n ? typo.word : w)).join(' ');
          tried += 1;
          const top = await first(query);
          if (top?.uri !== skill.conceptUri) misses.push(`${typo.kind} "${query}" → ${top?.label ?? 'nothing'}`);
        }
      }
    }
    expect(tried).toBeGreaterThan(80);
    expect(misses).toEqual([]);
  });

  it.each([
    // Swaps and changes in short words break most of their trigrams; these found nothing before.
    ['samenwerken in teasm', 'samenwerken in teams'],
    ['samenwerken in teaqs', 'samenwerken in teams'],
    ['metaeln onderdelen lassen', 'metalen onderdelen lassen'],
    ['Pyhton (programmeren)', 'Python (programmeren)'],
    ['pyhton', 'Python (programmeren)'],
    // Typed only partly, or a single word.
    ['heftruk besturen', 'heftruck besturen'],
    ['kwaliteitskontrole', 'kwaliteitscontrole uitvoeren'],
    ['medikatie', 'medicatie toedienen'],
    ['metaalbewerkng', 'metaalbewerking'],
    ['Nedrelands', 'Nederlands'],
    ['hygienenormen toepasen', 'hygiënenormen toepassen'],
    ['ponskaartmachien bedienen', 'ponskaartmachine bedienen'],
  ])('"%s" → %s', async (query, label) => {
    expect((await first(query))?.label).toBe(label);
  });
});

describe('typos at the start of a word, missing spaces and words the taxonomy does not know', () => {
  it.each([
    // The first letter left out, changed, doubled or swapped: no trigram of the start is left.
    ['elding', 'en', 'weld metal parts'],
    ['qelding', 'en', 'weld metal parts'],
    ['ewlding', 'en', 'weld metal parts'],
    ['perate forklift', 'en', 'operate forklift'],
    ['eftruck besturen', 'nl', 'heftruck besturen'],
    // Two words run together.
    ['operateforklift', 'en', 'operate forklift'],
    ['heftruckbesturen', 'nl', 'heftruck besturen'],
    // One word unknown or misspelt beyond repair: the label matching the rest of the query still comes first.
    ['operate xqzvw forklift', 'en', 'operate forklift'],
    ['metalen onderdelen xqzvw lassen', 'nl', 'metalen onderdelen lassen'],
    ['weld metal qqqqq parts', 'en', 'weld metal parts'],
  ] as const)('"%s" (%s) → %s', async (query, locale, label) => {
    expect((await first(query, locale))?.label).toBe(label);
  });
});

describe('prefixes, languages, alternative labels and accents', () => {
  it.each([
    ['hef', 'nl', 'heftruck besturen'],
    ['medi', 'nl', 'medicatie toedienen'],
    ['kwal', 'nl', 'kwaliteitscontrole uitvoeren'],
    ['pons', 'nl', 'ponskaartmachine bedienen'],
    ['empa', 'nl', 'empathie tonen'],
    ['adm', 'en', 'administer medication'],
    ['weld', 'en', 'weld metal parts'],
    ['forkl', 'en', 'operate forklift'],
    ['hygi', 'en', 'apply hygiene standards'],
  ] as const)('the first letters "%s" (%s) find %s', async (query, locale, label) => {
    expect((await labels(query, locale))[0]).toBe(label);
  });

  it('answers in the user’s language, whichever language the query matched', async () => {
    expect(await first('heftruck', 'nl')).toMatchObject({ label: 'heftruck besturen', matchedLabel: null });
    expect(await first('heftruck', 'en')).toMatchObject({
      label: 'operate forklift',
      matchedLabel: 'heftruck besturen',
    });
    expect(await first('forklift', 'en')).toMatchObject({ label: 'operate forklift', matchedLabel: null });
    expect(await first('forklift', 'nl')).toMatchObject({ label: 'heftruck besturen', labelEn: 'operate forklift' });
    expect((await first('python', 'nl'))?.label).toBe('Python (programmeren)');
    expect((await first('python', 'en'))?.label).toBe('Python (computer programming)');
  });

  it.each([
    ['booglassen', 'nl', 'metalen onderdelen lassen'],
    ['inlevingsvermogen', 'nl', 'empathie tonen'],
    ['magazijnbeheer', 'nl', 'magazijnactiviteiten beheren'],
    ['teamwork', 'en', 'work in teams'],
    ['give medicines', 'en', 'administer medication'],
    ['read blue', 'en', 'read engineering drawings'],
  ] as const)(
    'the alternative label "%s" (%s) finds %s, and says it matched that synonym',
    async (query, locale, label) => {
      const top = await first(query, locale);
      expect(top?.label).toBe(label);
      expect(top?.matchedLabel?.toLowerCase()).toMatch(new RegExp(`^${query}`));
    },
  );

  it('finds accented Dutch labels typed without accents (and with them)', async () => {
    expect(await first('hygienenormen toepassen')).toMatchObject({
      label: 'hygiënenormen toepassen',
      matchedLabel: null,
    });
    expect((await first('activiteiten coordineren'))?.label).toBe('activiteiten coördineren');
    expect((await first('coordineren'))?.label).toBe('activiteiten coördineren');
    expect((await first('coördineren'))?.label).toBe('activiteiten coördineren');
    expect(await first('patientenzorg')).toMatchObject({
      label: 'verpleegkundige zorg verlenen',
      matchedLabel: 'patiëntenzorg',
    });
  });
});

describe('ranking', () => {
  it('puts the label that IS the query before labels that merely start with it, even more common ones', async () => {
    const dutch = await searchSkills(db, { query: 'Nederlands', locale: 'nl' });
    expect(dutch.map((s) => s.label)).toEqual(['Nederlands', 'Nederlands spreken']);
    expect(dutch[1]!.popularity).toBeGreaterThan(dutch[0]!.popularity);

    const english = await searchSkills(db, { query: 'Dutch', locale: 'en' });
    expect(english.map((s) => s.label)).toEqual(['Dutch', 'speak Dutch']);
    expect(english[1]!.popularity).toBeGreaterThan(english[0]!.popularity);
  });

  it('puts the more common skill first among equally good matches (common = listed by occupations, vacancies, workers)', async () => {
    const shown = async (query: string, locale: SearchLocale) =>
      (await searchSkills(db, { query, locale })).map((s) => [s.label, s.popularity]);
    expect(await shown('operate', 'en')).toEqual([
      ['operate forklift', 2],
      ['operate CNC machine', 1],
      ['operate punch card machine', 1],
    ]);
    expect(await shown('bedienen', 'nl')).toEqual([
      ['CNC-machine bedienen', 1],
      ['ponskaartmachine bedienen', 1],
    ]);

    // Two workers with the punch card skill make it the most common of these.
    const [punchCard] = await db
      .select()
      .from(skills)
      .where(inArray(skills.uri, [punchCardUri]));
    const created = { regionIds: [] as string[], userIds: [] as string[], workerIds: [] as string[] };
    try {
      const [region] = await db
        .insert(regions)
        .values({ name: 'Brainport', slug: 'brainport-ranking', centreLat: 51.44, centreLon: 5.47 })
        .returning();
      created.regionIds.push(region!.id);
      const people = await db
        .insert(users)
        .values([1, 2].map((n) => ({ name: `Wim ${n}`, email: `wim${n}.ranking@example.nl` })))
        .returning();
      created.userIds.push(...people.map((u) => u.id));
      const workers = await db
        .insert(workerProfiles)
        .values(people.map((user) => atRiskWorkerRow(user.id, region!.id)))
        .returning();
      created.workerIds.push(...workers.map((w) => w.id));
      await db.insert(workerSkills).values(workers.map((w) => ({ workerId: w.id, skillId: punchCard!.id, level: 3 })));
      await refreshTaxonomyPopularity(db);

      expect(await shown('operate', 'en')).toEqual([
        ['operate punch card machine', 3],
        ['operate forklift', 2],
        ['operate CNC machine', 1],
      ]);
      expect(await shown('bedienen', 'nl')).toEqual([
        ['ponskaartmachine bedienen', 3],
        ['CNC-machine bedienen', 1],
      ]);
    } finally {
      // Back to the fixtures' own figures for the other tests.
      if (created.workerIds.length > 0) {
        await db.delete(workerSkills).where(inArray(workerSkills.workerId, created.workerIds));
        await db.delete(workerProfiles).where(inArray(workerProfiles.id, created.workerIds));
      }
      if (created.userIds.length > 0) await db.delete(users).where(inArray(users.id, created.userIds));
      if (created.regionIds.length > 0) await db.delete(regions).where(inArray(regions.id, created.regionIds));
      await refreshTaxonomyPopularity(db);
    }
  });
});

describe('picking an occupation proposes its skills', () => {
  /** The skill URIs the fixture relates to an occupation, per relation type. */
  function fixtureRelations(occupationUri: string, relation: 'essential' | 'optional') {
    return fixture(path.join('nl', 'occupationSkillRelations_nl.csv'))
      .filter((r) => r.occupationUri === occupationUri && r.relationType === relation)
      .map((r) => r.skillUri)
      .sort();
  }

  it.each([
    {
      uri: welderUri,
      nl: {
        query: 'lasser',
        occupation: 'lasser',
        essential: [
          'veiligheidsprocedures volgen',
          'metaalbewerking',
          'technische tekeningen lezen',
          'metalen onderdelen lassen',
        ],
        optional: ['samenwerken in teams', 'kwaliteitscontrole uitvoeren', 'ponskaartmachine bedienen'],
      },
      en: {
        query: 'welder',
        occupation: 'welder',
        essential: ['follow safety procedures', 'metal working', 'read engineering drawings', 'weld metal parts'],
        optional: ['work in teams', 'perform quality control', 'operate punch card machine'],
      },
    },
    {
      uri: forkliftDriverUri,
      nl: {
        query: 'heftruckchauf',
        occupation: 'heftruckchauffeur',
        essential: ['veiligheidsprocedures volgen', 'heftruck besturen'],
        optional: ['samenwerken in teams', 'magazijnactiviteiten beheren'],
      },
      en: {
        query: 'forklift',
        occupation: 'forklift operator',
        essential: ['follow safety procedures', 'operate forklift'],
        optional: ['work in teams', 'manage warehouse operations'],
      },
    },
  ])(
    '$nl.occupation / $en.occupation: essential skills first, then optional ones, most common first, in the user’s language',
    async (c) => {
      for (const locale of ['nl', 'en'] as const) {
        const expected = c[locale];
        const [picked] = await searchOccupations(db, { query: expected.query, locale });
        expect(picked).toMatchObject({ uri: c.uri, label: expected.occupation });

        const proposal = await getOccupationSkills(db, picked!.id);
        expect(localLabel(proposal.occupation, locale)).toBe(expected.occupation);
        expect(proposal.essential.map((s) => localLabel(s, locale))).toEqual(expected.essential);
        expect(proposal.optional.map((s) => localLabel(s, locale))).toEqual(expected.optional);
        // Exactly what the files relate, each skill once, in its own group.
        expect(proposal.essential.map((s) => s.uri).sort()).toEqual(fixtureRelations(c.uri, 'essential'));
        expect(proposal.optional.map((s) => s.uri).sort()).toEqual(fixtureRelations(c.uri, 'optional'));
      }
    },
  );
});

describe('bad input', () => {
  async function zodIssues(call: Promise<unknown>) {
    const error = await call.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ZodError);
    return (error as ZodError).issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message }));
  }

  const badInputs: { name: string; input: Record<string, unknown>; path: string; code: string; message?: string }[] = [
    {
      name: 'an empty query',
      input: { query: '' },
      path: 'query',
      code: 'too_small',
      message: 'type at least one letter',
    },
    {
      name: 'a query of spaces',
      input: { query: '   ' },
      path: 'query',
      code: 'too_small',
      message: 'type at least one letter',
    },
    {
      name: 'a 500-character query',
      input: { query: 'lassen '.repeat(72).slice(0, 500) },
      path: 'query',
      code: 'too_big',
    },
    { name: 'an unknown locale', input: { query: 'lassen', locale: 'de' }, path: 'locale', code: 'invalid_value' },
    { name: 'a limit of 1,000', input: { query: 'lassen', limit: 1000 }, path: 'limit', code: 'too_big' },
  ];

  it.each(badInputs)('$name: skill and occupation search answer with a zod error naming the field', async (bad) => {
    for (const search of [searchSkills, searchOccupations] as const) {
      const issues = await zodIssues(search(db, bad.input as SkillSearchInput));
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({
        path: bad.path,
        code: bad.code,
        ...(bad.message ? { message: bad.message } : {}),
      });
    }
  });

  /** A GET to the real tRPC HTTP handler, as the browser's combobox sends it, by a signed-in worker. */
  async function askApi(procedure: string, input: unknown) {
    const user = {
      id: randomUUID(),
      name: 'Wim',
      email: 'wim@example.nl',
      role: 'worker' as const,
      organisationId: null,
      regionId: randomUUID(),
      organisationStatus: null,
    };
    const session = { user, expires: new Date(Date.now() + 3600_000).toISOString() };
    const response = await trpcHttp(db, procedure, { session, method: 'GET', input });
    return {
      status: response.status,
      body: (await response.json()) as {
        error?: { json: { message: string; data: { fieldErrors: Record<string, string[]> } } };
      },
    };
  }

  it.each(badInputs)('$name: the API answers 400 with a message naming the field', async (bad) => {
    const { status, body } = await askApi('taxonomy.searchSkills', bad.input);
    expect(status).toBe(400);
    expect(body.error!.json.message).toMatch(new RegExp(`^Invalid input — ${bad.path}: ${bad.message ?? ''}`));
    expect(Object.keys(body.error!.json.data.fieldErrors)).toEqual([bad.path]);
  });

  it('answers 400 for an occupation id that is not a UUID, and 404 for one that does not exist', async () => {
    const invalid = await askApi('taxonomy.occupationSkills', { occupationId: 'lasser' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error!.json.message).toMatch(/^Invalid input — occupationId: /);
    const unknown = await askApi('taxonomy.occupationSkills', { occupationId: randomUUID() });
    expect(unknown.status).toBe(404);
  });

  it('nothing breaks: odd characters are just text, and search keeps working', async () => {
    const [before] = await db.select({ n: count() }).from(skills);
    for (const query of [
      "'; drop table skills; --",
      '%',
      '_',
      '\\',
      '(',
      'a|b',
      '.*',
      '[lassen]',
      '🙂🙂🙂',
      'x'.repeat(100),
    ]) {
      await expect(searchSkills(db, { query })).resolves.toBeInstanceOf(Array);
      await expect(searchOccupations(db, { query })).resolves.toBeInstanceOf(Array);
    }
    expect(await db.select({ n: count() }).from(skills)).toEqual([before]);
    expect((await first('lassen'))?.label).toBe('metalen onderdelen lassen');
    expect((await askApi('taxonomy.searchSkills', { query: 'lassen' })).status).toBe(200);
  });
});
