import { describe, expect, it } from 'vitest';
import { buildSkillGraph, maxSiblingGroupSize, relatednessWeights } from '~/server/taxonomy/relatedness';

/*
 * A hand-made taxonomy:
 *   programming ← python, ← sql            (broader skill)
 *   group "software": python, sql, git      (skill group)
 *   occupations: developer (python, sql, git essential), analyst (sql, excel), data engineer (python, sql)
 *   welding stands alone in group "metal".
 */
const graph = buildSkillGraph({
  broader: [
    ['python', 'programming'],
    ['sql', 'programming'],
  ],
  groups: [
    ['python', 'software'],
    ['sql', 'software'],
    ['git', 'software'],
    ['welding', 'metal'],
  ],
  essential: [
    ['developer', 'python'],
    ['developer', 'sql'],
    ['developer', 'git'],
    ['analyst', 'sql'],
    ['analyst', 'excel'],
    ['data engineer', 'python'],
    ['data engineer', 'sql'],
  ],
});

describe('skill relatedness', () => {
  it('is 1 for the same skill and 0 for unrelated or unknown skills', () => {
    expect(graph.relatedness('python', 'python')).toBe(1);
    expect(graph.relatedness('python', 'welding')).toBe(0);
    expect(graph.relatedness('python', 'no such skill')).toBe(0);
  });

  it('weighs a broader skill more than a narrower one', () => {
    expect(graph.relatedness('python', 'programming')).toBe(relatednessWeights.broader);
    expect(graph.relatedness('programming', 'python')).toBe(relatednessWeights.narrower);
    expect(relatednessWeights.broader).toBeGreaterThan(relatednessWeights.narrower);
  });

  it('relates siblings under the same broader skill or skill group', () => {
    expect(graph.relatedness('git', 'python')).toBeGreaterThanOrEqual(relatednessWeights.sibling);
  });

  it('scales co-occurrence as essential skills by the Jaccard overlap of their occupations', () => {
    // python: developer, data engineer; sql: developer, analyst, data engineer → 2/3.
    const co = (relatednessWeights.coOccurrenceMax * 2) / 3;
    // The sibling weight (0.35) is above 0.4 × 2/3 ≈ 0.27, so the stronger reason wins.
    expect(graph.relatedness('python', 'sql')).toBeCloseTo(Math.max(co, relatednessWeights.sibling));
    // excel and sql share only the analyst: 1/3.
    expect(graph.relatedness('excel', 'sql')).toBeCloseTo(relatednessWeights.coOccurrenceMax / 3);
    expect(graph.relatedness('excel', 'sql')).toBe(graph.relatedness('sql', 'excel'));
  });

  it('lists related skills with their strongest reason, strongest first', () => {
    const related = graph.related('python');
    expect(related[0]).toEqual({ skillId: 'programming', weight: relatednessWeights.broader, reason: 'broader' });
    expect(related.find((r) => r.skillId === 'sql')?.reason).toBe('sibling');
    expect(related.find((r) => r.skillId === 'git')?.reason).toBe('sibling');
    expect(related.map((r) => r.skillId)).not.toContain('python');
    expect(related.map((r) => r.skillId)).not.toContain('welding');
    expect(graph.related('excel')).toEqual([
      { skillId: 'sql', weight: relatednessWeights.coOccurrenceMax / 3, reason: 'co_occurrence' },
    ]);
    expect(graph.related('programming').map((r) => [r.skillId, r.reason])).toEqual([
      ['python', 'narrower'],
      ['sql', 'narrower'],
    ]);
  });

  it('agrees between related() and relatedness()', () => {
    for (const skill of ['python', 'sql', 'git', 'excel', 'programming']) {
      for (const r of graph.related(skill)) expect(graph.relatedness(skill, r.skillId)).toBeCloseTo(r.weight);
    }
  });

  it('does not make the members of a catch-all group siblings', () => {
    const members = Array.from({ length: maxSiblingGroupSize + 1 }, (_, i) => [`s${i}`, 'everything'] as const);
    const big = buildSkillGraph({ broader: [], groups: members, essential: [] });
    expect(big.relatedness('s1', 's2')).toBe(0);
    expect(big.related('s1')).toEqual([]);
  });

  it('stays symmetric where it should and within 0–1 on an ESCO-sized graph', () => {
    // Speed is measured in bench/, not here; this checks the big graph still behaves.
    const skills = 14_000;
    const essential: [string, string][] = [];
    for (let o = 0; o < 3_000; o += 1)
      for (let k = 0; k < 22; k += 1) essential.push([`o${o}`, `s${(o * 7 + k * 131) % skills}`]);
    const groups = Array.from({ length: skills }, (_, i) => [`s${i}`, `g${i % 600}`] as const);
    const big = buildSkillGraph({ broader: [], groups, essential });
    let related = 0;
    for (let i = 0; i < 5_000; i += 1) {
      const a = `s${i % skills}`;
      const b = `s${(i * 13) % skills}`;
      const weight = big.relatedness(a, b);
      expect(weight).toBeGreaterThanOrEqual(0);
      expect(weight).toBeLessThanOrEqual(1);
      // Without broader links every reason (sibling, co-occurrence) is symmetric.
      expect(big.relatedness(b, a)).toBe(weight);
      if (weight > 0) related += 1;
    }
    expect(related).toBeGreaterThan(0);
  });
});
