import type { IgnoredFile, TaxonomyLanguage } from './files';

/** What happened to one kind of concept. `read` counts distinct concepts in the files. */
export interface ConceptCounts {
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

/** What happened to one kind of link; `skipped` links point at a concept the taxonomy does not have. */
export interface LinkCounts {
  read: number;
  inserted: number;
  updated: number;
  removed: number;
  unchanged: number;
  /** Links naming a concept neither the files nor the taxonomy have: left out on purpose. */
  skipped: number;
  /** The first few skipped links, as `<uri> → <uri>` with the file and line. */
  skippedExamples: string[];
}

/** A concept that a newer import no longer contains: kept, marked retired, and listed. */
export interface RetiredConcept {
  uri: string;
  label: string;
  /** Worker, vacancy (and for occupations: worker profile) rows still pointing at it. */
  references: number;
}

export interface FileRead {
  file: string;
  rows: number;
  seconds: number;
}

export interface TaxonomyImportSummary {
  source: string;
  languages: TaxonomyLanguage[];
  files: FileRead[];
  /** Files found that this import has no use for, with the reason. */
  ignored: IgnoredFile[];
  /** A complete skills_<lang>.csv was read (later collection-only imports then bring labels only). */
  completeSkillList: boolean;
  iscoGroups: ConceptCounts;
  skillGroups: ConceptCounts;
  skills: ConceptCounts & { retired: RetiredConcept[] };
  occupations: ConceptCounts & { retired: RetiredConcept[] };
  /** Absent when the import had no occupationSkillRelations file: existing links were left alone. */
  occupationSkills: LinkCounts | null;
  /** Skill → broader skill and skill → skill group; absent when the import had no hierarchy source for skills. */
  skillHierarchy: LinkCounts | null;
  /** False when the run changed nothing at all (a repeated import). */
  changed: boolean;
  seconds: number;
}

export function hasChanges(summary: Omit<TaxonomyImportSummary, 'changed' | 'seconds'>): boolean {
  const concepts = [summary.iscoGroups, summary.skillGroups, summary.skills, summary.occupations];
  const links = [summary.occupationSkills, summary.skillHierarchy];
  return (
    concepts.some((c) => c.inserted > 0 || c.updated > 0) ||
    links.some((l) => l !== null && (l.inserted > 0 || l.updated > 0 || l.removed > 0)) ||
    summary.skills.retired.length > 0 ||
    summary.occupations.retired.length > 0
  );
}

const n = (value: number) => value.toLocaleString('en-GB');

/** The report printed at the end of an import: counts per entity, retired concepts listed. */
export function formatSummary(summary: TaxonomyImportSummary): string {
  const lines: string[] = [];
  const concept = (name: string, c: ConceptCounts) =>
    lines.push(
      `  ${name.padEnd(24)} ${n(c.read).padStart(8)} read  ${n(c.inserted).padStart(7)} inserted  ${n(c.updated).padStart(7)} updated  ${n(c.unchanged).padStart(7)} unchanged`,
    );
  const link = (name: string, l: LinkCounts | null) =>
    lines.push(
      l
        ? `  ${name.padEnd(24)} ${n(l.read).padStart(8)} read  ${n(l.inserted).padStart(7)} inserted  ${n(l.updated).padStart(7)} updated  ${n(l.unchanged).padStart(7)} unchanged  ${n(l.removed)} removed  ${n(l.skipped)} skipped (unknown concept)`
        : `  ${name.padEnd(24)} not in this import — existing links left as they are`,
    );
  lines.push(`ESCO import from ${summary.source} (${summary.languages.join(', ')}) in ${summary.seconds.toFixed(1)} s`);
  for (const i of summary.ignored) lines.push(`  not imported: ${i.file} (${i.reason})`);
  concept('ISCO groups', summary.iscoGroups);
  concept('skill groups', summary.skillGroups);
  concept('skills', summary.skills);
  concept('occupations', summary.occupations);
  link('occupation → skill', summary.occupationSkills);
  link('skill hierarchy', summary.skillHierarchy);
  for (const [name, l] of [
    ['occupation → skill', summary.occupationSkills],
    ['skill hierarchy', summary.skillHierarchy],
  ] as const) {
    if (!l || l.skipped === 0) continue;
    lines.push(`  ${name} links skipped because a concept is unknown, e.g.:`);
    for (const example of l.skippedExamples) lines.push(`    - ${example}`);
  }
  for (const [kind, retired] of [
    ['skills', summary.skills.retired],
    ['occupations', summary.occupations.retired],
  ] as const) {
    if (retired.length === 0) continue;
    const noun = retired.length === 1 ? `1 ${kind.slice(0, -1)} is` : `${retired.length} ${kind} are`;
    lines.push(`  ${noun} no longer in ESCO: kept and marked retired (no longer offered in search):`);
    for (const r of retired)
      lines.push(`    - ${r.label} <${r.uri}>${r.references > 0 ? ` — still used ${r.references}×` : ''}`);
  }
  lines.push(summary.changed ? 'Taxonomy updated.' : 'No changes: the taxonomy already matches these files.');
  return lines.join('\n');
}
