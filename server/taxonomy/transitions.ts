/**
 * Occupation transition paths: from what a person knows (the skills of their occupations), the
 * occupations they could move to, ranked. Asymmetric on purpose: what matters is how much of the
 * *target's* requirements the person already covers, not how much of their own job the target
 * uses (a welder covers most of what a metal-fitting assistant needs, not the other way round).
 *
 * Built in memory from the taxonomy once (a second or so for the full ESCO set), then answered
 * by one pass over every occupation (a few milliseconds). Everything it uses is what a region has
 * offline: skills and their relations, skill hierarchy and groups, ISCO codes and ESCO's
 * occupation codes, labels and descriptions. Score of a target B for a person knowing K:
 *
 *   coverage(K, B)  the share of B's skills K covers, each skill weighted by its specificity
 *                   (IDF over occupations: "teamwork" says little, "weld metal" a lot), B's
 *                   optional skills at `optionalTarget` weight; a skill K does not have but a
 *                   close one (broader, narrower, same parent) counts partly ("near miss")
 *   + classification  how close B sits in ISCO / ESCO's occupation tree (same 4-digit group,
 *                   same ESCO branch, ...)
 *   + text          TF-IDF cosine of labels and descriptions
 * Weights live in `transitionWeights`; they were tuned on the development half of O*NET's
 * related occupations (bench/transition-paths.ts) and kept few and round.
 */

/** The weights, in one place. */
export const transitionWeights = {
  /** A skill the person has only as an optional skill of their occupation counts this much. */
  optionalKnown: 0.6,
  /** A target's optional skills count this much next to its essential ones. */
  optionalTarget: 0.3,
  /** A missing skill whose broader or narrower skill is known counts this much. */
  nearMissHierarchy: 0.5,
  /** A missing skill sharing a broader skill or a (small) skill group with a known one. */
  nearMissSibling: 0.25,
  /**
   * Coverage = covered mass ÷ (target mass + this share of the average target's mass): a target
   * naming three skills proves less than one naming thirty, so a tiny skill list cannot win on
   * its own. Relative to the average, so a small taxonomy is judged like the full one.
   */
  coveragePrior: 0.4,
  /** Weight of classification proximity (0..1) in the total. */
  classification: 0.15,
  /** Weight of label and description similarity (0..1) in the total. */
  text: 0.6,
} as const;

/** A skill group this large says nothing about its members being alike (see relatedness.ts). */
const maxSiblingGroupSize = 250;

export interface TransitionOccupation {
  id: string;
  /** ESCO occupation code, e.g. "7212.1.3" (ISCO unit group, then ESCO's own levels). */
  code: string;
  iscoGroup: string;
  /** Labels and description in one language (the same for every occupation), for text similarity. */
  text: { labels: string[]; description: string | null };
}

export interface TransitionTaxonomy {
  occupations: Iterable<TransitionOccupation>;
  /** [occupation, skill, relation] */
  occupationSkills: Iterable<readonly [string, string, 'essential' | 'optional']>;
  /** [skill, broader skill] */
  broader: Iterable<readonly [string, string]>;
  /** [skill, skill group] */
  groups: Iterable<readonly [string, string]>;
}

export interface TransitionPath {
  occupationId: string;
  /** 0..1-ish, higher is closer; only for ordering. */
  score: number;
  /** Share (0..1) of the target's essential skills the person already has. */
  coverage: number;
  /** The target's essential skills the person has, most specific first. */
  coveredSkillIds: string[];
  /** The target's essential skills still to learn, most specific first. */
  missingSkillIds: string[];
}

export interface TransitionQuery {
  /** The occupations the person held (current and past). */
  occupationIds: readonly string[];
  /** Skills the person has besides their occupations' (e.g. their profile). */
  skillIds?: readonly string[];
  limit?: number;
  /** Occupations not to propose besides the sources themselves. */
  exclude?: ReadonlySet<string>;
}

