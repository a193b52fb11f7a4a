import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { serverApi } from '~/trpc/server';
import { MatchCard } from '~/app/_components/match-card';
import { VacancySearchHit } from '~/app/_components/vacancy-search-hit';
import { orNotFound } from '~/app/_lib/or-not-found';
import { requireApprovedEmployer } from '~/app/_lib/require-role';
import { PreviewActions } from './preview-actions';

export const metadata: Metadata = { title: 'Voorbeeld / Preview' };

/**
 * One of the employer's vacancies, in any state, as workers see it: as a search result and as
 * an item of their matches (the same components their pages use), with who sees it now.
 */
export default async function VacancyPreviewPage({ params }: { params: Promise<{ vacancyId: string }> }) {
  await requireApprovedEmployer();
  const { vacancyId } = await params;
  const api = await serverApi();
  const [t, preview] = await Promise.all([getTranslations(), orNotFound(api.vacancy.preview({ vacancyId }))]);
  const { document } = preview.searchHit;
  return (
    <>
      <p>
        <Link href="/employer/vacancies">← {t('vacancyPreview.back')}</Link>
      </p>
      <h1>{t('vacancyPreview.title', { title: document.title })}</h1>
      <p>{t('vacancyPreview.intro')}</p>
      {preview.noRequiredSkills && (
        <div className="notice" role="status" data-testid="vacancy-no-skills">
          <p>
            <strong>{t('matchQuality.vacancyNoSkills.title')}</strong> {t('matchQuality.vacancyNoSkills.body')}
          </p>
          {preview.status !== 'closed' && (
            <p>
              <Link href={`/employer/vacancies/${vacancyId}/edit`}>{t('matchQuality.vacancyNoSkills.edit')}</Link>
            </p>
          )}
        </div>
      )}
      <section className="card" aria-labelledby="preview-state-title">
        <h2 id="preview-state-title">
          {t('employerVacancies.columns.status')}: {t(`enums.vacancyStatus.${preview.status}`)}
        </h2>
        <p className={preview.inPriorityWindow ? 'notice' : undefined} data-testid="preview-audience">
          {preview.inPriorityWindow && preview.priorityUntil
            ? t('employerVacancies.priorityNotice', { date: preview.priorityUntil })
            : t(`vacancyPreview.state.${preview.status}`)}
        </p>
        <PreviewActions
          vacancy={{
            id: vacancyId,
            title: document.title,
            status: preview.status,
            closesAt: preview.closesAt,
          }}
        />
      </section>

      <section aria-labelledby="preview-search-title">
        <h2 id="preview-search-title">{t('vacancyPreview.inSearch')}</h2>
        <p className="field-hint">{t('vacancyPreview.inSearchIntro')}</p>
        <VacancySearchHit hit={preview.searchHit} headingLevel={3} />
      </section>

      <section aria-labelledby="preview-matches-title">
        <h2 id="preview-matches-title">{t('vacancyPreview.inMatches')}</h2>
        <p className="field-hint">{t('vacancyPreview.inMatchesIntro')}</p>
        <div className="card">
          <MatchCard vacancy={preview.match.vacancy} headingLevel={3} />
        </div>
      </section>
    </>
  );
}
