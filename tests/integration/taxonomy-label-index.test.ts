/**
 * The ESCO import builds the autocomplete label index in one pass at its end, with the label
 * triggers switched off meanwhile (server/taxonomy/import/label-index.ts). What it writes must be
 * exactly what the triggers write: for new concepts, for relabelled ones (another language on
 * top, a newer release), next to a concept the import does not know; and the triggers must be on
 * again afterwards, also after a failed import.
 */
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '~/db/client';
import { skills } from '~/db/schema';
import { importEscoTaxonomy } from '~/server/taxonomy/import';
import { searchSkills } from '~/server/taxonomy/autocomplete';
import { createTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { labelIndexSnapshot, triggerBuiltLabelIndex } from '~/tests/helpers/taxonomy-snapshot';

const fixtures = path.join(process.cwd(), 'tests', 'fixtures', 'esco');

/** The constraints and indexes of the label index tables, which a first import drops and creates again. */
async function indexSchema() {
  const result = (await db.execute(sql`
    select t.relname as "table", c.conname as name, pg_get_constraintdef(c.oid) as definition
    from pg_constraint c join pg_class t on t.oid = c.conrelid
    where t.relname like '%\_label%' or t.relname like '%\_words'
    union all
    select tablename, indexname, indexdef from pg_indexes where tablename like '%\_label%' or tablename like '%\_words'
    order by 1, 2, 3`)) as unknown as { rows: { table: string; name: string; definition: string }[] };
  return result.rows;
}

let database: TestDatabase;
let db: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  // A concept of the built-in demo taxonomy, indexed by the triggers before any import.
  await db.insert(skills).values({
    uri: 'urn:overstap:skill:solderen',
    preferredLabelNl: 'Solderen',
    preferredLabelEn: 'Soldering',
    altLabelsNl: ['Zacht solderen', 'zacht  solderen'],
    skillType: 'skill',
  });
});
afterAll(async () => {
  await database?.destroy();
});

describe('the label index an import builds', () => {
  it('equals the triggers’ index after a first import of one language, with every key and index back', async () => {
    const schemaBefore = await indexSchema();
    await importEscoTaxonomy(db, { dir: path.join(fixtures, 'v1'), languages: ['en'] });
    expect(await labelIndexSnapshot(db)).toEqual(await triggerBuiltLabelIndex(db));
    expect(await indexSchema()).toEqual(schemaBefore);
  });

  it('equals the triggers’ index after the other language relabelled every concept', async () => {
    const summary = await importEscoTaxonomy(db, { dir: path.join(fixtures, 'v1'), languages: ['nl'] });
    expect(summary.skills.updated).toBeGreaterThan(0);
    expect(await labelIndexSnapshot(db)).toEqual(await triggerBuiltLabelIndex(db));
  });

  it('equals the triggers’ index after a newer release relabelled, added and retired concepts', async () => {
    const summary = await importEscoTaxonomy(db, { dir: path.join(fixtures, 'v2') });
    expect(summary.skills).toMatchObject({ inserted: 1, updated: 1 });
    expect(await labelIndexSnapshot(db)).toEqual(await triggerBuiltLabelIndex(db));
    const [arc] = await searchSkills(db, { query: 'arc welding', locale: 'en', limit: 1 });
    expect(arc?.matchedLabel).toBe('arc welding');
  });

  it('leaves the label triggers on: an edit after the import is indexed', async () => {
    await db
      .update(skills)
      .set({ altLabelsEn: ['tin soldering'] })
      .where(eq(skills.uri, 'urn:overstap:skill:solderen'));
    const [hit] = await searchSkills(db, { query: 'tin soldering', locale: 'en', limit: 1 });
    expect(hit?.label).toBe('Soldering');
    expect(await labelIndexSnapshot(db)).toEqual(await triggerBuiltLabelIndex(db));
  });

  it('leaves the label triggers on after a failed import', async () => {
    await expect(
      importEscoTaxonomy(db, {
        dir: path.join(fixtures, 'v1'),
        onProgress: (e) => {
          if (e.kind === 'step' && e.step === 'merging skills') throw new Error('interrupted');
        },
      }),
    ).rejects.toThrow('interrupted');
    await db
      .insert(skills)
      .values({ uri: 'urn:overstap:skill:lijmen', preferredLabelNl: 'Lijmen', skillType: 'skill' });
    const [hit] = await searchSkills(db, { query: 'lijmen', locale: 'nl', limit: 1 });
    expect(hit?.label).toBe('Lijmen');
    const [{ n } = { n: 0 }] = (
      (await db.execute(
        sql`select count(*)::int as n from pg_trigger where not tgisinternal and tgenabled = 'D'`,
      )) as unknown as {
        rows: { n: number }[];
      }
    ).rows;
    expect(n).toBe(0);
  });
});
