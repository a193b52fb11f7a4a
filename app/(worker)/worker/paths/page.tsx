import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { TransitionPathList } from '~/app/_components/transition-path-list';
import { requireRole } from '~/app/_lib/require-role';
import { conceptLabel } from '~/i18n/config';
import { getLanguage } from '~/i18n/server';
import { serverApi } from '~/trpc/server';
import { profileSections } from '../profile/profile-nav';

export const metadata: Metadata = { title: 'Waar kan ik heen? / Where could I go next?' };

/** Where the worker could go next, from their current and past occupations and their skills. */
export default async function WorkerTransitionPaths() {
  await requireRole('worker');
  const [language, t, format] = await Promise.all([getLanguage(), getTranslations('transitionPaths'), getFormatter()]);
  const { from, paths } = await (await serverApi()).transitionPaths.mine();
  return (
    <>
      <p>
        <Link href="/worker">← {t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {from.length === 0 ? (
        <p>
          {t('noOccupation')} <Link href={profileSections.work}>{t('profileLink')}</Link>
        </p>
      ) : (
        <>
          <p>
            {t('from', { occupations: format.list(from.map((o) => conceptLabel(language, o.labelNl, o.labelEn))) })}
          </p>
          {paths.length === 0 ? <p>{t('none')}</p> : <TransitionPathList paths={paths} language={language} />}
        </>
      )}
    </>
  );
}
