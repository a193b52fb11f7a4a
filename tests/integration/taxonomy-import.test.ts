import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '~/db/client';
import {
  occupationSkills,
  occupations,
  organisations,
  regions,
  skillBroaderRelations,
  skillGroupMembers,
  skills,
  users,
  vacancies,
  vacancySkills,
  workerProfiles,
  workerSkills,
} from '~/db/schema';
import { importEscoTaxonomy, TaxonomyImportError, type TaxonomyImportSummary } from '~/server/taxonomy/import';
import { loadSkillGraph, relatednessWeights } from '~/server/taxonomy/relatedness';
import { createTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { atRiskWorkerRow } from '~/tests/helpers/rows';

const fixtures = path.join(process.cwd(), 'tests', 'fixtures', 'esco');
const v1 = path.join(fixtures, 'v1'); // nl/ and en/ subfolders
const v2 = path.join(fixtures, 'v2'); // a newer release: files with both suffixes in one folder
const esco = (kind: 'skill' | 'occupation', id: string) => `http://data.europa.eu/esco/${kind}/${id}`;
const weldUri = esco('skill', '0a6fbd0e-2a3c-4b4e-9b43-4a4c1f0b7f01');
const punchCardUri = esco('skill', 'ecefadea-acbd-4dca-9bcb-cceebbedfb21');
const pythonUri = esco('skill', 'dbdeecdf-fbac-4cbf-8aba-bb7daadce414');
const programmingUri = esco('skill', 'cacddbce-eafb-4bae-9faf-aa6cdfcbd313');
const welderUri = esco('occupation', 'b1a2c3d4-0001-4a5b-8c9d-000000000001');
const nurseUri = esco('occupation', 'b1a2c3d4-0003-4a5b-8c9d-000000000003');

let database: TestDatabase;
let db: Database;
const tmp = mkdtempSync(path.join(tmpdir(), 'overstap-esco-'));

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
});
afterAll(async () => {
  await database?.destroy();
  rmSync(tmp, { recursive: true, force: true });
});

/** Everything the taxonomy holds, to compare before and after a failed import. */
async function snapshot() {
  const [skillRows, occupationRows, links, labels] = await Promise.all([
    db.select().from(skills).orderBy(skills.uri),
    db.select().from(occupations).orderBy(occupations.uri),
    db.select().from(occupationSkills).orderBy(occupationSkills.occupationId, occupationSkills.skillId),
    db.execute(sql`select count(*)::int as n from skill_labels`),
  ]);
  return { skillRows, occupationRows, links, labels: (labels as unknown as { rows: unknown[] }).rows };
}

async function skillByUri(uri: string) {
  const [row] = await db.select().from(skills).where(eq(skills.uri, uri));
  if (!row) throw new Error(`no skill ${uri}`);
  return row;
}

/** A demo-taxonomy skill, a worker who has two ESCO skills and a vacancy that asks for them. */
async function seedReferences(skillIds: string[]) {
  const [region] = await db
    .insert(regions)
    .values({ name: 'Brainport', slug: 'brainport', centreLat: 51.44, centreLon: 5.47 })
    .returning();
  const [organisation] = await db
    .insert(organisations)
    .values({
      regionId: region!.id,
      name: 'Lasbedrijf',
      kvkNumber: '12345678',
      sector: 'high_tech_manufacturing',
      employeeCount: 40,
      sizeBand: '10-49' as const,
      street: 'Hoofdstraat 1',
      postalCode: '5611 AA',
      city: 'Eindhoven',
      lat: 51.44,
      lon: 5.47,
      approvalStatus: 'approved',
    })
    .returning();
  const [user] = await db.insert(users).values({ name: 'Wim', email: 'wim@example.nl' }).returning();
  const [worker] = await db.insert(workerProfiles).values(atRiskWorkerRow(user!.id, region!.id)).returning();
  const [vacancy] = await db
    .insert(vacancies)
    .values({
      organisationId: organisation!.id,
      regionId: region!.id,
      title: 'Lasser',
      hoursMin: 32,
      hoursMax: 40,
      contractType: 'permanent',
      city: 'Eindhoven',
      lat: 51.44,
      lon: 5.47,
    })
    .returning();
  await db.insert(workerSkills).values(skillIds.map((skillId) => ({ workerId: worker!.id, skillId, level: 3 })));
  await db.insert(vacancySkills).values(skillIds.map((skillId) => ({ vacancyId: vacancy!.id, skillId })));
}

