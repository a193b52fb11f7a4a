/**
 * Reads the located ESCO files into the staging tables, one streamed pass per file.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { queryCount } from '~/server/taxonomy/sql';
import { mapCsv } from './csv';
import type { IgnoredFile, LanguageFiles } from './files';
import type { EscoFile } from './sources';
import {
  mapBroaderRelation,
  mapCollectionSkill,
  mapHierarchyRow,
  mapIscoGroup,
  mapOccupation,
  mapOccupationSkill,
  mapSkill,
  mapSkillGroup,
  requiredColumns,
} from './mapping';
import { FileProgress, type ProgressListener } from './progress';
import { StageWriter, type StageTable } from './staging';
import type { FileRead } from './summary';

/** What the staged files can vouch for, which decides what the merge may change or remove. */
export interface StagedSources {
  files: FileRead[];
  /** A complete skills_<lang>.csv was read: skills missing from it have disappeared from ESCO. */
  completeSkillList: boolean;
  /** Broader relations or skill collections said where skills sit in the hierarchy. */
  skillHierarchy: boolean;
  /** The broader-relations file or skillsHierarchy said where skill groups sit. */
  groupHierarchy: boolean;
  occupationSkillRelations: boolean;
  /** Files located but not read: the same relations in a second language, or a labels-only import's hierarchy. */
  notRead: IgnoredFile[];
}

/**
 * Whether a complete skills list (skills_<lang>.csv with its relation files) was imported before.
 * Then an import with skill collections only (the partial Dutch files) brings their labels and
 * nothing else: the collections' broader concepts are a small part of the hierarchy, and
 * skillsHierarchy alone would re-pick the parents of groups that have several.
 */
async function hadCompleteImport(db: Database): Promise<boolean> {
  const n = await queryCount(
    db,
    sql`select count(*)::int as n from taxonomy_imports where (summary->>'completeSkillList')::boolean`,
  );
  return n > 0;
}

const languageCollection = 'languageSkillsCollection';

