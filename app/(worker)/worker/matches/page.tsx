import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getLanguage } from '~/i18n/server';
import { serverApi } from '~/trpc/server';
import { MatchCard } from '~/app/_components/match-card';
import { requireRole } from '~/app/_lib/require-role';

export const metadata: Metadata = { title: 'Matches' };

/** The worker's best vacancies at other employers, each with a plain explanation. */
export default async function WorkerMatches() {
  await requireRole('worker');
  const [locale, t] = await Promise.all([getLanguage(), getTranslations()]);
  const matches = await (await serverApi()).matching.forMe({ limit: 20, locale });
  return (
    <>
      <p>
        <Link href="/worker">← {t('worker.title')}</Link>
      </p>
      <h1>{t('matches.title')}</h1>
      <p>{t('matches.intro')}</p>
      {matches.length === 0 ? (
        <p>{t('matches.none')}</p>
      ) : (
        <ol className="match-list">
          {matches.map((m) => (
            <li key={m.vacancy.id} className="card">
              <MatchCard vacancy={m.vacancy} score={m.score} lines={m.lines} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
