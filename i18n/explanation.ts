/**
 * A match explanation (server/matching/explain.ts: data only) as plain sentences in the
 * reader's language, one per aspect, worded by the `explanation` messages (i18n/messages).
 * Usable outside React, like the mails: the worker's matches and the employer's candidates
 * are rendered on the server.
 */
import { contractTypeValues } from '~/db/schema/enums';
import type { MatchExplanation } from '~/server/matching/explain';
import { intlLocales, type Locale } from './config';
import { getTranslator } from './translator';

type ContractType = (typeof contractTypeValues)[number];
const isContractType = (value: string): value is ContractType =>
  (contractTypeValues as readonly string[]).includes(value);

/** "32–40", or "40" when both ends are the same: numbers only, the words are in the messages. */
const range = ([min, max]: [number, number]) => (min === max ? `${max}` : `${min}–${max}`);

/**
 * Who reads the sentences: the worker about a vacancy ("You still need…"), or the vacancy's
 * employer about an anonymised candidate ("The candidate still needs…").
 */
export type ExplanationAudience = 'worker' | 'employer';

const templates = {
  worker: {
    skillsFit: 'explanation.skillsFit',
    missingWithCourse: 'explanation.missingWithCourse',
    missingNoCourse: 'explanation.missingNoCourse',
    remote: 'explanation.remote',
    hoursPartial: 'explanation.hoursPartial',
    contractFits: 'explanation.contractFits',
    contractDiffers: 'explanation.contractDiffers',
    startFits: 'explanation.startFits',
    startLater: 'explanation.startLater',
    salaryBelow: 'explanation.salaryBelow',
    skillsUnknown: 'matchQuality.skillsUnknown',
  },
  employer: {
    skillsFit: 'explanation.employer.skillsFit',
    missingWithCourse: 'explanation.employer.missingWithCourse',
    missingNoCourse: 'explanation.employer.missingNoCourse',
    remote: 'explanation.employer.remote',
    hoursPartial: 'explanation.employer.hoursPartial',
    contractFits: 'explanation.employer.contractFits',
    contractDiffers: 'explanation.employer.contractDiffers',
    startFits: 'explanation.employer.startFits',
    startLater: 'explanation.employer.startLater',
    salaryBelow: 'explanation.employer.salaryBelow',
    skillsUnknown: 'matchQuality.employer.skillsUnknown',
  },
} as const;

/**
 * Plain sentences, one per aspect, in `locale`, worded for `audience`. The distance line is left
 * out when the explanation carries no distance (an employer's view never has the worker's exact
 * distance: it shows a distance band instead).
 */
export function explanationLines(
  e: MatchExplanation,
  locale: Locale,
  audience: ExplanationAudience = 'worker',
): string[] {
  const t = getTranslator(locale);
  const key = templates[audience];
  const list = new Intl.ListFormat(intlLocales[locale], { style: 'long', type: 'conjunction' });
  const lines: string[] = [];
  const matching = e.matchingSkills.map((s) =>
    s.via ? t('explanation.skillVia', { skill: s.label[locale], via: s.via[locale] }) : s.label[locale],
  );
  if (e.skillsUnknown) lines.push(t(key.skillsUnknown));
  if (matching.length) lines.push(t(key.skillsFit, { skills: list.format(matching) }));
  for (const missing of e.missingSkills.filter((s) => s.required)) {
    const course = missing.trainings[0];
    lines.push(
      course
        ? t(key.missingWithCourse, {
            skill: missing.label[locale],
            course: course.title[locale],
            provider: course.provider,
            weeks: course.weeks,
          })
        : t(key.missingNoCourse, { skill: missing.label[locale] }),
    );
  }
  if (e.remote) lines.push(t(key.remote));
  else if (e.distanceKm !== null && e.distanceKm !== undefined)
    lines.push(t('explanation.distance', { km: e.distanceKm }));
  lines.push(
    e.hours.fits === 'full'
      ? t('explanation.hoursFit', { hours: range(e.hours.vacancy) })
      : t(key.hoursPartial, { vacancyHours: range(e.hours.vacancy), workerHours: range(e.hours.worker) }),
  );
  const contract = isContractType(e.contract.vacancy)
    ? t(`explanation.contract.${e.contract.vacancy}`)
    : e.contract.vacancy;
  lines.push(t(e.contract.fits ? key.contractFits : key.contractDiffers, { contract }));
  lines.push(e.start.fits ? t(key.startFits) : t(key.startLater, { days: e.start.daysUntilAvailable }));
  if (!e.salaryFits) lines.push(t(key.salaryBelow));
  return lines;
}