export interface TransitionIndex {
  readonly occupationCount: number;
  has(occupationId: string): boolean;
  /** The ranked paths; sources and unknown ids are left out; ties broken by id. */
  pathsFrom(query: TransitionQuery): TransitionPath[];
  /** The score of every occupation for the query (for evaluation): [occupationId, score], unordered. */
  scoresFrom(query: TransitionQuery): Array<[string, number]>;
}

const stopWords = new Set(
  'and the for with from into that this their they them other such are was were has have not its also than then which who whom will can may all any each per use used using including include includes within under over between about'.split(
    ' ',
  ),
);

/** Lower-case words of 3+ letters, a plural "s" dropped, stop words out. */
export function textTerms(text: string): string[] {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z]+/);
  const terms: string[] = [];
  for (const w of words) {
    if (w.length < 3 || stopWords.has(w)) continue;
    terms.push(w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  }
  return terms;
}

/** Closeness in the classification: ISCO digits shared, then ESCO's own levels below the unit group. */
function classificationProximity(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared += 1;
  if (shared === 0) return 0;
  // 1..4 ISCO digits → 0.1, 0.3, 0.6, 0.8; each shared ESCO level below → up to 1.
  const isco = [0, 0.1, 0.3, 0.6, 0.8][Math.min(shared, 4)]!;
  return shared <= 4 ? isco : Math.min(1, isco + 0.1 * (shared - 4));
}

/** "7212.1.3" with ISCO group "7212" → ["7","2","1","2","1","3"]. */
function classificationPath(code: string, iscoGroup: string): string[] {
  const digits = iscoGroup.replace(/\D/g, '').split('');
  const levels = code.startsWith(iscoGroup) ? code.slice(iscoGroup.length).split('.').filter(Boolean) : [];
  return [...digits, ...levels];
}

export type TransitionWeights = { [K in keyof typeof transitionWeights]: number };

