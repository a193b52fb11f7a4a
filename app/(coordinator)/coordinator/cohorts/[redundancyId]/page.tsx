import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { TransitionPathList } from '~/app/_components/transition-path-list';
import { orNotFound } from '~/app/_lib/or-not-found';
import { requireRole } from '~/app/_lib/require-role';
import { conceptLabel } from '~/i18n/config';
import { getLanguage } from '~/i18n/server';
import { serverApi } from '~/trpc/server';

export const metadata: Metadata = { title: 'Overstappaden / Transition paths' };

/**
 * One announcement of the coordinator's region: per occupation of its people, where they could
 * go next. Counts only, never a name. Another region's announcement is a 404, like a missing one.
 */
export default async function CoordinatorCohortPaths({ params }: { params: Promise<{ redundancyId: string }> }) {
  await requireRole('coordinator');
  const { redundancyId } = await params;
  const [language, t, cohort] = await Promise.all([
    getLanguage(),
    getTranslations('transitionPaths.coordinator'),
    orNotFound((await serverApi()).transitionPaths.cohort({ redundancyId })),
  ]);
  return (
    <>
      <p>
        <Link href="/coordinator/cohorts">← {t('backToList')}</Link>
      </p>
      <h1>{t('cohortTitle', { title: cohort.title })}</h1>
      {cohort.occupations.length === 0 ? (
        <p>{t('noOccupations')}</p>
      ) : (
        cohort.occupations.map((group) => (
          <section key={group.occupation.id} aria-labelledby={`cohort-${group.occupation.id}`}>
            <h2 id={`cohort-${group.occupation.id}`}>
              {conceptLabel(language, group.occupation.labelNl, group.occupation.labelEn)} (
              {t('people', { count: group.people })})
            </h2>
            <TransitionPathList paths={group.paths} language={language} headingLevel={3} />
          </section>
        ))
      )}
    </>
  );
}
