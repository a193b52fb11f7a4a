/**
 * Turns a scored match into an explanation a worker can read: which skills fit, which are
 * missing (and which regional course teaches them), how far away, and whether hours,
 * contract and start date fit. Stored as JSON with the match; rendered in Dutch or English.
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

const contractLabels: Record<string, Label> = {
  permanent: { nl: 'vast contract', en: 'permanent contract' },
  fixed_term: { nl: 'contract voor bepaalde tijd', en: 'fixed-term contract' },
  temporary: { nl: 'uitzendwerk', en: 'temporary agency work' },
  on_call: { nl: 'oproepcontract', en: 'on-call contract' },
  secondment: { nl: 'detachering', en: 'secondment' },
};

const range = ([min, max]: [number, number]) => (min === max ? `${max}` : `${min}–${max}`);
const list = (labels: string[], locale: 'nl' | 'en') =>
  labels.length <= 1
    ? labels.join('')
    : `${labels.slice(0, -1).join(', ')} ${locale === 'nl' ? 'en' : 'and'} ${labels.at(-1)}`;

/** Plain sentences, one per aspect, in the worker's language. */
export function explanationLines(e: MatchExplanation, locale: 'nl' | 'en'): string[] {
  const nl = locale === 'nl';
  const lines: string[] = [];
  const requiredMissing = e.missingSkills.filter((s) => s.required);
  const matching = e.matchingSkills.map((s) =>
    s.via ? `${s.label[locale]} (${nl ? 'via' : 'through'} ${s.via[locale]})` : s.label[locale],
  );
  if (matching.length)
    lines.push(`${nl ? 'Je vaardigheden die passen' : 'Your skills that fit'}: ${list(matching, locale)}.`);
  for (const missing of requiredMissing) {
    const course = missing.trainings[0];
    lines.push(
      course
        ? nl
          ? `Je mist nog ${missing.label.nl}. Dat leer je in "${course.title.nl}" bij ${course.provider} (${course.weeks} weken).`
          : `You still need ${missing.label.en}. You can learn it in "${course.title.en}" at ${course.provider} (${course.weeks} weeks).`
        : nl
          ? `Je mist nog ${missing.label.nl}; er is in de regio (nog) geen opleiding voor.`
          : `You still need ${missing.label.en}; no course in the region teaches it (yet).`,
    );
  }
  lines.push(
    e.remote
      ? nl
        ? 'Je kunt op afstand werken.'
        : 'You can work remotely.'
      : nl
        ? `${e.distanceKm} km van huis.`
        : `${e.distanceKm} km from home.`,
  );
  lines.push(
    e.hours.fits === 'full'
      ? nl
        ? `De uren passen: ${range(e.hours.vacancy)} uur per week.`
        : `The hours fit: ${range(e.hours.vacancy)} hours a week.`
      : nl
        ? `De uren passen deels: de vacature vraagt ${range(e.hours.vacancy)} uur, jij zoekt ${range(e.hours.worker)}.`
        : `The hours partly fit: the job asks ${range(e.hours.vacancy)} hours, you want ${range(e.hours.worker)}.`,
  );
  const contract = contractLabels[e.contract.vacancy] ?? { nl: e.contract.vacancy, en: e.contract.vacancy };
  lines.push(
    e.contract.fits
      ? nl
        ? `Een ${contract.nl}, zoals je zoekt.`
        : `A ${contract.en}, as you want.`
      : nl
        ? `Een ${contract.nl}: niet wat je als voorkeur opgaf.`
        : `A ${contract.en}: not one of your preferences.`,
  );
  lines.push(
    e.start.fits
      ? nl
        ? 'Je bent beschikbaar als de baan begint.'
        : 'You are available when the job starts.'
      : nl
        ? `De baan begint ${e.start.daysUntilAvailable} dagen voordat je beschikbaar bent.`
        : `The job starts ${e.start.daysUntilAvailable} days before you are available.`,
  );
  if (!e.salaryFits) lines.push(nl ? 'Het salaris ligt onder je ondergrens.' : 'The salary is below your minimum.');
  return lines;
}
