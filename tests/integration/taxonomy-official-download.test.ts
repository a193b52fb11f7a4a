/**
 * The ESCO import on the complete official download, as a region gets it from the ESCO portal:
 * the two v1.1.1 zips of ../shared/data/esco-v1.1.1 read as they are (language-neutral relation
 * files, ragged skillsHierarchy rows, empty skillTypes, a relation naming an occupation that is not
 * in the occupations file), then the Dutch files of ../shared/data/esco-v1.1.1-nl on top.
 *
 * The files are never copied into the repository; without them this file is skipped.
 */
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '~/db/client';
import { formatSummary, importEscoTaxonomy, type TaxonomyImportSummary } from '~/server/taxonomy/import';
import { searchSkills } from '~/server/taxonomy/autocomplete';
import { queryCount, queryRows } from '~/server/taxonomy/sql';
import { createTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import {
  labelIndexSnapshot,
  tableSnapshot,
  taxonomySnapshot,
  triggerBuiltLabelIndex,
} from '~/tests/helpers/taxonomy-snapshot';
import { escoDutchDir as dutchDir, escoZips as zips, haveOfficialDownload } from '~/tests/helpers/esco-download';

const haveFiles = haveOfficialDownload('taxonomy-official-download');

/** Published with the download (see its README): 123,855 relations, of which 67 name an occupation not in it. */
const relations = 123_855;
const unknownOccupation = 'http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e';

describe.skipIf(!haveFiles)('the ESCO import on the official v1.1.1 download (zips) and the Dutch files', () => {
  let database: TestDatabase;
  let db: Database;
  let english: TaxonomyImportSummary;
  const count = (query: string) => queryCount(db, sql.raw(query));

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    english = await importEscoTaxonomy(db, { zip: zips, languages: ['en'] });
  }, 600_000);
  afterAll(async () => {
    await database?.destroy();
  });

  it('loads all 13,896 skills, 3,007 occupations and the 123,855 relations less those naming an unknown occupation, which are counted with examples', async () => {
    expect(english.skills).toEqual({ read: 13_896, inserted: 13_896, updated: 0, unchanged: 0, retired: [] });
    expect(english.occupations).toEqual({ read: 3_007, inserted: 3_007, updated: 0, unchanged: 0, retired: [] });
    expect(english.iscoGroups.read).toBe(619);
    expect(english.skillGroups.read).toBe(640);
    const links = english.occupationSkills!;
    expect(links.read).toBe(relations);
    expect(links.skipped).toBe(67);
    expect(links.inserted).toBe(relations - 67);
    expect(links.skippedExamples).toHaveLength(5);
    expect(links.skippedExamples[0]).toContain(unknownOccupation);
    expect(links.skippedExamples[0]).toMatch(/occupationSkillRelations\.csv line \d+/);

    expect(await count(`select count(*)::int as n from skills where retired_at is null`)).toBe(13_896);
    expect(await count(`select count(*)::int as n from occupations where retired_at is null`)).toBe(3_007);
    expect(await count(`select count(*)::int as n from occupation_skills`)).toBe(relations - 67);
  });

  it('says which files it did not import and why, and prints the skipped links', () => {
    const printed = formatSummary(english);
    expect(english.ignored.map((i) => i.file).sort()).toEqual([
      'broaderRelationsOccPillar.csv',
      'conceptSchemes_en.csv',
      'researchOccupationsCollection_en.csv',
      'skillSkillRelations.csv',
    ]);
    expect(printed).toContain('not imported: skillSkillRelations.csv');
    expect(printed).toContain('67 skipped (unknown concept)');
    expect(printed).toContain(unknownOccupation);
  });

  it('keeps the skill hierarchy of the language-neutral relation files and the ragged skillsHierarchy', async () => {
    expect(english.skillHierarchy).toMatchObject({ read: 20_013, inserted: 20_013, skipped: 0 });
    expect(
      await count(`select count(*)::int as n from skill_groups where parent_group_id is not null`),
    ).toBeGreaterThan(600);
  });

  it('says "no changes" the second time, from the unzipped folder, and changes nothing', async () => {
    const before = await taxonomySnapshot(db);
    const again = await importEscoTaxonomy(db, { dir: path.dirname(zips[0]!), languages: ['en'] });
    expect(again.changed).toBe(false);
    expect(again.skills).toMatchObject({ read: 13_896, inserted: 0, updated: 0 });
    expect(again.occupations).toMatchObject({ read: 3_007, inserted: 0, updated: 0 });
    expect(again.occupationSkills).toMatchObject({ read: relations, inserted: 0, updated: 0, removed: 0, skipped: 67 });
    expect(formatSummary(again)).toMatch(/No changes: the taxonomy already matches these files\.$/);
    expect(await taxonomySnapshot(db)).toEqual(before);
  }, 600_000);

  describe('then the Dutch files', () => {
    let dutch: TaxonomyImportSummary;
    let hierarchyBefore: Awaited<ReturnType<typeof hierarchy>>;
    const hierarchy = () => tableSnapshot(db, ['skill_broader_relations', 'skill_group_members', 'occupation_skills']);

    beforeAll(async () => {
      hierarchyBefore = await hierarchy();
      dutch = await importEscoTaxonomy(db, { dir: dutchDir, languages: ['nl'] });
    }, 600_000);

    it('adds the Dutch occupation labels and descriptions, and the Dutch labels of the 2,218 skills in the collections', async () => {
      expect(dutch.occupations).toMatchObject({ read: 3_007, inserted: 0, updated: 3_007 });
      expect(dutch.skills).toMatchObject({ read: 2_218, inserted: 0, updated: 2_218, retired: [] });
      expect(
        await count(`select count(*)::int as n from occupations where preferred_label_nl is not null and description_nl is not null
          and preferred_label_en is not null`),
      ).toBe(3_007);
      expect(await count(`select count(*)::int as n from skills where preferred_label_nl is not null`)).toBe(2_218);
      expect(await count(`select count(*)::int as n from skills where preferred_label_en is not null`)).toBe(13_896);
      const [director] = await queryRows<{ nl: string; en: string }>(
        db,
        sql`select preferred_label_nl as nl, preferred_label_en as en from occupations
            where uri = 'http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34'`,
      );
      expect(director).toEqual({ nl: 'inspiciënt', en: 'technical director' });
    });

    it('leaves the English hierarchy and relations as they were, and says so', async () => {
      expect(await hierarchy()).toEqual(hierarchyBefore);
      expect(dutch.skillHierarchy).toBeNull();
      expect(dutch.occupationSkills).toBeNull();
      expect(dutch.ignored.map((i) => i.file)).toContain('skillsHierarchy_nl.csv');
    });

    it('offers a skill without a Dutch label under its English label, marked as English', async () => {
      const [withDutch] = await searchSkills(db, { query: 'Haskell', locale: 'nl', limit: 1 });
      expect(withDutch).toMatchObject({ label: 'Haskell', labelLang: 'nl' });
      const [englishOnly] = await searchSkills(db, { query: 'manage musical staff', locale: 'nl', limit: 1 });
      expect(englishOnly).toMatchObject({ label: 'manage musical staff', labelNl: null, labelLang: 'en' });
    });

    it('has built the same autocomplete label index as the label triggers build, in both languages', async () => {
      expect(await labelIndexSnapshot(db)).toEqual(await triggerBuiltLabelIndex(db));
    }, 600_000);

    it('changes nothing the second time', async () => {
      const before = await taxonomySnapshot(db);
      const again = await importEscoTaxonomy(db, { dir: dutchDir, languages: ['nl'] });
      expect(again.changed).toBe(false);
      expect(await taxonomySnapshot(db)).toEqual(before);
    }, 600_000);
  });
});
