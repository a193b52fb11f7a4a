/**
 * One taxonomy, not two: the demo region is seeded, then the official ESCO v1.1.1 download is
 * imported on top (English zips, then the Dutch files, as the README says). The demo concepts that
 * carry an ESCO URI (db/seed/data/esco.ts) must become those ESCO concepts — same rows, so every
 * worker and vacancy skill stays attached —, keep the demo's labels so search still finds them, and
 * show up once in autocomplete; the demo's own extra concepts (urn:overstap:…) stay as they are.
 *
 * The files are never copied into the repository; without them this file is skipped.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '~/db/client';
import { englishOnlyEscoSkills, escoOccupations, escoSkills, occupations, skills } from '~/db/seed/data';
import { importEscoTaxonomy, type TaxonomyImportSummary } from '~/server/taxonomy/import';
import { searchSkills } from '~/server/taxonomy/autocomplete';
import { searchOccupations } from '~/server/taxonomy/occupations';
import { queryCount, queryRows } from '~/server/taxonomy/sql';
import { normalizeLocally } from '~/server/taxonomy/vocabulary';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import {
  escoDutchDir,
  escoOccupationCount,
  escoSkillCount,
  escoZips,
  haveOfficialDownload,
} from '~/tests/helpers/esco-download';
import { taxonomySnapshot } from '~/tests/helpers/taxonomy-snapshot';

const haveFiles = haveOfficialDownload('taxonomy-demo-merge');

/** Demo skills on an ESCO URI: the mapped ones and those seeded with their English label only. */
const mappedSkills = Object.keys(escoSkills).length + englishOnlyEscoSkills.length;
const mappedOccupations = Object.keys(escoOccupations).length;
const extraSkills = skills.length - Object.keys(escoSkills).length;
const extraOccupations = occupations.length - mappedOccupations;

const normalize = (label: string) =>
  label.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

interface Reference {
  owner: string;
  skill_id: string;
  uri: string;
}

/** Every worker and vacancy skill with the concept it points at. */
const references = (db: Database) =>
  queryRows<Reference>(
    db,
    sql`select w.worker_id::text as owner, s.id as skill_id, s.uri from worker_skills w join skills s on s.id = w.skill_id
        union all
        select v.vacancy_id::text, s.id, s.uri from vacancy_skills v join skills s on s.id = v.skill_id
        order by 1, 2`,
  );

interface ConceptRow {
  id: string;
  uri: string;
  nl: string | null;
  en: string | null;
  alt_nl: string[];
  alt_en: string[];
  retired: boolean;
}

const conceptRows = (db: Database, table: 'skills' | 'occupations') =>
  queryRows<ConceptRow>(
    db,
    sql.raw(`select id, uri, preferred_label_nl as nl, preferred_label_en as en, alt_labels_nl as alt_nl,
      alt_labels_en as alt_en, retired_at is not null as retired from ${table} order by uri`),
  );

