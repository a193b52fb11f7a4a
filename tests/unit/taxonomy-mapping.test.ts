import { describe, expect, it } from 'vitest';
import { RowError } from '~/server/taxonomy/import/errors';
import {
  altLabels,
  mapBroaderRelation,
  mapCollectionSkill,
  mapHierarchyRow,
  mapIscoGroup,
  mapOccupation,
  mapOccupationSkill,
  mapSkill,
  mapSkillGroup,
  splitLabels,
  toSkillType,
} from '~/server/taxonomy/import/mapping';

const skillUri = 'http://data.europa.eu/esco/skill/0a6fbd0e-2a3c-4b4e-9b43-4a4c1f0b7f01';

describe('label lists', () => {
  it('splits the newline-separated labels of one quoted field, trimming and dropping blanks and duplicates', () => {
    expect(splitLabels('lassen\n booglassen \r\n\nlassen\n')).toEqual(['lassen', 'booglassen']);
    expect(splitLabels('')).toEqual([]);
    expect(splitLabels(undefined)).toEqual([]);
  });

  it('splits the " | " lists of the skill collection files, but not a bar inside a label', () => {
    expect(splitLabels('apply e-services | use e-services', 'pipe')).toEqual(['apply e-services', 'use e-services']);
    expect(splitLabels('C|C++', 'pipe')).toEqual(['C|C++']);
  });

  it('leaves the preferred label out of the alternative labels', () => {
    expect(altLabels('welding\nweld metal parts', 'weld metal parts')).toEqual(['welding']);
  });
});

describe('skill rows', () => {
  const row = {
    conceptType: 'KnowledgeSkillCompetence',
    conceptUri: skillUri,
    skillType: 'skill/competence',
    reuseLevel: 'sector-specific',
    preferredLabel: ' metalen onderdelen lassen ',
    altLabels: 'lassen\nbooglassen',
    description: 'Metalen verbinden.',
    someNewColumn: 'ignored',
  };

  it('maps by column name, whatever else the row has', () => {
    expect(mapSkill(row)).toEqual({
      uri: skillUri,
      skillType: 'skill',
      reuseLevel: 'sector-specific',
      label: 'metalen onderdelen lassen',
      altLabels: ['lassen', 'booglassen'],
      description: 'Metalen verbinden.',
    });
  });

  it('maps ESCO skill types and reuse levels onto the app skill types', () => {
    expect(toSkillType('knowledge', 'transversal')).toBe('knowledge');
    expect(toSkillType('skill/competence', 'transversal')).toBe('transversal');
    expect(toSkillType('skill/competence', 'cross-sector')).toBe('skill');
    expect(toSkillType('', '')).toBe('skill');
    expect(() => toSkillType('attitude', '')).toThrow(RowError);
  });

  it('rejects a row without a URI or label, saying which column', () => {
    expect(() => mapSkill({ ...row, conceptUri: '' })).toThrow('conceptUri is empty');
    expect(() => mapSkill({ ...row, conceptUri: 'not a uri' })).toThrow('is not a URI');
    expect(() => mapSkill({ ...row, preferredLabel: '  ' })).toThrow('preferredLabel is empty');
  });

  it('reads a collection row with its " | " labels and broader concepts', () => {
    const mapped = mapCollectionSkill({
      conceptUri: skillUri,
      skillType: 'skill/competence',
      reuseLevel: 'transversal',
      preferredLabel: 'solve technical problems',
      altLabels: 'fix problems | troubleshoot',
      broaderConceptUri:
        'http://data.europa.eu/esco/skill/S5.2.3 | http://data.europa.eu/esco/skill/7e5147d1-60b1-4a68-804b-1f5cb0396b91',
    });
    expect(mapped.altLabels).toEqual(['fix problems', 'troubleshoot']);
    expect(mapped.skillType).toBe('transversal');
    expect(mapped.broaderUris).toHaveLength(2);
  });
});

describe('other files', () => {
  it('maps ISCO groups and refuses a code that is not ISCO-08', () => {
    expect(
      mapIscoGroup({ conceptUri: 'http://data.europa.eu/esco/isco/C7212', code: '7212', preferredLabel: 'Welders' }),
    ).toEqual({
      code: '7212',
      uri: 'http://data.europa.eu/esco/isco/C7212',
      label: 'Welders',
    });
    expect(() => mapIscoGroup({ conceptUri: 'http://x/y', code: '72A', preferredLabel: 'x' })).toThrow(
      'not an ISCO-08 code',
    );
  });

  it("takes a skill group's code from the code column, else from its URI unless that is a UUID", () => {
    expect(mapSkillGroup({ conceptUri: 'http://data.europa.eu/esco/skill/S1.0.0', preferredLabel: 'x' }).code).toBe(
      'S1.0.0',
    );
    expect(mapSkillGroup({ conceptUri: 'http://data.europa.eu/esco/isced-f/0011', preferredLabel: 'x' }).code).toBe(
      '0011',
    );
    expect(
      mapSkillGroup({ conceptUri: 'http://data.europa.eu/esco/isced-f/0011', preferredLabel: 'x', code: '0011b' }).code,
    ).toBe('0011b');
    expect(
      mapSkillGroup({
        conceptUri: `http://data.europa.eu/esco/skill/${'a'.repeat(8)}-aaaa-4aaa-8aaa-${'a'.repeat(12)}`,
        preferredLabel: 'x',
      }).code,
    ).toBeNull();
  });

  it('uses the occupation code column when the release has one, the ISCO group otherwise', () => {
    const base = {
      conceptUri: 'http://data.europa.eu/esco/occupation/x',
      iscoGroup: '7212',
      preferredLabel: 'welder',
      altLabels: 'arc welder\nwelder',
    };
    expect(mapOccupation({ ...base, code: '7212.1' }).code).toBe('7212.1');
    expect(mapOccupation(base)).toMatchObject({ code: '7212', altLabels: ['arc welder'] });
  });

  it('maps relation types and refuses unknown ones', () => {
    const base = { occupationUri: 'http://data.europa.eu/esco/occupation/x', skillUri, relationType: 'Essential' };
    expect(mapOccupationSkill(base).relation).toBe('essential');
    expect(() => mapOccupationSkill({ ...base, relationType: 'nice to have' })).toThrow('relationType');
  });

  it('tells skill and group broader relations apart and skips other concept types', () => {
    const b = { conceptUri: skillUri, broaderUri: 'http://data.europa.eu/esco/skill/S6.4' };
    expect(mapBroaderRelation({ ...b, conceptType: 'KnowledgeSkillCompetence' })?.kind).toBe('skill');
    expect(mapBroaderRelation({ ...b, conceptType: 'SkillGroup' })?.kind).toBe('group');
    expect(mapBroaderRelation({ ...b, conceptType: 'Occupation' })).toBeNull();
  });

  it('links the deepest level of a skillsHierarchy row to the level above', () => {
    const row = { 'Level 0 URI': 'u:S', 'Level 1 URI': 'u:S1', 'Level 2 URI': 'u:S1.0', 'Level 3 URI': '' };
    expect(mapHierarchyRow(row)).toEqual({ uri: 'u:S1.0', parentUri: 'u:S1' });
    expect(mapHierarchyRow({ ...row, 'Level 1 URI': '', 'Level 2 URI': '' })).toBeNull();
  });
});
