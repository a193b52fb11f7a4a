import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { MAX_LANGUAGES } from '~/server/services/worker-languages';
import { CompletenessSummary } from '~/app/(worker)/worker/profile/completeness';
import { ProfileNav } from '~/app/(worker)/worker/profile/profile-nav';
import { loadProfilePage } from '~/app/(worker)/worker/profile/profile-page';
import { LanguagesEditor } from './languages-editor';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('workerProfile.languages'))('title') };
}

/** The languages the worker speaks, with a level each. */
export default async function LanguagesPage() {
  const { me, completeness } = await loadProfilePage();
  const t = await getTranslations('workerProfile');
  return (
    <>
      <p>
        <Link href="/worker">← {t('back')}</Link>
      </p>
      <ProfileNav current="languages" />
      <h1>{t('languages.title')}</h1>
      <p>{t('languages.intro')}</p>
      <p className="why">{t('languages.why')}</p>
      <CompletenessSummary completeness={completeness} />
      <LanguagesEditor languages={me.languages} max={MAX_LANGUAGES} />
    </>
  );
}
