import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { calendarDate } from '~/i18n/config';
import { getLanguage } from '~/i18n/server';
import { serverApi } from '~/trpc/server';
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
              <h2>{m.vacancy.title}</h2>
              <p className="match-meta">
                {m.vacancy.organisation.name} · {m.vacancy.city} · {t(`enums.contract.${m.vacancy.contractType}`)}
                {m.vacancy.startDate ? ` · ${t('matches.starts', { date: calendarDate(m.vacancy.startDate) })}` : ''}
              </p>
              <p>
                <meter min={0} max={1} value={m.score} aria-label={t('matches.fit')} />{' '}
                {t('matches.score', { score: m.score })}
              </p>
              <ul>
                {m.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
