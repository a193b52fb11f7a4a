/**
 * The ESCO import on the real (partial, English) ESCO download in ../shared/data/esco-en-partial:
 * counts checked against the CSV files read independently of the importer, a repeated import
 * that changes nothing, and — on a PostgreSQL server — an import killed halfway by SIGKILL.
 *
 * The files are never copied into the repository; without them this file is skipped.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '~/db/client';
import { formatSummary, importEscoTaxonomy, type TaxonomyImportSummary } from '~/server/taxonomy/import';
import { queryCount, queryRows } from '~/server/taxonomy/sql';
import { createTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { taxonomySnapshot } from '~/tests/helpers/taxonomy-snapshot';

const realDir = path.join(process.cwd(), '..', 'shared', 'data', 'esco-en-partial');
const haveRealFiles = existsSync(path.join(realDir, 'occupations_en.csv'));
if (!haveRealFiles) {
  console.warn(
    `taxonomy-real-files: skipped — the real ESCO files are not in ${realDir} (see ../shared/data/README.md)`,
  );
}
const serverUrl = process.env.DATABASE_URL;
if (haveRealFiles && !serverUrl) {
  console.warn(
    'taxonomy-real-files: the killed-import test is skipped — it needs DATABASE_URL: the import runs in a child ' +
      'process that must reach the same database, and PGlite lives inside this process',
  );
}

const escoUri = 'http://data.europa.eu/esco/%';
const collectionFiles = [
  'ictSkillsCollection_en.csv',
  'languageSkillsCollection_en.csv',
  'transversalSkillsCollection_en.csv',
];
const renamed = ' (renamed)';

type CsvRow = Record<string, string>;

/** A CSV file read with csv-parse on its own: nothing from the importer. */
function readCsv(file: string): CsvRow[] {
  return parse(readFileSync(path.join(realDir, file), 'utf8'), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
  }) as CsvRow[];
}
const distinct = (rows: CsvRow[], column = 'conceptUri') => new Set(rows.map((r) => r[column]!.trim()));

/** What the files hold, counted from the files. */
function countFiles() {
  const occupationRows = readCsv('occupations_en.csv');
  return {
    occupationRows,
    occupations: distinct(occupationRows),
    iscoGroups: distinct(readCsv('ISCOGroups_en.csv')),
    iscoCodes: distinct(readCsv('ISCOGroups_en.csv'), 'code'),
    skillGroups: distinct(readCsv('skillGroups_en.csv')),
    // No full skills_en.csv in this download: the three collections are the skills.
    skills: new Set(collectionFiles.flatMap((f) => [...distinct(readCsv(f))])),
  };
}

/** One concept line of the printed summary: "  occupations   2,942 read  2,942 inserted …". */
function printedCounts(printed: string, name: string) {
  const number = '([\\d,]+)';
  const match = new RegExp(
    `^  ${name} +${number} read +${number} inserted +${number} updated +${number} unchanged`,
    'm',
  ).exec(printed);
  if (!match) throw new Error(`no "${name}" line in the summary:\n${printed}`);
  const [read, inserted, updated, unchanged] = match.slice(1).map((n) => Number(n.replaceAll(',', '')));
  return { read, inserted, updated, unchanged };
}

