/**
 * The ESCO import: locate the files, stream them into staging tables, merge them into the
 * taxonomy — all in ONE transaction, so a malformed file, a failed statement or a killed
 * process leaves the previous taxonomy exactly as it was.
 */
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { taxonomyImports } from '~/db/schema';
import { refreshTaxonomyPopularity } from '~/server/taxonomy/popularity';
import { TaxonomyImportError } from './errors';
import { locateEscoFiles, type TaxonomyLanguage } from './files';
import { collectEscoFiles, type EscoFileSet } from './sources';
import { mergeIscoGroups, mergeOccupations, mergeSkillGroups, mergeSkills, retireMissing } from './merge-concepts';
import { buildLabelIndex, deferLabelIndex } from './label-index';
import { mergeOccupationSkills, mergeSkillHierarchy } from './merge-links';
import { step, type ProgressListener } from './progress';
import { stageEscoFiles } from './read';
import {
  analyzeTables,
  analyzeTaxonomyTables,
  createStagingTables,
  indexStagingTables,
  labelIndexTables,
  vacuumTables,
} from './staging';
import { hasChanges, type TaxonomyImportSummary } from './summary';

export { TaxonomyImportError } from './errors';
export { formatProgress, type ImportProgressEvent, type ProgressListener } from './progress';
export { formatSummary, type TaxonomyImportSummary } from './summary';
export { isTaxonomyLanguage, taxonomyLanguages, type TaxonomyLanguage } from './files';

export interface TaxonomyImportOptions {
  /** Folders with the ESCO CSV files and/or zips, searched two levels deep. */
  dir?: string | readonly string[];
  /** The zip files of the download, read as they are. */
  zip?: readonly string[];
  /** Languages to import; default: every supported language the folder has files for. */
  languages?: readonly TaxonomyLanguage[];
  onProgress?: ProgressListener;
}

/** Serialises imports on a PostgreSQL server: a second import waits for the first. */
const importLockKey = 7346002;

/**
 * Settings for this transaction only. The import runs a few dozen statements over 100k–500k rows
 * once each: PostgreSQL's JIT compiler spent 1–2 s compiling each of them for no gain, and the
 * default 4 MB of sort memory sent the word-index sorts to disk.
 */
async function tuneForBulkWork(tx: Database): Promise<void> {
  await tx.execute(sql`set local jit = off`);
  await tx.execute(sql`set local work_mem = '64MB'`);
}

export async function importEscoTaxonomy(db: Database, options: TaxonomyImportOptions): Promise<TaxonomyImportSummary> {
  const started = new Date();
  const clock = performance.now();
  // Finding the files first means a missing file fails before a transaction is even opened.
  const dirs = typeof options.dir === 'string' ? [options.dir] : [...(options.dir ?? [])];
  const fileSet = await collectEscoFiles(dirs, options.zip ?? []);
  try {
    return await importFiles(db, fileSet, options, started, clock);
  } finally {
    fileSet.close();
  }
}

async function importFiles(
  db: Database,
  fileSet: EscoFileSet,
  options: TaxonomyImportOptions,
  started: Date,
  clock: number,
): Promise<TaxonomyImportSummary> {
  if (fileSet.sources.length === 0) throw new TaxonomyImportError('no folder or zip file given');
  const { languages: located, ignored } = locateEscoFiles(fileSet.files, options.languages);
  const languages = located.map((l) => l.lang);
  const imported = new Set(languages);
  const listener = options.onProgress;

  const summary = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${importLockKey})`);
    await tuneForBulkWork(tx);
    await createStagingTables(tx);
    await deferLabelIndex(tx);
    const sources = await stageEscoFiles(tx, located, listener);
    await step(listener, 'indexing staged rows', () => indexStagingTables(tx));
    await step(listener, 'analyzing the taxonomy tables', () => analyzeTaxonomyTables(tx));

    const iscoGroups = await step(listener, 'merging ISCO groups', () => mergeIscoGroups(tx, imported));
    const skillGroups = await step(listener, 'merging skill groups', () => mergeSkillGroups(tx, imported, sources));
    const skillCounts = await step(listener, 'merging skills', () => mergeSkills(tx, imported, sources));
    const occupationCounts = await step(listener, 'merging occupations', () => mergeOccupations(tx, imported));
    // The links below join the concept tables, which may have grown from nothing just now.
    await step(listener, 'analyzing the merged concepts', () => analyzeTables(tx, ['skills', 'occupations']));
    const skillHierarchy = sources.skillHierarchy
      ? await step(listener, 'merging skill hierarchy', () => mergeSkillHierarchy(tx))
      : null;
    const occupationSkills = sources.occupationSkillRelations
      ? await step(listener, 'merging occupation → skill relations', () => mergeOccupationSkills(tx))
      : null;
    // Only a complete skills list can say a skill has gone; the occupations file is always complete.
    const retiredSkills = sources.completeSkillList
      ? await step(listener, 'retiring skills no longer in ESCO', () => retireMissing(tx, 'skills'))
      : [];
    const retiredOccupations = await step(listener, 'retiring occupations no longer in ESCO', () =>
      retireMissing(tx, 'occupations'),
    );
    await step(listener, 'building the autocomplete label index', () => buildLabelIndex(tx));
    // Popularity joins the links and the word index, which this import may have filled from nothing.
    await step(listener, 'analyzing the merged links', () =>
      analyzeTables(tx, ['occupation_skills', 'skill_labels', 'skill_label_words', 'occupation_label_words']),
    );
    await step(listener, 'refreshing popularity', () => refreshTaxonomyPopularity(tx));

    const partial = {
      source: fileSet.sources.join(', '),
      languages,
      files: sources.files,
      ignored: [...ignored, ...sources.notRead],
      completeSkillList: sources.completeSkillList,
      iscoGroups,
      skillGroups,
      skills: { ...skillCounts, retired: retiredSkills },
      occupations: { ...occupationCounts, retired: retiredOccupations },
      occupationSkills,
      skillHierarchy,
    };
    const summary: TaxonomyImportSummary = {
      ...partial,
      changed: hasChanges(partial),
      seconds: (performance.now() - clock) / 1000,
    };
    // The log of imports records changes only, so a repeated import leaves no trace at all.
    if (summary.changed) {
      await tx.insert(taxonomyImports).values({
        source: summary.source,
        languages,
        summary: { ...summary, files: summary.files.map((f) => ({ ...f, file: path.basename(f.file) })) },
        startedAt: started,
      });
    }
    return summary;
  });
  if (summary.changed) {
    // Outside the transaction (VACUUM cannot run in one): marks the rewritten label index's pages
    // all-visible, so autocomplete reads it index-only at once, not after autovacuum (or never, in PGlite).
    await step(listener, 'vacuuming the label index', () => vacuumTables(db, labelIndexTables));
  }
  return summary;
}
