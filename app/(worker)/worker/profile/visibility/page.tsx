import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ProfileNav } from '~/app/(worker)/worker/profile/profile-nav';
import { loadProfilePage } from '~/app/(worker)/worker/profile/profile-page';
import { visibilityChoiceOf } from './choice';
import { VisibilityForm } from './visibility-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('workerProfile.visibility'))('title') };
}

/** Who may see the worker's profile, what they see and never see, and the consent behind it. */
export default async function VisibilityPage() {
  const { me } = await loadProfilePage();
  const t = await getTranslations('workerProfile');
  const { profile } = me;
  return (
    <>
      <p>
        <Link href="/worker">← {t('back')}</Link>
      </p>
      <ProfileNav current="visibility" />
      <h1>{t('visibility.title')}</h1>
      <p>{t('visibility.intro')}</p>

      <section className="card" aria-labelledby="visibility-choice-title">
        <h2 id="visibility-choice-title">{t('visibility.choose')}</h2>
        <VisibilityForm initial={visibilityChoiceOf(profile)} />
        <p>{t('visibility.consent')}</p>
        {profile.privacyAcceptedAt && <p>{t('visibility.privacy', { date: profile.privacyAcceptedAt })}</p>}
      </section>

      <div className="grid-2">
        <section className="card" aria-labelledby="visibility-seen-title">
          <h2 id="visibility-seen-title">{t('visibility.seen')}</h2>
          <ul>
            <li>{t('visibility.seenOccupation')}</li>
            {profile.headline && <li>{t('visibility.seenHeadline', { headline: profile.headline })}</li>}
            <li>{t('visibility.seenConditions')}</li>
            <li>{t('visibility.seenDistance')}</li>
          </ul>
        </section>
        <section className="card" aria-labelledby="visibility-never-title">
          <h2 id="visibility-never-title">{t('visibility.neverSeen')}</h2>
          <ul>
            <li>{t('visibility.neverName')}</li>
            <li>{t('visibility.neverAddress')}</li>
            <li>{t('visibility.neverEmployer')}</li>
            <li>{t('visibility.neverPersonal')}</li>
          </ul>
        </section>
      </div>
    </>
  );
}
