import type { inferRouterOutputs } from '@trpc/server';
import { useTranslations } from 'next-intl';
import { calendarDate } from '~/i18n/config';
import type { AppRouter } from '~/server/api/root';

export type VacancySearchHitData = inferRouterOutputs<AppRouter>['vacancy']['preview']['searchHit'];

/** Longest description a result shows: enough to judge it, short enough to scan a list of them. */
const EXCERPT_CHARACTERS = 280;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_CHARACTERS) return flat;
  return `${flat.slice(0, flat.lastIndexOf(' ', EXCERPT_CHARACTERS) || EXCERPT_CHARACTERS)}…`;
}

/**
 * One vacancy as a worker's vacancy search shows it (a hit of search.vacancies): the job, the
 * employer and place, the terms, and the start of the description.
 */
export function VacancySearchHit({ hit, headingLevel = 2 }: { hit: VacancySearchHitData; headingLevel?: 2 | 3 }) {
  const t = useTranslations();
  const v = hit.document;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const salary =
    v.salaryMin !== null && v.salaryMax !== null
      ? v.salaryMin === v.salaryMax
        ? t('vacancyCard.salaryFixed', { amount: v.salaryMin })
        : t('vacancyCard.salaryRange', { min: v.salaryMin, max: v.salaryMax })
      : v.salaryMin !== null
        ? t('vacancyCard.salaryFrom', { amount: v.salaryMin })
        : v.salaryMax !== null
          ? t('vacancyCard.salaryUpTo', { amount: v.salaryMax })
          : null;
  return (
    <article className="card search-hit" aria-labelledby={`hit-${v.id}`}>
      <Heading id={`hit-${v.id}`} className="match-title">
        {v.title}
      </Heading>
      <p className="match-meta">
        {v.organisationName} · {v.city}
        {hit.distanceKm !== null ? ` · ${t('vacancyCard.distance', { km: Math.round(hit.distanceKm) })}` : ''}
      </p>
      <ul className="hit-facts" aria-label={t('vacancyCard.facts')}>
        <li>{t(`enums.contract.${v.contractType}`)}</li>
        <li>
          {v.hoursMin === v.hoursMax
            ? t('vacancyCard.exactHours', { hours: v.hoursMax })
            : t('vacancyCard.hours', { min: v.hoursMin, max: v.hoursMax })}
        </li>
        <li>{t(`enums.remote.${v.remote}`)}</li>
        {salary && <li>{salary}</li>}
        <li>
          {v.startDate ? t('vacancyCard.starts', { date: calendarDate(v.startDate) }) : t('vacancyCard.startsAsap')}
        </li>
        {v.openToRetraining && <li>{t('vacancyCard.retraining')}</li>}
      </ul>
      {v.description && <p className="hit-description">{excerpt(v.description)}</p>}
    </article>
  );
}
