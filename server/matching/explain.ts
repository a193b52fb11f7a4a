/**
 * Turns a scored match into an explanation a worker can read: which skills fit, which are
 * missing (and which regional course teaches them), how far away, and whether hours,
 * contract and start date fit. Only data: stored as JSON with the match, and worded in the
 * reader's language by the `explanation` messages (i18n/explanation.ts).
 */
import type { MatchResult, MatchVacancy, MatchWorker } from './score';
import { COVERED_THRESHOLD } from './score';

export interface Label {
  nl: string;
  en: string;
}

export interface TrainingRef {
  id: string;
  title: Label;
  provider: string;
  weeks: number;
}

export interface MatchExplanation {
  matchingSkills: { skillId: string; label: Label; via: Label | null; levelShort: number }[];
  missingSkills: { skillId: string; label: Label; required: boolean; trainings: TrainingRef[] }[];
  /**
   * The vacancy lists no required skills, so how well the worker's skills fit is unknown.
   * Optional: explanations stored before it existed lack it.
   */
  skillsUnknown?: boolean;
  distanceKm: number | null;
  remote: boolean;
  hours: { fits: 'full' | 'partial'; vacancy: [number, number]; worker: [number, number] };
  contract: { fits: boolean; vacancy: string };
  start: { fits: boolean; vacancyStart: string | null; daysUntilAvailable: number };
  salaryFits: boolean;
}

export interface ExplainLookups {
  skillLabel(skillId: string): Label;
  trainingsFor(skillId: string): TrainingRef[];
}

export function explainMatch(
  result: MatchResult,
  worker: Pick<MatchWorker, 'hoursMin' | 'hoursMax'>,
  vacancy: Pick<MatchVacancy, 'hoursMin' | 'hoursMax' | 'contractType' | 'startDate' | 'remote'>,
  lookups: ExplainLookups,
): MatchExplanation {
  const credits = [
    ...result.required.map((c) => ({ ...c, required: true })),
    ...result.optional.map((c) => ({ ...c, required: false })),
  ];
  return {
    matchingSkills: credits
      .filter((c) => c.viaSkillId && c.credit >= COVERED_THRESHOLD)
      .map((c) => ({
        skillId: c.skillId,
        label: lookups.skillLabel(c.skillId),
        via: c.viaSkillId && c.viaSkillId !== c.skillId ? lookups.skillLabel(c.viaSkillId) : null,
        levelShort: c.levelShort,
      })),
    missingSkills: credits
      .filter((c) => !c.viaSkillId || c.credit < COVERED_THRESHOLD)
      .map((c) => ({
        skillId: c.skillId,
        label: lookups.skillLabel(c.skillId),
        required: c.required,
        trainings: lookups.trainingsFor(c.skillId),
      })),
    skillsUnknown: result.skillsUnknown,
    distanceKm: result.distanceKm,
    remote: vacancy.remote === 'remote',
    hours: {
      fits: vacancy.hoursMin >= worker.hoursMin && vacancy.hoursMax <= worker.hoursMax ? 'full' : 'partial',
      vacancy: [vacancy.hoursMin, vacancy.hoursMax],
      worker: [worker.hoursMin, worker.hoursMax],
    },
    contract: { fits: result.conditions.contractFits, vacancy: vacancy.contractType },
    start: {
      fits: result.conditions.startFits,
      vacancyStart: vacancy.startDate,
      daysUntilAvailable: result.conditions.daysUntilAvailable,
    },
    salaryFits: result.conditions.salaryFits,
  };
}
