import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/**
 * The dashboard's sections. Another section joins by adding its path and a `dashboard.nav`
 * message here.
 */
const sections = [
  { key: 'overview', href: '/coordinator' },
  { key: 'jobs', href: '/coordinator/jobs' },
  { key: 'skills', href: '/coordinator/skills' },
  { key: 'equity', href: '/coordinator/equity' },
  { key: 'flows', href: '/coordinator/flows' },
] as const;

export type DashboardSection = (typeof sections)[number]['key'];

export async function DashboardNav({ current }: { current: DashboardSection }) {
  const t = await getTranslations('dashboard.nav');
  return (
    <nav aria-label={t('label')} className="subnav">
      <ul>
        {sections.map((s) => (
          <li key={s.key}>
            <Link href={s.href} aria-current={s.key === current ? 'page' : undefined}>
              {t(s.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
