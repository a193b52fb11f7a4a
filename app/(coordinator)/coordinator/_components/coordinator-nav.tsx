'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';

/**
 * The coordinator portal's pages, one line each: the dashboard's figures first, then the
 * region's tasks. The current page (or the one it lies under) is marked; the overview only on
 * itself, as every page lies under it.
 */
const pages = [
  { href: '/coordinator', label: 'dashboard.nav.overview' },
  { href: '/coordinator/jobs', label: 'dashboard.nav.jobs' },
  { href: '/coordinator/skills', label: 'dashboard.nav.skills' },
  { href: '/coordinator/equity', label: 'dashboard.nav.equity' },
  { href: '/coordinator/flows', label: 'dashboard.nav.flows' },
  { href: '/coordinator/caseload', label: 'coordinatorTools.nav.caseload' },
  { href: '/coordinator/value', label: 'coordinatorTools.nav.value' },
  { href: '/coordinator/training', label: 'coordinatorTools.nav.training' },
  { href: '/coordinator/admin', label: 'coordinatorTools.nav.admin' },
] as const;

export function CoordinatorNav() {
  const t = useTranslations();
  const path = usePathname();
  const current = (href: string) =>
    path === href ? 'page' : href !== '/coordinator' && path.startsWith(`${href}/`) ? 'true' : undefined;
  return (
    <nav aria-label={t('dashboard.nav.label')} className="profile-nav">
      <ul>
        {pages.map((page) => (
          <li key={page.href}>
            <Link href={page.href} aria-current={current(page.href)}>
              {t(page.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