describe('the ESCO import on the fixtures (Dutch + English)', () => {
  let first: TaxonomyImportSummary;
  let demoSkill: typeof skills.$inferSelect;

  beforeAll(async () => {
    // The built-in demo taxonomy is there before ESCO is imported, and must stay as it is.
    [demoSkill] = (await db
      .insert(skills)
      .values({
        uri: 'urn:overstap:skill:lassen',
        preferredLabelNl: 'Lassen',
        preferredLabelEn: 'Welding',
        skillType: 'skill',
      })
      .returning()) as [typeof skills.$inferSelect];
    first = await importEscoTaxonomy(db, { dir: v1 });
  });

  it('imports every concept and link, and counts them', () => {
    expect(first.languages).toEqual(['nl', 'en']);
    expect(first.iscoGroups).toEqual({ read: 21, inserted: 21, updated: 0, unchanged: 0 });
    expect(first.skillGroups).toEqual({ read: 15, inserted: 15, updated: 0, unchanged: 0 });
    expect(first.skills).toMatchObject({ read: 21, inserted: 21, retired: [] });
    expect(first.occupations).toMatchObject({ read: 6, inserted: 6, retired: [] });
    expect(first.occupationSkills).toMatchObject({ read: 32, inserted: 32, skipped: 0 });
    expect(first.skillHierarchy).toMatchObject({ read: 24, inserted: 24, skipped: 0 });
    expect(first.changed).toBe(true);
    expect(first.files.find((f) => f.file.endsWith('occupations_nl.csv'))?.rows).toBe(6);
  });

  it('puts each language in its own columns, with alternative labels split and descriptions per language', async () => {
    const weld = await skillByUri(weldUri);
    expect(weld).toMatchObject({
      preferredLabelNl: 'metalen onderdelen lassen',
      preferredLabelEn: 'weld metal parts',
      altLabelsNl: ['lassen', 'booglassen'],
      altLabelsEn: ['welding', 'join metal parts by welding'],
      skillType: 'skill',
      reuseLevel: 'sector-specific',
    });
    expect(weld.description).toMatch(/^Join metal parts/);
    expect(weld.descriptionNl).toMatch(/^Metalen onderdelen verbinden/);
    const [welder] = await db.select().from(occupations).where(eq(occupations.uri, welderUri));
    expect(welder).toMatchObject({
      code: '7212.1',
      iscoGroup: '7212',
      preferredLabelNl: 'lasser',
      preferredLabelEn: 'welder',
    });
  });

  it('types language, transversal and knowledge skills', async () => {
    const types = await db
      .select({ en: skills.preferredLabelEn, type: skills.skillType })
      .from(skills)
      .where(like(skills.uri, 'http%'));
    const typeOf = (en: string) => types.find((t) => t.en === en)?.type;
    expect(typeOf('speak Dutch')).toBe('language');
    expect(typeOf('Dutch')).toBe('language');
    expect(typeOf('show empathy')).toBe('transversal');
    expect(typeOf('metal working')).toBe('knowledge');
  });

  it('keeps the polyhierarchy: several broader concepts per skill, skills and groups', async () => {
    const python = await skillByUri(pythonUri);
    const programming = await skillByUri(programmingUri);
    expect(python.broaderSkillId).toBe(programming.id);
    const broader = await db.select().from(skillBroaderRelations).where(eq(skillBroaderRelations.skillId, python.id));
    const groups = await db.select().from(skillGroupMembers).where(eq(skillGroupMembers.skillId, python.id));
    expect(broader).toHaveLength(1);
    expect(groups).toHaveLength(1);
    const graph = await loadSkillGraph(db);
    expect(graph.relatedness(python.id, programming.id)).toBe(relatednessWeights.broader);
    expect(graph.related(programming.id).map((r) => r.reason)).toContain('narrower');
  });

  it('says "no changes" the second time, and changes nothing', async () => {
    const before = await snapshot();
    const again = await importEscoTaxonomy(db, { dir: v1 });
    expect(again.changed).toBe(false);
    expect(again.skills).toMatchObject({ inserted: 0, updated: 0, unchanged: 21 });
    expect(again.occupationSkills).toMatchObject({ inserted: 0, updated: 0, removed: 0, unchanged: 32 });
    expect(await snapshot()).toEqual(before);
  });

  it('leaves the other language alone when importing one language', async () => {
    const summary = await importEscoTaxonomy(db, { dir: v1, languages: ['nl'] });
    expect(summary.changed).toBe(false);
    expect((await skillByUri(weldUri)).preferredLabelEn).toBe('weld metal parts');
  });

  it('re-imports a newer release in place: links kept, vanished skills retired and listed, relations updated', async () => {
    const weld = await skillByUri(weldUri);
    const punchCard = await skillByUri(punchCardUri);
    await seedReferences([weld.id, punchCard.id]);

    const summary = await importEscoTaxonomy(db, { dir: v2 });
    expect(summary.skills).toMatchObject({ read: 21, inserted: 1, updated: 1 });
    expect(summary.skills.retired).toEqual([{ uri: punchCardUri, label: 'operate punch card machine', references: 2 }]);
    expect(summary.occupationSkills).toMatchObject({ inserted: 1, updated: 1, removed: 2 });

    // Same rows (same ids), so the worker's and the vacancy's skills still point at them.
    const weldAfter = await skillByUri(weldUri);
    expect(weldAfter.id).toBe(weld.id);
    expect(weldAfter.altLabelsEn).toContain('arc welding');
    const punchCardAfter = await skillByUri(punchCardUri);
    expect(punchCardAfter.id).toBe(punchCard.id);
    expect(punchCardAfter.retiredAt).toBeInstanceOf(Date);
    expect(await db.select().from(workerSkills)).toHaveLength(2);
    expect(await db.select().from(vacancySkills)).toHaveLength(2);

    const [welder] = await db.select().from(occupations).where(eq(occupations.uri, welderUri));
    const relation = async (occupationId: string, skillUri: string) =>
      (
        await db
          .select({ relation: occupationSkills.relation })
          .from(occupationSkills)
          .innerJoin(skills, eq(skills.id, occupationSkills.skillId))
          .where(sql`${occupationSkills.occupationId} = ${occupationId} and ${skills.uri} = ${skillUri}`)
      )[0]?.relation;
    expect(await relation(welder!.id, esco('skill', '4eab5f4c-6e7a-4f8c-9d87-8e8a5d4fbb05'))).toBe('essential'); // was optional
    expect(await relation(welder!.id, punchCardUri)).toBeUndefined();
    const [nurse] = await db.select().from(occupations).where(eq(occupations.uri, nurseUri));
    expect(nurse!.altLabelsNl).toContain('wijkverpleegkundige');

    // Popularity counts the worker and the vacancy too.
    expect(weldAfter.popularity).toBeGreaterThanOrEqual(2 + 2);

    const again = await importEscoTaxonomy(db, { dir: v2 });
    expect(again.changed).toBe(false);
    expect(again.skills.retired).toEqual([]);
  });

  it('never touches the built-in demo taxonomy', async () => {
    expect(await skillByUri('urn:overstap:skill:lassen')).toEqual(demoSkill);
  });
});

