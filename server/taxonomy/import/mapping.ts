/**
 * Pure mapping from ESCO CSV records (column name → value) to what the importer stages. No I/O,
 * so header handling, label splitting and validation are unit-tested on plain objects.
 */
import { RowError } from './errors';

/** The columns each file must have; every other column is optional and looked up by name. */
export const requiredColumns = {
  iscoGroups: ['conceptUri', 'code', 'preferredLabel'],
  skillGroups: ['conceptUri', 'preferredLabel'],
  skills: ['conceptUri', 'skillType', 'reuseLevel', 'preferredLabel'],
  collection: ['conceptUri', 'preferredLabel'],
  occupations: ['conceptUri', 'iscoGroup', 'preferredLabel'],
  occupationSkillRelations: ['occupationUri', 'relationType', 'skillUri'],
  broaderRelationsSkillPillar: ['conceptType', 'conceptUri', 'broaderUri'],
  skillsHierarchy: ['Level 0 URI', 'Level 1 URI', 'Level 2 URI', 'Level 3 URI'],
} as const satisfies Record<string, readonly string[]>;

type Values = Record<string, string | undefined>;

export interface IscoGroupRecord {
  code: string;
  uri: string;
  label: string;
}
export interface SkillGroupRecord {
  uri: string;
  code: string | null;
  label: string;
}
export type MappedSkillType = 'skill' | 'knowledge' | 'transversal';
export interface SkillRecord {
  uri: string;
  skillType: MappedSkillType;
  reuseLevel: string | null;
  label: string;
  altLabels: string[];
  description: string | null;
}
export interface CollectionSkillRecord extends SkillRecord {
  broaderUris: string[];
}
export interface OccupationRecord {
  uri: string;
  code: string;
  iscoGroup: string;
  label: string;
  altLabels: string[];
  description: string | null;
}
export interface OccupationSkillRecord {
  occupationUri: string;
  skillUri: string;
  relation: 'essential' | 'optional';
}
export interface BroaderRecord {
  kind: 'skill' | 'group';
  uri: string;
  broaderUri: string;
}

function text(values: Values, column: string): string {
  return (values[column] ?? '').trim();
}

function required(values: Values, column: string): string {
  const value = text(values, column);
  if (!value) throw new RowError(`${column} is empty`);
  return value;
}

const uriPattern = /^[a-z][a-z0-9+.-]*:\S+$/i;

function uri(values: Values, column: string): string {
  const value = required(values, column);
  if (!uriPattern.test(value)) throw new RowError(`${column} ${JSON.stringify(value)} is not a URI`);
  return value;
}

function optionalText(values: Values, column: string): string | null {
  return text(values, column) || null;
}

/**
 * Splits a label list. The main ESCO files put one label per line inside one quoted field; the
 * skill collection files join them with " | ". Trimmed, empty and duplicate labels dropped.
 */
export function splitLabels(field: string | undefined, separator: 'newline' | 'pipe' = 'newline'): string[] {
  if (!field) return [];
  const parts = field.split(separator === 'pipe' ? /\s+\|\s+|\r?\n/ : /\r?\n/);
  return [...new Set(parts.map((p) => p.trim()).filter(Boolean))];
}

/** Alternative labels without the preferred label (ESCO sometimes repeats it). */
export function altLabels(
  field: string | undefined,
  preferred: string,
  separator: 'newline' | 'pipe' = 'newline',
): string[] {
  return splitLabels(field, separator).filter((label) => label !== preferred);
}

/**
 * ESCO's skillType (knowledge | skill/competence) and reuseLevel onto the app's skill types:
 * knowledge stays knowledge, a transversal skill/competence is 'transversal', the rest 'skill'.
 * ('language' is decided later: membership of the language skills collection.)
 */
export function toSkillType(escoSkillType: string, reuseLevel: string): MappedSkillType {
  const type = escoSkillType.trim().toLowerCase();
  if (type === 'knowledge') return 'knowledge';
  if (type === 'skill/competence' || type === 'skill' || type === '') {
    return reuseLevel.trim().toLowerCase() === 'transversal' ? 'transversal' : 'skill';
  }
  throw new RowError(`skillType ${JSON.stringify(escoSkillType)} is not knowledge or skill/competence`);
}

const iscoCodePattern = /^\d{1,4}$/;

