import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getLanguage } from '~/i18n/server';
import { serverApi } from '~/trpc/server';
import { MatchCard } from '~/app/_components/match-card';
import { requireRole } from '~/app/_lib/require-role';
import { VacancyReactions } from '../_components/vacancy-reactions';
import { WorkerMarketNav } from '../_components/market-nav';

export const metadata: Metadata = { title: 'Matches' };

/** The worker's best vacancies at other employers, each with a plain explanation and what the worker can do with it. */
export default async function WorkerMatches() {
  await requireRole('worker');
  const [locale, t] = await Promise.all([getLanguage(), getTranslations()]);
  const matches = await (await serverApi()).matching.forMe({ limit: 20, locale });
  return (
    <>
      <WorkerMarketNav current="matches" />
      <h1>{t('matches.title')}</h1>
      <p>{t('matches.intro')}</p>
      {matches.length === 0 ? (
        <p>{t('matches.none')}</p>
      ) : (
        <ol className="match-list">
          {matches.map((m) => (
            <li key={m.vacancy.id} className="card">
              <MatchCard vacancy={m.vacancy} score={m.score} lines={m.lines} />
              <VacancyReactions vacancy={m.vacancy} saved={m.saved} interested={m.interested} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
