import Link from 'next/link';
import { useTranslations } from 'next-intl';

const pages = { matches: '/worker/matches', search: '/worker/search', saved: '/worker/saved' } as const;

/** The worker's ways into the vacancies: ranked matches, own search, saved and hidden. The current one is marked. */
export function WorkerMarketNav({ current }: { current: keyof typeof pages }) {
  const t = useTranslations();
  return (
    <>
      <p>
        <Link href="/worker">← {t('worker.title')}</Link>
      </p>
      <nav aria-label={t('market.nav.label')} className="profile-nav">
        <ul>
          {(Object.keys(pages) as (keyof typeof pages)[]).map((page) => (
            <li key={page}>
              <Link href={pages[page]} aria-current={page === current ? 'page' : undefined}>
                {t(`market.nav.${page}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