describe.skipIf(!haveRealFiles)('the ESCO import on the real ESCO files (English, partial)', () => {
  let database: TestDatabase;
  let db: Database;
  let first: TaxonomyImportSummary;
  const files = haveRealFiles ? countFiles() : undefined;
  let tmp: string;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), 'overstap-esco-real-'));
    database = await createTestDatabase();
    db = database.db;
    first = await importEscoTaxonomy(db, { dir: realDir });
  }, 300_000);
  afterAll(async () => {
    await database?.destroy();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('loads every occupation, ISCO group, skill group and skill: the printed summary and the database agree with the files', async () => {
    const expected = files!;
    expect(expected.occupations.size).toBe(2_942);
    expect(expected.occupationRows).toHaveLength(2_942);
    expect(expected.iscoCodes.size).toBe(expected.iscoGroups.size);

    const printed = formatSummary(first);
    const all = (n: number) => ({ read: n, inserted: n, updated: 0, unchanged: 0 });
    expect(printedCounts(printed, 'occupations')).toEqual(all(expected.occupations.size));
    expect(printedCounts(printed, 'ISCO groups')).toEqual(all(expected.iscoGroups.size));
    expect(printedCounts(printed, 'skill groups')).toEqual(all(expected.skillGroups.size));
    expect(printedCounts(printed, 'skills')).toEqual(all(expected.skills.size));
    expect(printed).toContain('(en)');
    expect(printed).toMatch(/Taxonomy updated\.$/);
    expect(first.occupations.retired).toEqual([]);

    const count = (query: string) => queryCount(db, sql.raw(query));
    expect(
      await count(`select count(*)::int as n from occupations where uri like '${escoUri}' and retired_at is null`),
    ).toBe(2_942);
    expect(await count(`select count(*)::int as n from isco_groups`)).toBe(expected.iscoGroups.size);
    expect(await count(`select count(*)::int as n from skill_groups where uri like '${escoUri}'`)).toBe(
      expected.skillGroups.size,
    );
    expect(await count(`select count(*)::int as n from skills where uri like '${escoUri}'`)).toBe(expected.skills.size);

    // The same concepts, not just as many.
    const column = async (query: string) =>
      new Set((await queryRows<{ v: string }>(db, sql.raw(query))).map((r) => r.v));
    expect(await column('select uri as v from occupations')).toEqual(expected.occupations);
    expect(await column('select code as v from isco_groups')).toEqual(expected.iscoCodes);
    expect(await column('select uri as v from skill_groups')).toEqual(expected.skillGroups);
    expect(await column('select uri as v from skills')).toEqual(expected.skills);
  });

  it('keeps each occupation as the file has it: label, ISCO group, and the alternative labels of a quoted multi-line field', async () => {
    const rows = await queryRows<{ uri: string; label: string; isco: string; alt: string[] }>(
      db,
      sql`select uri, preferred_label_en as label, isco_group as isco, alt_labels_en as alt from occupations`,
    );
    const stored = new Map(rows.map((r) => [r.uri, { label: r.label, isco: r.isco, alt: [...r.alt].sort() }]));
    const mismatches = files!.occupationRows.flatMap((row) => {
      const label = row.preferredLabel!.trim();
      // One label per line inside the quoted field; blank lines and a repeat of the preferred label are not labels.
      const alt = [...new Set((row.altLabels ?? '').split(/\r?\n/).map((a) => a.trim()))]
        .filter((a) => a && a !== label)
        .sort();
      const expected = { label, isco: row.iscoGroup!.trim(), alt };
      const actual = stored.get(row.conceptUri!.trim());
      return JSON.stringify(actual) === JSON.stringify(expected) ? [] : [{ uri: row.conceptUri, expected, actual }];
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
    const director = stored.get('http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34');
    expect(director).toMatchObject({ label: 'technical director', isco: '2166' });
    expect(director?.alt).toContain('head of technical department');
  });

  it('says "no changes" the second time, and changes nothing (row counts and checksums of every taxonomy table)', async () => {
    const before = await taxonomySnapshot(db);
    expect(before.occupations!.rows).toBe(2_942);
    expect(before.taxonomy_imports!.rows).toBe(1);

    const again = await importEscoTaxonomy(db, { dir: realDir });
    expect(again.changed).toBe(false);
    const none = (n: number) => ({ read: n, inserted: 0, updated: 0, unchanged: n });
    expect(again.occupations).toEqual({ ...none(2_942), retired: [] });
    expect(again.iscoGroups).toEqual(none(files!.iscoGroups.size));
    expect(again.skillGroups).toEqual(none(files!.skillGroups.size));
    expect(again.skills).toEqual({ ...none(files!.skills.size), retired: [] });
    expect(again.skillHierarchy).toMatchObject({ inserted: 0, updated: 0, removed: 0 });
    const printed = formatSummary(again);
    expect(printedCounts(printed, 'occupations')).toEqual(none(2_942));
    expect(printed).toMatch(/No changes: the taxonomy already matches these files\.$/);

    expect(await taxonomySnapshot(db)).toEqual(before);
  });

  describe.skipIf(!serverUrl)('an import killed halfway (SIGKILL, PostgreSQL)', () => {
    /** The real files with every occupation, ISCO group and skill renamed: an import that rewrites most rows. */
    function renamedCopy(): string {
      const dir = mkdtempSync(path.join(tmp, 'renamed-'));
      cpSync(realDir, dir, { recursive: true });
      for (const file of ['occupations_en.csv', 'ISCOGroups_en.csv', ...collectionFiles]) {
        const target = path.join(dir, file);
        const records = parse(readFileSync(target, 'utf8'), { bom: true, skip_empty_lines: true }) as string[][];
        const labelColumn = records[0]!.indexOf('preferredLabel');
        expect(labelColumn).toBeGreaterThanOrEqual(0);
        for (const record of records.slice(1)) record[labelColumn] = `${record[labelColumn]}${renamed}`;
        const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
        writeFileSync(target, `${records.map((r) => r.map(quote).join(',')).join('\n')}\n`);
      }
      return dir;
    }

    type Cli = ChildProcessByStdio<null, Readable, Readable>;
    const started: Cli[] = [];
    // A test that fails or times out halfway must not leave a (stopped) import behind.
    afterAll(() => {
      for (const child of started) {
        if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
      }
    });

    /**
     * The CLI script as a child process, as `npm run taxonomy:import` runs it but in ONE process:
     * `npx tsx …` is npm → sh → tsx → node, and SIGKILL to npx would leave the importer running
     * (and committing). `node --import tsx` is the importer itself. Own process group, so the
     * signals reach whatever it starts too.
     */
    function startCli(dir: string) {
      const child: Cli = spawn(process.execPath, ['--import', 'tsx', 'scripts/taxonomy-import.ts', '--dir', dir], {
        cwd: process.cwd(),
        env: { ...process.env, DATABASE_URL: database.url },
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      started.push(child);
      const output = { stdout: '', stderr: '' };
      child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on('exit', (code, signal) => resolve({ code, signal })),
      );
      const signalGroup = (signal: NodeJS.Signals) => process.kill(-child.pid!, signal);
      /** Resolves once stdout has a line matching `pattern`; fails if the CLI ends first. */
      const waitForLine = (pattern: RegExp) =>
        new Promise<void>((resolve, reject) => {
          const check = () => {
            if (pattern.test(output.stdout)) {
              child.stdout.off('data', check);
              resolve();
            }
          };
          child.stdout.on('data', check);
          void exited.then(() =>
            reject(new Error(`the import ended before ${pattern}:\n${output.stdout}\n${output.stderr}`)),
          );
          check();
        });
      return { child, output, exited, signalGroup, waitForLine };
    }

    /** Backends of this database holding the import's lock (pg_advisory_xact_lock(7346002)). */
    const importLockHolders = () =>
      queryRows<{ pid: number; state: string | null }>(
        db,
        sql`select l.pid, a.state from pg_locks l
            join pg_database d on d.oid = l.database
            left join pg_stat_activity a on a.pid = l.pid
            where l.locktype = 'advisory' and l.objid = 7346002 and l.granted and d.datname = current_database()`,
      );

    async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number) {
      const deadline = Date.now() + timeoutMs;
      while (!(await condition())) {
        if (Date.now() > deadline) throw new Error(`still not so after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }

    it('leaves the previous taxonomy exactly as it was, and the next import of the same files succeeds', async () => {
      // The previous taxonomy: the real files, imported above.
      const before = await taxonomySnapshot(db);
      expect(before.occupations!.rows).toBe(2_942);
      const dir = renamedCopy();

      const cli = startCli(dir);
      let killed = false;
      try {
        // "merging skills … n s" is printed once ISCO groups and skills have been rewritten inside
        // the transaction; rewriting 2,942 occupations, the slowest step, comes next.
        await cli.waitForLine(/^ {2}merging skills … /m);
        // Freeze it first (it cannot send COMMIT while stopped) to see it is mid-import: its
        // transaction holds the import lock on this database.
        cli.signalGroup('SIGSTOP');
        const holders = await importLockHolders();
        expect(holders).toHaveLength(1);
        expect(['active', 'idle in transaction']).toContain(holders[0]!.state);
        cli.signalGroup('SIGKILL');
        killed = true;
      } finally {
        if (!killed && cli.child.exitCode === null) cli.signalGroup('SIGKILL');
      }
      expect(await cli.exited).toEqual({ code: null, signal: 'SIGKILL' });
      expect(cli.output.stdout).not.toMatch(/merging occupations|Taxonomy updated/);

      // The server notices the dead client and rolls the transaction back, lock and all.
      await waitUntil(async () => (await importLockHolders()).length === 0, 5 * 60_000);
      expect(await taxonomySnapshot(db)).toEqual(before);
      const [sample] = await queryRows<{ label: string }>(
        db,
        sql`select preferred_label_en as label from occupations order by uri limit 1`,
      );
      expect(sample!.label).toBe('technical director');

      // Nothing was left locked or half-written: the same renamed files now import in full.
      const next = startCli(dir);
      expect(await next.exited, next.output.stderr).toEqual({ code: 0, signal: null });
      expect(printedCounts(next.output.stdout, 'occupations')).toEqual({
        read: 2_942,
        inserted: 0,
        updated: 2_942,
        unchanged: 0,
      });
      expect(printedCounts(next.output.stdout, 'ISCO groups')).toMatchObject({
        inserted: 0,
        updated: files!.iscoGroups.size,
      });
      expect(printedCounts(next.output.stdout, 'skills')).toMatchObject({ inserted: 0, updated: files!.skills.size });
      expect(next.output.stdout).toMatch(/Taxonomy updated\.\n$/);
      const notRenamed = await queryCount(
        db,
        sql`select count(*)::int as n from occupations where preferred_label_en not like ${`%${renamed}`}`,
      );
      expect(notRenamed).toBe(0);
      const after = await taxonomySnapshot(db);
      expect(after.occupations!.rows).toBe(2_942);
      expect(after.taxonomy_imports!.rows).toBe(before.taxonomy_imports!.rows + 1);
    }, 300_000);
  });
});
