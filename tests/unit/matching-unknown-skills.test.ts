/**
 * A vacancy that lists no required skills is not a perfect fit for everyone (issue 12 §4.1):
 * on the real ESCO v1.1.1 occupations and their essential skills, a worker who holds their
 * occupation's essential skills gets that occupation's vacancy ranked above a vacancy without
 * skills, and above one that lists only optional skills.
 *
 * The occupations and relations are read straight from the official zips in
 * ../shared/data/esco-v1.1.1 (scoring is pure: no database needed); without them this file is
 * skipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { explainMatch } from '~/server/matching/explain';
import { match, type MatchContext, type MatchVacancy, type MatchWorker } from '~/server/matching/score';
import { VacancyIndex } from '~/server/matching/vacancy-index';
import { explanationLines } from '~/i18n/explanation';

const escoDir = path.join(process.cwd(), '..', 'shared', 'data', 'esco-v1.1.1');
const classification = path.join(escoDir, 'ESCO-v1.1.1-classification-en-csv.zip');
const relations = path.join(escoDir, 'ESCO-v1.1.1-relations-csv.zip');
const haveEsco = existsSync(classification) && existsSync(relations);
if (!haveEsco) console.warn(`matching-unknown-skills: skipped — the ESCO v1.1.1 zips are not in ${escoDir}`);

const sampleSize = 300;

function readZipped(zip: string, file: string): Record<string, string>[] {
  const text = execFileSync('unzip', ['-p', zip, file], { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
  return parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
}

/** mulberry32: the same sample of occupations on every run. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadEsco() {
  const isco = new Map(readZipped(classification, 'occupations_en.csv').map((o) => [o.conceptUri!, o.iscoGroup!]));
  const essential = new Map<string, Set<string>>();
  const optional = new Map<string, Set<string>>();
  for (const r of readZipped(relations, 'occupationSkillRelations.csv')) {
    // One relation of v1.1.1 names an occupation that is not in occupations_en.csv.
    if (!isco.has(r.occupationUri!)) continue;
    const into = r.relationType === 'essential' ? essential : optional;
    const set = into.get(r.occupationUri!) ?? new Set<string>();
    set.add(r.skillUri!);
    into.set(r.occupationUri!, set);
  }
  return { isco, essential, optional };
}

describe.skipIf(!haveEsco)('a vacancy without required skills, on the real ESCO occupations', () => {
  const esco = haveEsco ? loadEsco() : { isco: new Map(), essential: new Map(), optional: new Map() };
  const context: MatchContext = {
    related: () => [],
    trainableSkills: new Set(),
    occupationSkills: esco.essential,
    today: '2026-12-01',
  };
  const place = {
    regionId: 'region',
    lat: 51.44,
    lon: 5.47,
    remote: 'on_site' as const,
    hoursMin: 36,
    hoursMax: 40,
    contractType: 'permanent' as const,
    startDate: null,
    salaryMax: null,
    openToRetraining: false,
  };
  const occupationIds = [...esco.essential.keys()].sort();
  const vacancies: MatchVacancy[] = occupationIds.map((id) => ({
    ...place,
    id: `vacancy ${id}`,
    organisationId: `employer ${id}`,
    occupationId: id,
    iscoGroup: esco.isco.get(id) ?? null,
    required: [...esco.essential.get(id)!].map((skillId) => ({ skillId, minLevel: 2 })),
    optional: [],
  }));
  const random = seeded(12);
  const sample = occupationIds.filter(() => random() < sampleSize / occupationIds.length);

  function workerIn(occupationId: string): MatchWorker {
    return {
      ...place,
      id: `worker ${occupationId}`,
      currentOrganisationId: 'releasing firm',
      neighbourRegionIds: [],
      maxCommuteKm: 30,
      contractPreferences: ['permanent'],
      remotePreferences: ['on_site', 'hybrid', 'remote'],
      availableFrom: null,
      salaryFloor: null,
      occupationId,
      iscoGroup: esco.isco.get(occupationId) ?? null,
      skills: new Map([...esco.essential.get(occupationId)!].map((s) => [s, 3])),
    };
  }

  /** The worst case: the worker's own occupation, at the same place, with the same conditions. */
  function skillLess(occupationId: string): MatchVacancy[] {
    const own = vacancies.find((v) => v.occupationId === occupationId)!;
    return [
      { ...own, id: 'no skills', organisationId: 'vague employer', required: [], optional: [] },
      // Only "nice to have" skills, all of which the worker has: what makes it a match candidate at all.
      { ...own, id: 'optional skills only', organisationId: 'vague employer', required: [], optional: own.required },
    ];
  }

  it(`ranks the worker's own occupation's vacancy above the skill-less ones (${sampleSize}-ish sampled occupations)`, () => {
    expect(sample.length).toBeGreaterThan(200);
    const misranked: string[] = [];
    for (const occupationId of sample) {
      const worker = workerIn(occupationId);
      // Ranked by score (ties by id): only these three scores decide the order among them.
      const [own, ...vague] = [vacancies.find((v) => v.occupationId === occupationId)!, ...skillLess(occupationId)].map(
        (v) => match(worker, v, context)!.score,
      );
      if (!vague.every((score) => own! > score)) misranked.push(occupationId);
    }
    expect(misranked).toEqual([]);
  });

  it('ranks the same way through the match index the worker’s matches come from', () => {
    for (const occupationId of sample.slice(0, 20)) {
      const index = new VacancyIndex([...vacancies, ...skillLess(occupationId)], context.trainableSkills);
      const ids = index.top(workerIn(occupationId), context, vacancies.length).map((r) => r.result.vacancyId);
      // Without any skill there is nothing to match on: it is never a match candidate.
      expect(ids).not.toContain('no skills');
      expect(ids.indexOf(`vacancy ${occupationId}`)).toBeLessThan(ids.indexOf('optional skills only'));
    }
  });

  it('says in the explanation that the fit of the skills is unknown, in both languages and to both readers', () => {
    const [occupationId] = sample;
    const [vague] = skillLess(occupationId!);
    const worker = workerIn(occupationId!);
    const result = match(worker, vague!, context)!;
    expect(result.skillsUnknown).toBe(true);
    const label = { nl: 'x', en: 'x' };
    const explanation = explainMatch(result, worker, vague!, { skillLabel: () => label, trainingsFor: () => [] });
    expect(explanation.skillsUnknown).toBe(true);
    expect(explanationLines(explanation, 'en')[0]).toMatch(/no required skills/);
    expect(explanationLines(explanation, 'nl')[0]).toMatch(/geen vereiste vaardigheden/);
    expect(explanationLines(explanation, 'en', 'employer')[0]).toMatch(/Your vacancy lists no required skills/);
    const known = match(
      worker,
      vacancies.find((v) => v.occupationId === occupationId)!,
      context,
    )!;
    expect(known.skillsUnknown).toBe(false);
  });
});
