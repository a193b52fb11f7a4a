/**
 * Skill relatedness for matching: how much having skill A counts towards a wanted skill B.
 * Built in memory from the taxonomy once (a few hundred milliseconds for the full ESCO set) and
 * then answered in microseconds, with skill ids as strings.
 *
 * Sources, one hop only (a grandparent says too little):
 *  - broader:    B is a broader concept of A ("Python" → "computer programming")
 *  - narrower:   B is a narrower concept of A (the other way round: knowing the general concept
 *                says less about the specific one, so it weighs less)
 *  - sibling:    A and B share a broader skill or a skill group
 *  - co_occurrence: A and B are essential skills of the same occupations, weighted by the
 *                Jaccard overlap of those occupation sets
 * The strongest source wins; a skill is fully related (1) to itself.
 */
import { eq, isNotNull, or } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { occupationSkills, skillBroaderRelations, skillGroupMembers, skills } from '~/db/schema';

/** The weights, in one place. */
export const relatednessWeights = {
  same: 1,
  broader: 0.6,
  narrower: 0.5,
  sibling: 0.35,
  /** Co-occurrence weight = this × Jaccard(occupations of A, occupations of B). */
  coOccurrenceMax: 0.4,
  /** Weaker co-occurrences are noise (one shared occupation among dozens) and are left out. */
  coOccurrenceMin: 0.05,
} as const;

/**
 * A skill group this large (ESCO has catch-all groups of hundreds of skills) does not make its
 * members siblings: sharing it says almost nothing, and it would give every member hundreds of
 * "related" skills.
 */
export const maxSiblingGroupSize = 250;

export type RelationReason = 'broader' | 'narrower' | 'sibling' | 'co_occurrence';

export interface RelatedSkill {
  skillId: string;
  weight: number;
  reason: RelationReason;
}

export interface SkillGraph {
  /** 0..1, 1 = same skill. Symmetric except broader (0.6) versus narrower (0.5). */
  relatedness(a: string, b: string): number;
  /** Every related skill with its strongest reason, strongest first. */
  related(skillId: string): RelatedSkill[];
}

export interface SkillGraphInput {
  /** [skill, broader skill] */
  broader: Iterable<readonly [string, string]>;
  /** [skill, skill group] */
  groups: Iterable<readonly [string, string]>;
  /** [occupation, skill] for essential skills */
  essential: Iterable<readonly [string, string]>;
}

const emptyList: readonly number[] = [];

