import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { conceptLabel } from '~/i18n/config';
import { getLanguage } from '~/i18n/server';
import { distanceBandKeys } from '~/server/lib/distance-band';
import { serverApi } from '~/trpc/server';
import { orNotFound } from '~/app/_lib/or-not-found';
import { requireApprovedEmployer } from '~/app/_lib/require-role';
import { candidateListParams, minScoreChoices } from './candidate-params';
import { CandidateResults } from './candidate-results';

export const metadata: Metadata = { title: 'Kandidaten / Candidates' };

/**
 * The anonymised candidates for one of the employer's own vacancies, ranked, filtered and a
 * page at a time (market.candidates, fetched by the browser: see candidate-results.tsx).
 * Workers who expressed interest come first, marked.
 */
export default async function VacancyCandidates({
  params,
  searchParams,
}: {
  params: Promise<{ vacancyId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireApprovedEmployer();
  const { vacancyId } = await params;
  const filters = candidateListParams.parse(await searchParams);
  const api = await serverApi();
  const [t, locale] = await Promise.all([getTranslations(), getLanguage()]);
  const vacancy = await orNotFound(api.vacancy.get({ vacancyId }));
  const path = `/employer/vacancies/${vacancyId}/candidates`;
  return (
    <>
      <p>
        <Link href="/employer/vacancies">← {t('market.candidates.back')}</Link>
      </p>
      <h1>{t('market.candidates.title', { title: vacancy.title })}</h1>
      <p>{t('market.candidates.intro')}</p>
      <form method="get" className="card form market-filters" aria-label={t('market.candidates.filters')}>
        <div className="field">
          <label htmlFor="candidate-text">{t('market.candidates.text')}</label>
          <input id="candidate-text" name="text" type="search" maxLength={200} defaultValue={filters.text ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="candidate-score">{t('market.candidates.minScore')}</label>
          <select id="candidate-score" name="minScore" defaultValue={filters.minScore?.toString() ?? ''}>
            <option value="">{t('market.candidates.anyScore')}</option>
            {minScoreChoices.map((score) => (
              <option key={score} value={score}>
                {t('market.candidates.scoreAtLeast', { score })}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>{t('market.candidates.distance')}</legend>
          {distanceBandKeys.map((band) => (
            <label key={band} className="checkbox">
              <input type="checkbox" name="band" value={band} defaultChecked={filters.band.includes(band)} />
              {t(`candidateDistance.${band}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="candidate-available">{t('market.candidates.availableBy')}</label>
          <input id="candidate-available" name="availableBy" type="date" defaultValue={filters.availableBy ?? ''} />
        </div>
        {vacancy.occupationId && (
          <div className="field">
            <label htmlFor="candidate-occupation">{t('market.candidates.occupation')}</label>
            <select id="candidate-occupation" name="occupation" defaultValue={filters.occupation ?? ''}>
              <option value="">{t('market.candidates.anyOccupation')}</option>
              <option value={vacancy.occupationId}>
                {conceptLabel(locale, vacancy.occupationLabelNl, vacancy.occupationLabelEn)}
              </option>
            </select>
          </div>
        )}
        {vacancy.skills.length > 0 && (
          <div className="field">
            <label htmlFor="candidate-skill">{t('market.candidates.skill')}</label>
            <select id="candidate-skill" name="skill" defaultValue={filters.skill ?? ''}>
              <option value="">{t('market.candidates.anySkill')}</option>
              {vacancy.skills.map((s) => (
                <option key={s.skillId} value={s.skillId}>
                  {conceptLabel(locale, s.labelNl, s.labelEn)}
                </option>
              ))}
            </select>
          </div>
        )}
        <p className="actions">
          <button type="submit">{t('market.candidates.apply')}</button>
          <Link href={path} className="button-link button-link-secondary">
            {t('market.candidates.reset')}
          </Link>
        </p>
      </form>
      <CandidateResults vacancyId={vacancyId} filters={filters} />
    </>
  );
}
