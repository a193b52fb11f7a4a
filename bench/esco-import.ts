/**
 * The ESCO import on the official download a region gets (../shared/data/esco-v1.1.1: the two
 * v1.1.1 zips, read as they are, then the Dutch files of esco-v1.1.1-nl), into a fresh database on
 * PGlite and on PostgreSQL: the first import, the second (which must change nothing), and the
 * merge steps that take longest. Skipped when the shared data is not there.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { migrateDatabase, openDatabase, type DatabaseHandle } from '~/db/client';
import { importEscoTaxonomy, type ImportProgressEvent } from '~/server/taxonomy/import';
import { withBenchDatabase } from './bench-database';

const data = path.join(process.cwd(), '..', 'shared', 'data');
const zips = [
  path.join(data, 'esco-v1.1.1', 'ESCO-v1.1.1-classification-en-csv.zip'),
  path.join(data, 'esco-v1.1.1', 'ESCO-v1.1.1-relations-csv.zip'),
];
const dutchDir = path.join(data, 'esco-v1.1.1-nl');

/** The budget for the whole English import on the 2-core machine. */
export const escoImportBudgetSeconds = 60;

export interface EscoImportFigures {
  target: 'pglite' | 'postgres';
  importSeconds: number;
  /** The three slowest steps of the first import. */
  slowestSteps: { step: string; seconds: number }[];
  reimportSeconds: number;
  reimportChanged: boolean;
  dutchSeconds: number;
  relations: number;
}

export interface EscoImportBenchResult {
  targets: EscoImportFigures[];
}

async function measure(handle: DatabaseHandle, target: 'pglite' | 'postgres', log: (line: string) => void) {
  await migrateDatabase(handle);
  const steps: { step: string; seconds: number }[] = [];
  const onProgress = (e: ImportProgressEvent) => {
    if (e.kind === 'step') steps.push({ step: e.step, seconds: e.seconds });
  };
  let started = performance.now();
  const first = await importEscoTaxonomy(handle.db, { zip: zips, languages: ['en'], onProgress });
  const importSeconds = (performance.now() - started) / 1000;
  log(`  ${target} import: ${importSeconds.toFixed(1)} s (${first.occupationSkills?.inserted ?? 0} relations)`);
  started = performance.now();
  const second = await importEscoTaxonomy(handle.db, { zip: zips, languages: ['en'] });
  const reimportSeconds = (performance.now() - started) / 1000;
  log(`  ${target} re-import: ${reimportSeconds.toFixed(1)} s, ${second.changed ? 'CHANGED SOMETHING' : 'no changes'}`);
  started = performance.now();
  await importEscoTaxonomy(handle.db, { dir: dutchDir, languages: ['nl'] });
  const dutchSeconds = (performance.now() - started) / 1000;
  log(`  ${target} Dutch labels: ${dutchSeconds.toFixed(1)} s`);
  return {
    target,
    importSeconds,
    slowestSteps: steps.sort((a, b) => b.seconds - a.seconds).slice(0, 3),
    reimportSeconds,
    reimportChanged: second.changed,
    dutchSeconds,
    relations: first.occupationSkills?.inserted ?? 0,
  } satisfies EscoImportFigures;
}

export async function runEscoImportBench(
  log: (line: string) => void = console.log,
): Promise<EscoImportBenchResult | null> {
  if (!zips.every((z) => existsSync(z)) || !existsSync(dutchDir)) {
    log(`ESCO download not in ${data}: skipped`);
    return null;
  }
  const targets: EscoImportFigures[] = [];
  const pglite = await openDatabase({ pgliteDir: null });
  try {
    targets.push(await measure(pglite, 'pglite', log));
  } finally {
    await pglite.close();
  }
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl)
    targets.push(
      await withBenchDatabase({ name: 'overstap_bench_esco_import', keep: false, serverUrl }, (handle) =>
        measure(handle, 'postgres', log),
      ),
    );
  return { targets };
}

export function escoImportProblems(result: EscoImportBenchResult | null): string[] {
  return (result?.targets ?? []).flatMap((t) => [
    ...(t.importSeconds > escoImportBudgetSeconds
      ? [`${t.target}: ESCO v1.1.1 import took ${t.importSeconds.toFixed(0)} s (target ${escoImportBudgetSeconds} s)`]
      : []),
    ...(t.reimportChanged ? [`${t.target}: the second ESCO import changed something`] : []),
  ]);
}

export function escoImportTable(result: EscoImportBenchResult | null): string[] {
  if (!result) return ['Skipped: the ESCO v1.1.1 download is not in ../shared/data.'];
  const s = (n: number) => `${n.toFixed(1)} s`;
  const row = (label: string, cell: (t: EscoImportFigures) => string, target = '—') =>
    `| ${label} | ${result.targets.map(cell).join(' | ')} | ${target} |`;
  return [
    'The official ESCO v1.1.1 download (two zips, read as they are; 13,896 skills, 3,007 occupations, 123,855 relations), then the Dutch files.',
    '',
    `| measure | ${result.targets.map((t) => t.target).join(' | ')} | target |`,
    `| --- | ${result.targets.map(() => '---').join(' | ')} | --- |`,
    row('English import, fresh database', (t) => s(t.importSeconds), `≤ ${escoImportBudgetSeconds} s`),
    row('slowest steps', (t) => t.slowestSteps.map((x) => `${x.step} ${s(x.seconds)}`).join('; ')),
    row(
      'second import',
      (t) => `${s(t.reimportSeconds)}, ${t.reimportChanged ? 'changed something' : 'no changes'}`,
      'no changes',
    ),
    row('Dutch labels on top (`--lang nl`)', (t) => s(t.dutchSeconds)),
  ];
}