describe('a failed import leaves the previous taxonomy intact', () => {
  /** A copy of the v2 fixtures with one file replaced. */
  function brokenCopy(name: string, change: (content: string) => string | null) {
    const dir = mkdtempSync(path.join(tmp, 'broken-'));
    cpSync(v2, dir, { recursive: true });
    const file = path.join(dir, name);
    const changed = change(readFileSync(file, 'utf8'));
    if (changed === null) rmSync(file);
    else writeFileSync(file, changed);
    return dir;
  }

  it('rolls back on a malformed line and names the file and line', async () => {
    const before = await snapshot();
    // Line 4 gets an extra field: csv-parse refuses the record.
    const dir = brokenCopy('occupationSkillRelations_nl.csv', (content) => {
      const lines = content.split('\n');
      lines[3] = `${lines[3]},unexpected`;
      return lines.join('\n');
    });
    const error = await importEscoTaxonomy(db, { dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaxonomyImportError);
    expect((error as Error).message).toMatch(/^occupationSkillRelations_nl\.csv line 4: malformed CSV/);
    expect(await snapshot()).toEqual(before);
  });

  it('rolls back on a value that is wrong, naming the file and line', async () => {
    const before = await snapshot();
    const dir = brokenCopy('occupations_en.csv', (content) => content.replace(',7212,welder,', ',7299,welder,'));
    await expect(importEscoTaxonomy(db, { dir })).rejects.toThrow(
      /^occupations_nl\.csv line \d+: iscoGroup 7212|^occupations_en\.csv line \d+: iscoGroup 7299/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to start when a file is missing', async () => {
    const dir = brokenCopy('skillGroups_nl.csv', () => null);
    await expect(importEscoTaxonomy(db, { dir })).rejects.toThrow('skillGroups_nl.csv not found');
    await expect(importEscoTaxonomy(db, { dir, languages: ['en'] })).resolves.toMatchObject({ languages: ['en'] });
  });

  it('rolls back an import interrupted halfway through merging', async () => {
    const before = await snapshot();
    const interrupted = importEscoTaxonomy(db, {
      dir: v1,
      onProgress: (event) => {
        if (event.kind === 'step' && event.step === 'merging occupations') throw new Error('power cut');
      },
    });
    await expect(interrupted).rejects.toThrow('power cut');
    expect(await snapshot()).toEqual(before);
  });
});

describe('the v1.1 download format', () => {
  /**
   * The English v1 fixtures (v1.2 format: `_en` relation files with label columns) rewritten as
   * v1.1 publishes them: relation files without suffix or label columns, a skillsHierarchy whose
   * rows stop short of its 14-column header, an empty skillType, and a relation naming an
   * occupation that is not in the occupations file.
   */
  function v11Copy(): string {
    const dir = mkdtempSync(path.join(tmp, 'v1.1-'));
    cpSync(path.join(v1, 'en'), dir, { recursive: true });
    const rewrite = (from: string, to: string, columns: string[], extra: string[][] = []) => {
      const records = parse(readFileSync(path.join(dir, from), 'utf8'), { columns: true }) as Record<string, string>[];
      rmSync(path.join(dir, from));
      const rows = [columns, ...records.map((r) => columns.map((c) => r[c] ?? '')), ...extra];
      writeFileSync(path.join(dir, to), `${rows.map((r) => r.join(',')).join('\n')}\n`);
    };
    rewrite(
      'occupationSkillRelations_en.csv',
      'occupationSkillRelations.csv',
      ['occupationUri', 'relationType', 'skillType', 'skillUri'],
      [[esco('occupation', 'ffffffff-0000-4000-8000-000000000000'), 'essential', 'knowledge', weldUri]],
    );
    rewrite('broaderRelationsSkillPillar_en.csv', 'broaderRelationsSkillPillar.csv', [
      'conceptType',
      'conceptUri',
      'broaderType',
      'broaderUri',
    ]);
    const header =
      'Level 0 URI,Level 0 preferred term,Level 1 URI,Level 1 preferred term,Level 2 URI,Level 2 preferred term,Level 3 URI,Level 3 preferred term,Description,Scope note,Level 0 code,Level 1 code,Level 2 code,Level 3 code';
    writeFileSync(
      path.join(dir, 'skillsHierarchy_en.csv'),
      `${header}\nhttp://data.europa.eu/esco/skill/S,skills,,,,,,,,,S\nhttp://data.europa.eu/esco/skill/S,skills,http://data.europa.eu/esco/skill/S3,assisting and caring,,,,,,,S,S3\n`,
    );
    const skillsFile = path.join(dir, 'skills_en.csv');
    writeFileSync(skillsFile, readFileSync(skillsFile, 'utf8').replace(`${pythonUri},knowledge,`, `${pythonUri},,`));
    return dir;
  }

  let database2: TestDatabase;
  beforeAll(async () => {
    database2 = await createTestDatabase();
  });
  afterAll(async () => {
    await database2?.destroy();
  });

  it('imports relation files without a language suffix, ragged hierarchy rows and an empty skillType; an unknown occupation is skipped and shown', async () => {
    const summary = await importEscoTaxonomy(database2.db, { dir: v11Copy(), languages: ['en'] });
    expect(summary.occupationSkills).toMatchObject({ read: 33, inserted: 32, skipped: 1 });
    expect(summary.occupationSkills!.skippedExamples).toEqual([
      expect.stringMatching(
        /^http:\/\/data\.europa\.eu\/esco\/occupation\/ffffffff-.* → .* \(occupationSkillRelations\.csv line 34\)$/,
      ),
    ]);
    expect(summary.skillHierarchy).not.toBeNull();
    expect(summary.files.map((f) => path.basename(f.file))).toEqual(
      expect.arrayContaining([
        'occupationSkillRelations.csv',
        'broaderRelationsSkillPillar.csv',
        'skillsHierarchy_en.csv',
      ]),
    );
    const [python] = await database2.db.select().from(skills).where(eq(skills.uri, pythonUri));
    expect(python?.skillType).toBe('skill');
  });

  it('refuses a CSV file it does not understand, naming it, and changes nothing', async () => {
    const dir = v11Copy();
    writeFileSync(path.join(dir, 'my-notes.csv'), 'a,b\n1,2\n');
    await expect(importEscoTaxonomy(database2.db, { dir, languages: ['en'] })).rejects.toThrow(
      /my-notes\.csv: not a file of the ESCO CSV download/,
    );
  });
});