export function buildTransitionIndex(
  taxonomy: TransitionTaxonomy,
  w: TransitionWeights = transitionWeights,
): TransitionIndex {
  const occIndex = new Map<string, number>();
  const occIds: string[] = [];
  const paths: string[][] = [];
  const docs: string[][] = [];
  for (const o of taxonomy.occupations) {
    if (occIndex.has(o.id)) continue;
    occIndex.set(o.id, occIds.length);
    occIds.push(o.id);
    paths.push(classificationPath(o.code, o.iscoGroup));
    docs.push([...o.text.labels.flatMap(textTerms), ...textTerms(o.text.description ?? '')]);
  }
  const n = occIds.length;

  const skillIndex = new Map<string, number>();
  const skillIds: string[] = [];
  const skillOf = (id: string) => {
    let i = skillIndex.get(id);
    if (i === undefined) {
      i = skillIds.length;
      skillIndex.set(id, i);
      skillIds.push(id);
    }
    return i;
  };

  const essentialOf: number[][] = Array.from({ length: n }, () => []);
  const optionalOf: number[][] = Array.from({ length: n }, () => []);
  for (const [occupation, skill, relation] of taxonomy.occupationSkills) {
    const o = occIndex.get(occupation);
    if (o === undefined) continue;
    const s = skillOf(skill);
    const list = relation === 'essential' ? essentialOf[o]! : optionalOf[o]!;
    if (!list.includes(s)) list.push(s);
  }
  for (let o = 0; o < n; o += 1) {
    const essential = new Set(essentialOf[o]);
    optionalOf[o] = optionalOf[o]!.filter((s) => !essential.has(s));
  }

  // Specificity: IDF over occupations that name the skill at all.
  const df = new Float64Array(skillIds.length);
  for (let o = 0; o < n; o += 1) {
    for (const s of essentialOf[o]!) df[s]! += 1;
    for (const s of optionalOf[o]!) df[s]! += 1;
  }
  const idf = Float64Array.from(df, (d) => Math.log((n + 1) / (d + 1)) + 1);
  const byIdf = (a: number, b: number) => idf[b]! - idf[a]! || a - b;
  for (const list of essentialOf) list.sort(byIdf);
  const targetMass = Float64Array.from({ length: n }, (_, o) => {
    let m = 0;
    for (const s of essentialOf[o]!) m += idf[s]!;
    for (const s of optionalOf[o]!) m += w.optionalTarget * idf[s]!;
    return m;
  });
  const prior = n > 0 ? (w.coveragePrior * targetMass.reduce((sum, m) => sum + m, 0)) / n : 0;

  // Near misses: broader/narrower skills and siblings (same broader skill or small group).
  const hierarchyOf: number[][] = [];
  const childrenOf = new Map<number, number[]>();
  const push = (lists: number[][], at: number, v: number) => {
    const l = (lists[at] ??= []);
    if (!l.includes(v)) l.push(v);
  };
  for (const [skill, broader] of taxonomy.broader) {
    if (skill === broader) continue;
    const s = skillOf(skill);
    const b = skillOf(broader);
    push(hierarchyOf, s, b);
    push(hierarchyOf, b, s);
    const kids = childrenOf.get(b) ?? [];
    if (!kids.includes(s)) kids.push(s);
    childrenOf.set(b, kids);
  }
  const groupMembers = new Map<string, number[]>();
  for (const [skill, group] of taxonomy.groups) {
    const members = groupMembers.get(group) ?? [];
    const s = skillOf(skill);
    if (!members.includes(s)) members.push(s);
    groupMembers.set(group, members);
  }
  const siblingSets: number[][] = [...childrenOf.values()];
  for (const members of groupMembers.values()) if (members.length <= maxSiblingGroupSize) siblingSets.push(members);
  const siblingSetsOf: number[][] = [];
  siblingSets.forEach((members, i) => members.forEach((s) => push(siblingSetsOf, s, i)));

  // TF-IDF vectors of the texts, L2-normalised, as sorted (term, weight) arrays.
  const termIndex = new Map<string, number>();
  const termDf: number[] = [];
  const termCounts = docs.map((doc) => {
    const counts = new Map<number, number>();
    for (const word of doc) {
      let t = termIndex.get(word);
      if (t === undefined) {
        t = termDf.length;
        termIndex.set(word, t);
        termDf.push(0);
      }
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    for (const t of counts.keys()) termDf[t]! += 1;
    return counts;
  });
  const textTermsOf: Int32Array[] = [];
  const textWeightsOf: Float64Array[] = [];
  for (const counts of termCounts) {
    const entries = [...counts].map(([t, c]) => [t, (1 + Math.log(c)) * Math.log((n + 1) / (termDf[t]! + 1))] as const);
    const norm = Math.sqrt(entries.reduce((sum, [, v]) => sum + v * v, 0)) || 1;
    textTermsOf.push(Int32Array.from(entries, ([t]) => t));
    textWeightsOf.push(Float64Array.from(entries, ([, v]) => v / norm));
  }

  // Scratch arrays reused by every query (queries are synchronous, so never shared).
  const have = new Float64Array(skillIds.length);
  const queryText = new Float64Array(termDf.length);

  function prepare(query: TransitionQuery): { sources: number[] } {
    have.fill(0);
    queryText.fill(0);
    const sources = query.occupationIds.flatMap((id) => {
      const o = occIndex.get(id);
      return o === undefined ? [] : [o];
    });
    const raise = (s: number, v: number) => {
      if (have[s]! < v) have[s] = v;
    };
    const known: number[] = [];
    for (const o of sources) {
      for (const s of essentialOf[o]!) known.push(s);
      for (const s of optionalOf[o]!) raise(s, w.optionalKnown);
      const terms = textTermsOf[o]!;
      const weights = textWeightsOf[o]!;
      for (let k = 0; k < terms.length; k += 1) queryText[terms[k]!] = Math.max(queryText[terms[k]!]!, weights[k]!);
    }
    for (const id of query.skillIds ?? []) {
      const s = skillIndex.get(id);
      if (s !== undefined) known.push(s);
    }
    for (const s of known) {
      for (const r of hierarchyOf[s] ?? []) raise(r, w.nearMissHierarchy);
      for (const set of siblingSetsOf[s] ?? []) for (const r of siblingSets[set]!) raise(r, w.nearMissSibling);
    }
    for (const s of known) have[s] = 1;
    if (sources.length > 1) {
      let norm = 0;
      for (const v of queryText) norm += v * v;
      norm = Math.sqrt(norm) || 1;
      for (let t = 0; t < queryText.length; t += 1) if (queryText[t]) queryText[t] = queryText[t]! / norm;
    }
    return { sources };
  }

  function scoreOf(b: number, sources: readonly number[]): number {
    let covered = 0;
    for (const s of essentialOf[b]!) covered += idf[s]! * have[s]!;
    for (const s of optionalOf[b]!) covered += w.optionalTarget * idf[s]! * have[s]!;
    const coverage = targetMass[b]! > 0 ? covered / (targetMass[b]! + prior) : 0;
    let classification = 0;
    for (const a of sources) classification = Math.max(classification, classificationProximity(paths[a]!, paths[b]!));
    let text = 0;
    const terms = textTermsOf[b]!;
    const weights = textWeightsOf[b]!;
    for (let k = 0; k < terms.length; k += 1) text += queryText[terms[k]!]! * weights[k]!;
    return coverage + w.classification * classification + w.text * text;
  }

  function scoresFrom(query: TransitionQuery): Array<[string, number]> {
    const { sources } = prepare(query);
    const skip = new Set(sources);
    const out: Array<[string, number]> = [];
    for (let b = 0; b < n; b += 1) {
      if (skip.has(b) || query.exclude?.has(occIds[b]!)) continue;
      out.push([occIds[b]!, scoreOf(b, sources)]);
    }
    return out;
  }

  function pathsFrom(query: TransitionQuery): TransitionPath[] {
    const limit = query.limit ?? 20;
    const { sources } = prepare(query);
    if (sources.length === 0 && (query.skillIds ?? []).length === 0) return [];
    const skip = new Set(sources);
    // Keep the best `limit` in a small sorted array: n is a few thousand, limit a few dozen.
    const best: Array<{ b: number; score: number }> = [];
    const worse = (x: { b: number; score: number }, y: { b: number; score: number }) =>
      x.score < y.score || (x.score === y.score && occIds[x.b]! > occIds[y.b]!);
    for (let b = 0; b < n; b += 1) {
      if (skip.has(b) || query.exclude?.has(occIds[b]!)) continue;
      const entry = { b, score: scoreOf(b, sources) };
      if (best.length === limit && !worse(best[best.length - 1]!, entry)) continue;
      let at = best.length;
      while (at > 0 && worse(best[at - 1]!, entry)) at -= 1;
      best.splice(at, 0, entry);
      if (best.length > limit) best.pop();
    }
    return best.map(({ b, score }) => {
      const covered: string[] = [];
      const missing: string[] = [];
      let mass = 0;
      let coveredMass = 0;
      for (const s of essentialOf[b]!) {
        mass += idf[s]!;
        if (have[s] === 1) {
          covered.push(skillIds[s]!);
          coveredMass += idf[s]!;
        } else missing.push(skillIds[s]!);
      }
      return {
        occupationId: occIds[b]!,
        score,
        coverage: mass > 0 ? coveredMass / mass : 0,
        coveredSkillIds: covered,
        missingSkillIds: missing,
      };
    });
  }

  return {
    occupationCount: n,
    has: (id) => occIndex.has(id),
    pathsFrom,
    scoresFrom,
  };
}
