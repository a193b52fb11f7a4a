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
 * Plain sentences, one per aspect, in `locale`. The distance line is left out when the
 * explanation carries no distance (an employer's view never has the worker's exact distance).
 */
export function explanationLines(e: MatchExplanation, locale: Locale): string[] {
  const t = getTranslator(locale);
  const list = new Intl.ListFormat(intlLocales[locale], { style: 'long', type: 'conjunction' });
  const lines: string[] = [];
  const matching = e.matchingSkills.map((s) =>
    s.via ? t('explanation.skillVia', { skill: s.label[locale], via: s.via[locale] }) : s.label[locale],
  );
  if (matching.length) lines.push(t('explanation.skillsFit', { skills: list.format(matching) }));
  for (const missing of e.missingSkills.filter((s) => s.required)) {
    const course = missing.trainings[0];
    lines.push(
      course
        ? t('explanation.missingWithCourse', {
            skill: missing.label[locale],
            course: course.title[locale],
            provider: course.provider,
            weeks: course.weeks,
          })
        : t('explanation.missingNoCourse', { skill: missing.label[locale] }),
    );
  }
  if (e.remote) lines.push(t('explanation.remote'));
  else if (e.distanceKm !== null && e.distanceKm !== undefined)
    lines.push(t('explanation.distance', { km: e.distanceKm }));
  lines.push(
    e.hours.fits === 'full'
      ? t('explanation.hoursFit', { hours: range(e.hours.vacancy) })
      : t('explanation.hoursPartial', { vacancyHours: range(e.hours.vacancy), workerHours: range(e.hours.worker) }),
  );
  const contract = isContractType(e.contract.vacancy)
    ? t(`explanation.contract.${e.contract.vacancy}`)
    : e.contract.vacancy;
  lines.push(t(e.contract.fits ? 'explanation.contractFits' : 'explanation.contractDiffers', { contract }));
  lines.push(
    e.start.fits ? t('explanation.startFits') : t('explanation.startLater', { days: e.start.daysUntilAvailable }),
  );
  if (!e.salaryFits) lines.push(t('explanation.salaryBelow'));
  return lines;
}
