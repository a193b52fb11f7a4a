import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { conceptLabel } from '~/i18n/config';
import { MAX_DESIRED_OCCUPATIONS } from '~/server/services/worker-desired-occupations';
import { CompletenessSummary } from '~/app/(worker)/worker/profile/completeness';
import { ProfileNav } from '~/app/(worker)/worker/profile/profile-nav';
import { loadProfilePage } from '~/app/(worker)/worker/profile/profile-page';
import { DesiredOccupations } from './desired-occupations';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('workerProfile.occupations'))('title') };
}

/** The occupations the worker wants to move to, in order, each with the skills it proposes. */
export default async function DesiredOccupationsPage() {
  const { api, locale, me, completeness } = await loadProfilePage();
  const [t, proposals] = await Promise.all([getTranslations('workerProfile'), api.worker.occupationProposals()]);
  // Each desired occupation with the skills it proposes that the worker does not have yet.
  const proposalsOf = new Map(proposals.occupations.map((p) => [p.occupation?.id, p]));
  const desired = me.desiredOccupations.map((d) => ({
    occupationId: d.occupationId,
    label: conceptLabel(locale, d.labelNl, d.labelEn),
    essential: proposalsOf.get(d.occupationId)?.essential ?? [],
    optional: proposalsOf.get(d.occupationId)?.optional ?? [],
  }));
  return (
    <>
      <p>
        <Link href="/worker">← {t('back')}</Link>
      </p>
      <ProfileNav current="occupations" />
      <h1>{t('occupations.title')}</h1>
      <p>{t('occupations.intro', { max: MAX_DESIRED_OCCUPATIONS })}</p>
      <p className="why">{t('occupations.why')}</p>
      <CompletenessSummary completeness={completeness} />
      <DesiredOccupations desired={desired} max={MAX_DESIRED_OCCUPATIONS} />
    </>
  );
}
