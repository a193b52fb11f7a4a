/**
 * What each ESCO CSV file is, by its name as the official download has it, in every release:
 * concept files carry a language suffix (`skills_en.csv`); relation files carry one from v1.2 on
 * (`occupationSkillRelations_en.csv`, with extra label columns) and none in v1.1
 * (`occupationSkillRelations.csv`). A CSV file that is none of these is an error, so nothing is
 * ever skipped in silence; files this importer has no use for are listed in the summary.
 */
import { TaxonomyImportError } from './errors';
import type { EscoFile } from './sources';

/** The languages the schema has label columns for. */
export const taxonomyLanguages = ['nl', 'en'] as const;
export type TaxonomyLanguage = (typeof taxonomyLanguages)[number];

export function isTaxonomyLanguage(value: string): value is TaxonomyLanguage {
  return (taxonomyLanguages as readonly string[]).includes(value);
}

/** The ESCO CSV files of one language. */
export interface LanguageFiles {
  lang: TaxonomyLanguage;
  iscoGroups: EscoFile;
  skillGroups: EscoFile;
  occupations: EscoFile;
  /** The full skills list; absent in a partial download, where the skill collections stand in. */
  skills?: EscoFile;
  /** transversalSkillsCollection, languageSkillsCollection, digitalSkillsCollection, … */
  collections: { name: string; file: EscoFile }[];
  /** Relation files hold URIs only: the language's own (v1.2), else the language-neutral one (v1.1). */
  occupationSkillRelations?: EscoFile;
  broaderRelationsSkillPillar?: EscoFile;
  skillsHierarchy?: EscoFile;
}

/** A file found but not imported, and why. */
export interface IgnoredFile {
  file: string;
  reason: string;
}

export interface LocatedFiles {
  languages: LanguageFiles[];
  ignored: IgnoredFile[];
}

const conceptBases = ['ISCOGroups', 'skillGroups', 'occupations', 'skills', 'skillsHierarchy'] as const;
const relationBases = ['occupationSkillRelations', 'broaderRelationsSkillPillar'] as const;
/** Files of the download that the taxonomy has no place for (yet). */
const unusedBases: Record<string, string> = {
  conceptSchemes: 'concept schemes are not part of the taxonomy',
  skillSkillRelations: 'skill → skill relations are not used',
  broaderRelationsOccPillar: 'the occupation hierarchy comes from the ISCO codes',
  greenShareOcc: 'green shares are not used',
  dictionary: 'the column dictionary is documentation',
};

interface Classified {
  base: string;
  /** The language suffix, or null for a language-neutral file. */
  lang: string | null;
  kind: 'concept' | 'relation' | 'skillCollection' | 'occupationCollection' | 'unused';
}

const namePattern = /^([A-Za-z]+?)(?:_([a-z]{2,3}(?:-[a-z]+)?))?\.csv$/;

/** What a file is by its name, or null when it is no ESCO file at all. */
export function classifyEscoFile(name: string): Classified | null {
  const match = namePattern.exec(name);
  if (!match) return null;
  const base = match[1]!;
  const lang = match[2] ?? null;
  if ((conceptBases as readonly string[]).includes(base)) return lang ? { base, lang, kind: 'concept' } : null;
  if ((relationBases as readonly string[]).includes(base)) return { base, lang, kind: 'relation' };
  if (base in unusedBases) return { base, lang, kind: 'unused' };
  if (/SkillsCollection$/.test(base)) return lang ? { base, lang, kind: 'skillCollection' } : null;
  if (/Collection$/.test(base)) return lang ? { base, lang, kind: 'occupationCollection' } : null;
  return null;
}

/**
 * Sorts the files into languages: the requested ones, or every supported language that has an
 * occupations file. A requested language without its files, or a CSV file that is not an ESCO
 * file, is an error naming the file.
 */
export function locateEscoFiles(files: readonly EscoFile[], languages?: readonly TaxonomyLanguage[]): LocatedFiles {
  const classified = files.map((file) => {
    const what = classifyEscoFile(file.name);
    if (!what) {
      throw new TaxonomyImportError(
        'not a file of the ESCO CSV download (expected names like skills_en.csv or occupationSkillRelations.csv); remove it or import the folder it belongs to',
        file.location,
      );
    }
    return { file, ...what };
  });
  const wanted =
    languages && languages.length > 0
      ? [...languages]
      : taxonomyLanguages.filter((lang) => classified.some((c) => c.base === 'occupations' && c.lang === lang));
  if (wanted.length === 0) {
    throw new TaxonomyImportError('no ESCO files found (expected occupations_nl.csv or occupations_en.csv)');
  }

  const find = (base: string, lang: string | null) => classified.find((c) => c.base === base && c.lang === lang)?.file;
  const used = new Set<EscoFile>();
  const taken = (file: EscoFile | undefined) => {
    if (file) used.add(file);
    return file;
  };
  const located = wanted.map((lang): LanguageFiles => {
    const required = (base: string) => {
      const file = taken(find(base, lang));
      if (!file) throw new TaxonomyImportError(`${base}_${lang}.csv not found`);
      return file;
    };
    const collections = classified
      .filter((c) => c.kind === 'skillCollection' && c.lang === lang)
      .map((c) => ({ name: c.base, file: taken(c.file)! }));
    const relation = (base: string) => taken(find(base, lang) ?? find(base, null));
    const result: LanguageFiles = {
      lang,
      iscoGroups: required('ISCOGroups'),
      skillGroups: required('skillGroups'),
      occupations: required('occupations'),
      skills: taken(find('skills', lang)),
      collections,
      occupationSkillRelations: relation('occupationSkillRelations'),
      broaderRelationsSkillPillar: relation('broaderRelationsSkillPillar'),
      skillsHierarchy: taken(find('skillsHierarchy', lang)),
    };
    if (!result.skills && collections.length === 0) {
      throw new TaxonomyImportError(
        `skills_${lang}.csv not found, and no skill collection (*SkillsCollection_${lang}.csv) to use instead`,
      );
    }
    return result;
  });

  const ignored = classified
    .filter((c) => !used.has(c.file))
    .map((c): IgnoredFile => {
      const reason =
        c.kind === 'unused'
          ? unusedBases[c.base]!
          : c.kind === 'occupationCollection'
            ? 'occupation collections are not used'
            : c.lang && !(wanted as string[]).includes(c.lang)
              ? `language ${c.lang} not imported`
              : 'the same relations are read from another language’s file';
      return { file: c.file.name, reason };
    });
  return { languages: located, ignored };
}