/** Builds the graph from plain pairs (also how it is unit-tested). Internally skills are small integers. */
export function buildSkillGraph(input: SkillGraphInput): SkillGraph {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const skillIndex = (id: string) => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
    }
    return i;
  };
  const push = (lists: number[][], at: number, value: number) => {
    const list = (lists[at] ??= []);
    if (!list.includes(value)) list.push(value);
  };

  const broaderOf: number[][] = [];
  const narrowerOf: number[][] = [];
  for (const [skill, broader] of input.broader) {
    if (skill === broader) continue;
    const s = skillIndex(skill);
    const b = skillIndex(broader);
    push(broaderOf, s, b);
    push(narrowerOf, b, s);
  }

  // Parents for siblings: broader skills and (not too large) skill groups, as integer keys.
  const groupIndex = new Map<string, number>();
  const groupMembers: number[][] = [];
  for (const [skill, group] of input.groups) {
    let g = groupIndex.get(group);
    if (g === undefined) groupIndex.set(group, (g = groupMembers.length));
    push(groupMembers, g, skillIndex(skill));
  }
  const groupsOf: number[][] = [];
  for (const [g, members] of groupMembers.entries()) {
    if (members.length > maxSiblingGroupSize) continue;
    for (const s of members) push(groupsOf, s, g);
  }

  const occupationIndex = new Map<string, number>();
  const occupationsOf: number[][] = [];
  const skillsOfOccupation: number[][] = [];
  for (const [occupation, skill] of input.essential) {
    let o = occupationIndex.get(occupation);
    if (o === undefined) occupationIndex.set(occupation, (o = skillsOfOccupation.length));
    const s = skillIndex(skill);
    push(occupationsOf, s, o);
    push(skillsOfOccupation, o, s);
  }
  for (const list of occupationsOf) list?.sort((x, y) => x - y);

  const listOf = (lists: number[][], i: number): readonly number[] => lists[i] ?? emptyList;

  /** Size of the intersection of two ascending lists. */
  const overlap = (a: readonly number[], b: readonly number[]) => {
    let i = 0;
    let j = 0;
    let shared = 0;
    while (i < a.length && j < b.length) {
      const x = a[i]!;
      const y = b[j]!;
      if (x === y) {
        shared += 1;
        i += 1;
        j += 1;
      } else if (x < y) i += 1;
      else j += 1;
    }
    return shared;
  };
  const coOccurrence = (a: number, b: number) => {
    const oa = listOf(occupationsOf, a);
    const ob = listOf(occupationsOf, b);
    if (oa.length === 0 || ob.length === 0) return 0;
    const shared = overlap(oa, ob);
    if (shared === 0) return 0;
    const weight = (relatednessWeights.coOccurrenceMax * shared) / (oa.length + ob.length - shared);
    return weight >= relatednessWeights.coOccurrenceMin ? weight : 0;
  };
  const shareParent = (a: number, b: number) => {
    const ba = listOf(broaderOf, a);
    if (ba.length > 0 && listOf(broaderOf, b).some((p) => ba.includes(p))) return true;
    const ga = listOf(groupsOf, a);
    return ga.length > 0 && listOf(groupsOf, b).some((g) => ga.includes(g));
  };

  function relatedness(a: string, b: string): number {
    if (a === b) return relatednessWeights.same;
    const ia = index.get(a);
    const ib = index.get(b);
    if (ia === undefined || ib === undefined) return 0;
    if (listOf(broaderOf, ia).includes(ib)) return relatednessWeights.broader;
    if (listOf(narrowerOf, ia).includes(ib)) return relatednessWeights.narrower;
    const co = coOccurrence(ia, ib);
    if (relatednessWeights.sibling > co && shareParent(ia, ib)) return relatednessWeights.sibling;
    return co;
  }

  // related() enumerates neighbourhoods (siblings and co-occurring skills can be hundreds), so it
  // is computed on first use per skill and remembered, within a bounded cache.
  const cache = new Map<string, RelatedSkill[]>();
  const maxCached = 5_000;

  function computeRelated(i: number): RelatedSkill[] {
    const best = new Map<number, { weight: number; reason: RelationReason }>();
    const offer = (j: number, weight: number, reason: RelationReason) => {
      if (j === i || weight <= 0) return;
      const current = best.get(j);
      if (!current || weight > current.weight) best.set(j, { weight, reason });
    };
    for (const b of listOf(broaderOf, i)) {
      offer(b, relatednessWeights.broader, 'broader');
      for (const sibling of listOf(narrowerOf, b)) offer(sibling, relatednessWeights.sibling, 'sibling');
    }
    for (const n of listOf(narrowerOf, i)) offer(n, relatednessWeights.narrower, 'narrower');
    for (const g of listOf(groupsOf, i)) {
      for (const sibling of listOf(groupMembers, g)) offer(sibling, relatednessWeights.sibling, 'sibling');
    }
    const coSkills = new Set<number>();
    for (const o of listOf(occupationsOf, i)) for (const s of listOf(skillsOfOccupation, o)) coSkills.add(s);
    for (const s of coSkills) offer(s, coOccurrence(i, s), 'co_occurrence');
    return [...best]
      .map(([j, { weight, reason }]) => ({ skillId: ids[j]!, weight, reason }))
      .sort((x, y) => y.weight - x.weight || (x.skillId < y.skillId ? -1 : 1));
  }

  function related(skillId: string): RelatedSkill[] {
    const cached = cache.get(skillId);
    if (cached) return cached;
    const i = index.get(skillId);
    if (i === undefined) return [];
    const list = computeRelated(i);
    if (cache.size >= maxCached) cache.clear();
    cache.set(skillId, list);
    return list;
  }

  return { relatedness, related };
}

/**
 * The skill hierarchy as pairs: the primary broader skill and skill group columns (the demo
 * taxonomy uses only those) and the link tables (ESCO's polyhierarchy).
 */
export async function loadSkillHierarchy(db: Database) {
  const [primary, broader, groups] = await Promise.all([
    db
      .select({ id: skills.id, broaderSkillId: skills.broaderSkillId, skillGroupId: skills.skillGroupId })
      .from(skills)
      .where(or(isNotNull(skills.broaderSkillId), isNotNull(skills.skillGroupId))),
    db
      .select({ skillId: skillBroaderRelations.skillId, broaderSkillId: skillBroaderRelations.broaderSkillId })
      .from(skillBroaderRelations),
    db
      .select({ skillId: skillGroupMembers.skillId, skillGroupId: skillGroupMembers.skillGroupId })
      .from(skillGroupMembers),
  ]);
  return {
    broader: [
      ...primary.flatMap((s) => (s.broaderSkillId ? [[s.id, s.broaderSkillId] as const] : [])),
      ...broader.map((r) => [r.skillId, r.broaderSkillId] as const),
    ],
    groups: [
      ...primary.flatMap((s) => (s.skillGroupId ? [[s.id, s.skillGroupId] as const] : [])),
      ...groups.map((r) => [r.skillId, r.skillGroupId] as const),
    ],
  };
}

/** Loads the graph from the taxonomy: the skill hierarchy and the essential occupation skills. */
export async function loadSkillGraph(db: Database): Promise<SkillGraph> {
  const [hierarchy, essential] = await Promise.all([
    loadSkillHierarchy(db),
    db
      .select({ occupationId: occupationSkills.occupationId, skillId: occupationSkills.skillId })
      .from(occupationSkills)
      .where(eq(occupationSkills.relation, 'essential')),
  ]);
  return buildSkillGraph({
    ...hierarchy,
    essential: essential.map((r) => [r.occupationId, r.skillId] as const),
  });
}