export function mapIscoGroup(values: Values): IscoGroupRecord {
  const code = required(values, 'code');
  if (!iscoCodePattern.test(code))
    throw new RowError(`code ${JSON.stringify(code)} is not an ISCO-08 code (1 to 4 digits)`);
  return { code, uri: uri(values, 'conceptUri'), label: required(values, 'preferredLabel') };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A skill group's code: the `code` column (newer releases), else the URI's last segment (S1.0.0, isced-f 0011) unless that is a UUID. */
export function skillGroupCode(values: Values, groupUri: string): string | null {
  const explicit = text(values, 'code');
  if (explicit) return explicit;
  const last = groupUri.split('/').pop() ?? '';
  return last && !uuidPattern.test(last) ? last : null;
}

export function mapSkillGroup(values: Values): SkillGroupRecord {
  const groupUri = uri(values, 'conceptUri');
  return { uri: groupUri, code: skillGroupCode(values, groupUri), label: required(values, 'preferredLabel') };
}

export function mapSkill(values: Values): SkillRecord {
  const label = required(values, 'preferredLabel');
  const reuseLevel = text(values, 'reuseLevel');
  return {
    uri: uri(values, 'conceptUri'),
    skillType: toSkillType(text(values, 'skillType'), reuseLevel),
    reuseLevel: reuseLevel || null,
    label,
    altLabels: altLabels(values.altLabels, label),
    description: optionalText(values, 'description'),
  };
}

/** A row of a skill collection file: a skill with " | "-joined labels and its broader concepts. */
export function mapCollectionSkill(values: Values): CollectionSkillRecord {
  const label = required(values, 'preferredLabel');
  const reuseLevel = text(values, 'reuseLevel');
  const broaderUris = splitLabels(values.broaderConceptUri, 'pipe');
  const invalid = broaderUris.find((u) => !uriPattern.test(u));
  if (invalid) throw new RowError(`broaderConceptUri ${JSON.stringify(invalid)} is not a URI`);
  return {
    uri: uri(values, 'conceptUri'),
    skillType: toSkillType(text(values, 'skillType'), reuseLevel),
    reuseLevel: reuseLevel || null,
    label,
    altLabels: altLabels(values.altLabels, label, 'pipe'),
    description: optionalText(values, 'description'),
    broaderUris,
  };
}

export function mapOccupation(values: Values): OccupationRecord {
  const iscoGroup = required(values, 'iscoGroup');
  if (!iscoCodePattern.test(iscoGroup)) {
    throw new RowError(`iscoGroup ${JSON.stringify(iscoGroup)} is not an ISCO-08 code (1 to 4 digits)`);
  }
  const label = required(values, 'preferredLabel');
  return {
    uri: uri(values, 'conceptUri'),
    // Releases before v1.1 have no `code` column; the ISCO group is the closest stable code then.
    code: text(values, 'code') || iscoGroup,
    iscoGroup,
    label,
    altLabels: altLabels(values.altLabels, label),
    description: optionalText(values, 'description'),
  };
}

export function mapOccupationSkill(values: Values): OccupationSkillRecord {
  const relation = required(values, 'relationType').toLowerCase();
  if (relation !== 'essential' && relation !== 'optional') {
    throw new RowError(`relationType ${JSON.stringify(relation)} is not essential or optional`);
  }
  return { occupationUri: uri(values, 'occupationUri'), skillUri: uri(values, 'skillUri'), relation };
}

/** A broader relation of the skill pillar; other concept types (none today) are skipped. */
export function mapBroaderRelation(values: Values): BroaderRecord | null {
  const conceptType = required(values, 'conceptType');
  const kind = conceptType === 'KnowledgeSkillCompetence' ? 'skill' : conceptType === 'SkillGroup' ? 'group' : null;
  if (!kind) return null;
  return { kind, uri: uri(values, 'conceptUri'), broaderUri: uri(values, 'broaderUri') };
}

/**
 * A row of skillsHierarchy_<lang>.csv lists a group and all its ancestors (Level 0 … 3); the row
 * contributes the link from its deepest group to the level above it.
 */
export function mapHierarchyRow(values: Values): { uri: string; parentUri: string } | null {
  const levels = [0, 1, 2, 3].map((level) => text(values, `Level ${level} URI`));
  const deepest = levels.findLastIndex(Boolean);
  if (deepest <= 0) return null;
  const parentUri = levels.slice(0, deepest).findLast(Boolean);
  if (!parentUri) return null;
  return { uri: levels[deepest]!, parentUri };
}