export async function stageEscoFiles(
  db: Database,
  languages: LanguageFiles[],
  listener: ProgressListener | undefined,
): Promise<StagedSources> {
  const files: FileRead[] = [];
  const writers = new Map<StageTable, StageWriter<StageTable>>();
  const writer = <T extends StageTable>(table: T) => {
    let w = writers.get(table);
    if (!w) writers.set(table, (w = new StageWriter(db, table)));
    return w as unknown as StageWriter<T>;
  };

  /** Streams one file through a mapper into the staging writers, with progress. */
  async function read<T>(
    file: EscoFile,
    columns: readonly string[],
    map: (values: Record<string, string>) => T | null,
    sink: (value: T, line: number, fileName: string) => Promise<void>,
    options: { ragged?: boolean } = {},
  ) {
    const progress = new FileProgress(listener, file.location);
    const fileName = file.name;
    // Every record counts towards progress, also those the mapper skips (e.g. a pillar's own row).
    const countedMap = (values: Record<string, string>) => {
      progress.row();
      return map(values);
    };
    await mapCsv(file, columns, countedMap, (value, line) => sink(value, line, fileName), options);
    files.push(progress.done());
  }

  const primary = languages[0];
  if (!primary) throw new Error('no language to import');
  const firstWith = (key: 'occupationSkillRelations' | 'broaderRelationsSkillPillar' | 'skillsHierarchy') =>
    languages.find((l) => l[key])?.[key];
  // Any language with the full skills list makes the list complete (URIs are shared by all
  // languages). Only without any full list do the collections' broader concepts stand in for the
  // hierarchy, and then only as the first such language gives them (they are the same in all).
  const completeSkillList = languages.some((l) => l.skills);
  const broaderFile = firstWith('broaderRelationsSkillPillar');
  const labelsOnly = !completeSkillList && !broaderFile && (await hadCompleteImport(db));
  const collectionHierarchy = !completeSkillList && !broaderFile && !labelsOnly;

  for (const [langRank, language] of languages.entries()) {
    const { lang } = language;
    await read(language.iscoGroups, requiredColumns.iscoGroups, mapIscoGroup, (g, line, file) =>
      writer('esco_stage_isco').add({ code: g.code, lang, uri: g.uri, label: g.label, file, line }),
    );
    await read(language.skillGroups, requiredColumns.skillGroups, mapSkillGroup, (g, line, file) =>
      writer('esco_stage_group').add({ uri: g.uri, lang, code: g.code, label: g.label, file, line }),
    );
    if (language.skills) {
      await read(language.skills, requiredColumns.skills, mapSkill, (s, line, file) =>
        writer('esco_stage_skill').add({
          uri: s.uri,
          lang,
          lang_rank: langRank,
          source_rank: 0,
          skill_type: s.skillType,
          reuse_level: s.reuseLevel,
          label: s.label,
          alt_labels: s.altLabels,
          description: s.description,
          file,
          line,
        }),
      );
    }
    for (const collection of language.collections) {
      // With the full skills list, a collection only tells which skills are languages. Without
      // it (a partial download), the collections are the skills, with their broader concepts.
      const useAsSkills = !language.skills;
      if (!useAsSkills && collection.name !== languageCollection) continue;
      await read(collection.file, requiredColumns.collection, mapCollectionSkill, async (s, line, file) => {
        if (collection.name === languageCollection) await writer('esco_stage_language_skill').add({ uri: s.uri });
        if (!useAsSkills) return;
        await writer('esco_stage_skill').add({
          uri: s.uri,
          lang,
          lang_rank: langRank,
          source_rank: 1,
          skill_type: s.skillType,
          reuse_level: s.reuseLevel,
          label: s.label,
          alt_labels: s.altLabels,
          description: s.description,
          file,
          line,
        });
        if (collectionHierarchy && langRank === 0) {
          for (const broaderUri of s.broaderUris) {
            await writer('esco_stage_skill_broader').add({
              uri: s.uri,
              broader_uri: broaderUri,
              source_rank: 1,
              file,
              line,
            });
          }
        }
      });
    }
    await read(language.occupations, requiredColumns.occupations, mapOccupation, (o, line, file) =>
      writer('esco_stage_occupation').add({
        uri: o.uri,
        lang,
        lang_rank: langRank,
        code: o.code,
        isco_group: o.iscoGroup,
        label: o.label,
        alt_labels: o.altLabels,
        description: o.description,
        file,
        line,
      }),
    );
  }

  // Relations hold URIs only: the same in every language, so read once.
  if (broaderFile) {
    await read(broaderFile, requiredColumns.broaderRelationsSkillPillar, mapBroaderRelation, async (b, line, file) => {
      const row = { uri: b.uri, source_rank: 0, file, line };
      if (b.kind === 'group') await writer('esco_stage_group_parent').add({ ...row, parent_uri: b.broaderUri });
      else await writer('esco_stage_skill_broader').add({ ...row, broader_uri: b.broaderUri });
    });
  }
  const hierarchyFile = labelsOnly ? undefined : firstWith('skillsHierarchy');
  if (hierarchyFile) {
    await read(
      hierarchyFile,
      requiredColumns.skillsHierarchy,
      mapHierarchyRow,
      (h, line, file) =>
        writer('esco_stage_group_parent').add({ uri: h.uri, parent_uri: h.parentUri, source_rank: 1, file, line }),
      { ragged: true },
    );
  }
  const relationsFile = firstWith('occupationSkillRelations');
  if (relationsFile) {
    await read(relationsFile, requiredColumns.occupationSkillRelations, mapOccupationSkill, (r, line, file) =>
      writer('esco_stage_occupation_skill').add({
        occupation_uri: r.occupationUri,
        skill_uri: r.skillUri,
        relation: r.relation,
        file,
        line,
      }),
    );
  }
  for (const w of writers.values()) await w.flush();

  const readFiles = new Set(files.map((f) => f.file));
  const notRead: IgnoredFile[] = [];
  for (const language of languages) {
    for (const file of [
      language.occupationSkillRelations,
      language.broaderRelationsSkillPillar,
      language.skillsHierarchy,
    ]) {
      if (!file || readFiles.has(file.location) || notRead.some((n) => n.file === file.name)) continue;
      notRead.push({
        file: file.name,
        reason: labelsOnly
          ? 'skill collections after a complete import bring labels only: the hierarchy stays as it is'
          : 'the same relations were read from another file',
      });
    }
  }

  return {
    files,
    completeSkillList,
    skillHierarchy: Boolean(broaderFile) || collectionHierarchy,
    groupHierarchy: Boolean(broaderFile || hierarchyFile),
    occupationSkillRelations: Boolean(relationsFile),
    notRead,
  };
}
