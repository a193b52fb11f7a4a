import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { TaxonomyImportError } from './errors';

/** The languages the schema has label columns for. */
export const taxonomyLanguages = ['nl', 'en'] as const;
export type TaxonomyLanguage = (typeof taxonomyLanguages)[number];

export function isTaxonomyLanguage(value: string): value is TaxonomyLanguage {
  return (taxonomyLanguages as readonly string[]).includes(value);
}

/** The ESCO CSV files of one language, as found on disk. */
export interface LanguageFiles {
  lang: TaxonomyLanguage;
  iscoGroups: string;
  skillGroups: string;
  occupations: string;
  /** The full skills list; absent in a partial download, where the skill collections stand in. */
  skills?: string;
  /** transversalSkillsCollection, languageSkillsCollection, ictSkillsCollection, … */
  collections: { name: string; file: string }[];
  occupationSkillRelations?: string;
  broaderRelationsSkillPillar?: string;
  skillsHierarchy?: string;
}

const collectionPattern = (lang: string) => new RegExp(`^(\\w+SkillsCollection)_${lang}\\.csv$`);

function isDirectory(candidate: string): boolean {
  try {
    return statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Where the files of one language may be: the folder itself (files with a `_<lang>` suffix), a
 * `<lang>/` subfolder, or a subfolder named like the official download ("ESCO dataset - v1.2.0 -
 * classification - nl - csv").
 */
function candidateFolders(dir: string, lang: TaxonomyLanguage): string[] {
  const folders = [dir, path.join(dir, lang)];
  const token = new RegExp(`(^|[^a-z])${lang}([^a-z]|$)`, 'i');
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    if (entry !== lang && token.test(entry) && isDirectory(full)) folders.push(full);
  }
  return folders.filter(isDirectory);
}

function find(folders: string[], name: string): string | undefined {
  for (const folder of folders) {
    const file = path.join(folder, name);
    if (existsSync(file)) return file;
  }
  return undefined;
}

function locateLanguage(dir: string, lang: TaxonomyLanguage): LanguageFiles {
  const folders = candidateFolders(dir, lang);
  const required = (base: string) => {
    const file = find(folders, `${base}_${lang}.csv`);
    if (!file) {
      throw new TaxonomyImportError(
        `${base}_${lang}.csv not found (looked in ${folders.map((f) => path.relative(process.cwd(), f) || '.').join(', ')})`,
      );
    }
    return file;
  };
  const pattern = collectionPattern(lang);
  const collections = new Map<string, string>();
  for (const folder of folders) {
    for (const entry of readdirSync(folder).sort()) {
      const match = pattern.exec(entry);
      if (match?.[1] && !collections.has(match[1])) collections.set(match[1], path.join(folder, entry));
    }
  }
  const files: LanguageFiles = {
    lang,
    iscoGroups: required('ISCOGroups'),
    skillGroups: required('skillGroups'),
    occupations: required('occupations'),
    skills: find(folders, `skills_${lang}.csv`),
    collections: [...collections].map(([name, file]) => ({ name, file })),
    occupationSkillRelations: find(folders, `occupationSkillRelations_${lang}.csv`),
    broaderRelationsSkillPillar: find(folders, `broaderRelationsSkillPillar_${lang}.csv`),
    skillsHierarchy: find(folders, `skillsHierarchy_${lang}.csv`),
  };
  if (!files.skills && files.collections.length === 0) {
    throw new TaxonomyImportError(
      `skills_${lang}.csv not found, and no skill collection (*SkillsCollection_${lang}.csv) to use instead`,
    );
  }
  return files;
}

/**
 * Finds the ESCO files for the requested languages, or for every supported language that has an
 * occupations file when none is requested. A requested language without its files is an error.
 */
export function locateEscoFiles(dir: string, languages?: readonly TaxonomyLanguage[]): LanguageFiles[] {
  if (!isDirectory(dir)) throw new TaxonomyImportError(`${dir} is not a folder`);
  const wanted =
    languages && languages.length > 0
      ? languages
      : taxonomyLanguages.filter((lang) => find(candidateFolders(dir, lang), `occupations_${lang}.csv`));
  if (wanted.length === 0) {
    throw new TaxonomyImportError(`no ESCO files found in ${dir} (expected occupations_nl.csv or occupations_en.csv)`);
  }
  return wanted.map((lang) => locateLanguage(dir, lang));
}