describe.skipIf(!haveFiles)('the demo region plus the official ESCO download: one taxonomy', () => {
  let database: TestDatabase;
  let db: Database;
  let english: TaxonomyImportSummary;
  let dutch: TaxonomyImportSummary;
  let referencesBefore: Reference[];
  let skillsBefore: ConceptRow[];
  let occupationsBefore: ConceptRow[];
  const count = (query: string) => queryCount(db, sql.raw(query));

  beforeAll(async () => {
    database = await createSeededTestDatabase();
    db = database.db;
    referencesBefore = await references(db);
    skillsBefore = await conceptRows(db, 'skills');
    occupationsBefore = await conceptRows(db, 'occupations');
    english = await importEscoTaxonomy(db, { zip: escoZips, languages: ['en'] });
    dutch = await importEscoTaxonomy(db, { dir: escoDutchDir, languages: ['nl'] });
  }, 900_000);
  afterAll(async () => {
    await database?.destroy();
  });

  it('the seed carries ESCO URIs for the demo concepts that have a counterpart, and ESCO’s English label as an alternative', () => {
    expect(mappedSkills).toBeGreaterThanOrEqual(100);
    expect(mappedOccupations).toBeGreaterThanOrEqual(60);
    const welding = skillsBefore.find((s) => s.uri === escoSkills.lassen!.uri)!;
    expect(welding).toMatchObject({ nl: 'lassen', en: 'welding' });
    expect(welding.alt_en).toContain('operate welding equipment');
    const welder = occupationsBefore.find((o) => o.uri === escoOccupations.lasser!.uri)!;
    expect(welder).toMatchObject({ nl: 'Lasser', en: 'Welder' });
    expect(skillsBefore.filter((s) => s.uri.startsWith('urn:overstap:'))).toHaveLength(extraSkills);
    expect(occupationsBefore.filter((o) => o.uri.startsWith('urn:overstap:'))).toHaveLength(extraOccupations);
  });

  it('merges into the demo concepts: ESCO’s concepts plus the demo’s extra ones, none twice', async () => {
    expect(english.skills).toEqual({
      read: escoSkillCount,
      inserted: escoSkillCount - mappedSkills,
      updated: mappedSkills,
      unchanged: 0,
      retired: [],
    });
    expect(english.occupations).toEqual({
      read: escoOccupationCount,
      inserted: escoOccupationCount - mappedOccupations,
      updated: mappedOccupations,
      unchanged: 0,
      retired: [],
    });
    expect(await count('select count(*)::int as n from skills')).toBe(escoSkillCount + extraSkills);
    expect(await count('select count(*)::int as n from occupations')).toBe(escoOccupationCount + extraOccupations);
    expect(await count('select count(*)::int as n from skills where retired_at is not null')).toBe(0);
    expect(await count('select count(*)::int as n from occupations where retired_at is not null')).toBe(0);
    // The seed already had ESCO's code and ISCO group for every mapped occupation.
    const classified = await queryRows<{ uri: string; code: string; isco: string }>(
      db,
      sql`select uri, code, isco_group as isco from occupations where uri not like 'urn:overstap:%'`,
    );
    const byUri = new Map(classified.map((o) => [o.uri, o]));
    for (const esco of Object.values(escoOccupations)) {
      expect(byUri.get(esco.uri), esco.uri).toEqual({ uri: esco.uri, code: esco.code, isco: esco.isco });
    }
  });

  it('keeps every worker and vacancy skill on the same row, with the same URI', async () => {
    expect(referencesBefore.length).toBeGreaterThan(1000);
    expect(referencesBefore.some((r) => !r.uri.startsWith('urn:overstap:'))).toBe(true);
    expect(await references(db)).toEqual(referencesBefore);
  });

  it('keeps the demo’s extra concepts exactly as they were', async () => {
    const extras = (rows: ConceptRow[]) => rows.filter((r) => r.uri.startsWith('urn:overstap:'));
    expect(extras(await conceptRows(db, 'skills'))).toEqual(extras(skillsBefore));
    expect(extras(await conceptRows(db, 'occupations'))).toEqual(extras(occupationsBefore));
  });

  it('keeps every Dutch and English demo label of a mapped concept, as preferred or alternative label', async () => {
    const check = async (table: 'skills' | 'occupations', before: ConceptRow[]) => {
      const after = new Map((await conceptRows(db, table)).map((r) => [r.id, r]));
      const lost = before
        .filter((r) => !r.uri.startsWith('urn:overstap:'))
        .flatMap((r) => {
          const now = after.get(r.id)!;
          const has = (lang: 'nl' | 'en') =>
            new Set([now[lang], ...now[`alt_${lang}`]].filter((l) => l !== null).map(normalize));
          const missing = (lang: 'nl' | 'en') =>
            [r[lang], ...r[`alt_${lang}`]].filter((l) => l !== null && !has(lang).has(normalize(l)));
          return [...missing('nl'), ...missing('en')].map((label) => `${r.uri}: ${label}`);
        });
      expect(lost).toEqual([]);
    };
    await check('skills', skillsBefore);
    await check('occupations', occupationsBefore);
    // ESCO's preferred label leads, the demo's stays as an alternative ("CNC-verspaner" still
    // finds ESCO's "operator CNC-machine"); where they differ only in case the demo's spelling stays.
    const label = (uri: string) =>
      queryRows<{ nl: string; en: string; alt_nl: string[] }>(
        db,
        sql`select preferred_label_nl as nl, preferred_label_en as en, alt_labels_nl as alt_nl from occupations where uri = ${uri}`,
      );
    const [welder] = await label(escoOccupations.lasser!.uri);
    expect(welder).toMatchObject({ nl: 'Lasser', en: 'Welder' });
    const [machinist] = await label(escoOccupations['cnc-verspaner']!.uri);
    expect(machinist).toMatchObject({ nl: 'operator CNC-machine', en: 'computer numerical control machine operator' });
    expect(machinist!.alt_nl).toContain('CNC-verspaner');
    expect(dutch.occupations).toMatchObject({ read: escoOccupationCount, inserted: 0 });
  });

  it('offers each demo concept once in autocomplete, in Dutch and in English', async () => {
    const sampleSkills = skills.filter((s) => escoSkills[s.key]).filter((_, i) => i % 6 === 0);
    const sampleOccupations = occupations.filter((o) => escoOccupations[o.key]).filter((_, i) => i % 4 === 0);
    const problems: string[] = [];
    const checkOnce = (query: string, uri: string, results: { id: string; uri: string; label: string }[]) => {
      const hits = results.filter((r) => r.uri === uri);
      if (hits.length !== 1) problems.push(`${query}: ${uri} found ${hits.length} times`);
      if (new Set(results.map((r) => r.id)).size !== results.length) problems.push(`${query}: a concept twice`);
      const labels = results.map((r) => normalize(r.label));
      if (new Set(labels).size !== labels.length) problems.push(`${query}: a label twice: ${labels.join(', ')}`);
    };
    for (const s of sampleSkills) {
      for (const [locale, query] of [
        ['nl', s.nl],
        ['en', s.en],
      ] as const) {
        checkOnce(query, escoSkills[s.key]!.uri, await searchSkills(db, { query, locale, limit: 20 }));
      }
    }
    for (const o of sampleOccupations) {
      for (const [locale, query] of [
        ['nl', o.nl],
        ['en', o.en],
      ] as const) {
        checkOnce(query, escoOccupations[o.key]!.uri, await searchOccupations(db, { query, locale, limit: 20 }));
      }
    }
    expect(sampleSkills.length + sampleOccupations.length).toBeGreaterThanOrEqual(30);
    expect(problems).toEqual([]);
  });

  it('normalises a typed query in memory exactly as the database normalised every label, or leaves it to the database', async () => {
    // Autocomplete analyses most queries in memory (vocabulary.ts); the label index was built in SQL.
    const differ: string[] = [];
    let inMemory = 0;
    for (const table of ['skill_labels', 'occupation_labels']) {
      const labels = await queryRows<{ label: string; normalized: string; words: string[] }>(
        db,
        sql.raw(`select label, normalized, words from ${table}`),
      );
      for (const l of labels) {
        const local = normalizeLocally(l.label);
        if (local === null) continue;
        inMemory++;
        if (local.q !== l.normalized || local.words.join(' ') !== l.words.join(' '))
          differ.push(
            `${l.label} → ${local.q} [${local.words.join(' ')}]; SQL: ${l.normalized} [${l.words.join(' ')}]`,
          );
      }
    }
    expect(inMemory).toBeGreaterThan(100_000);
    expect(differ).toEqual([]);
  });

  it('reports no changes when the same files are imported again, and changes nothing', async () => {
    const before = await taxonomySnapshot(db);
    const englishAgain = await importEscoTaxonomy(db, { zip: escoZips, languages: ['en'] });
    expect(englishAgain.changed).toBe(false);
    expect(englishAgain.occupationSkills).toMatchObject({ inserted: 0, updated: 0, removed: 0 });
    const dutchAgain = await importEscoTaxonomy(db, { dir: escoDutchDir, languages: ['nl'] });
    expect(dutchAgain.changed).toBe(false);
    expect(await taxonomySnapshot(db)).toEqual(before);
    expect(await references(db)).toEqual(referencesBefore);
  }, 900_000);
});
