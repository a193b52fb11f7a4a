'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';

/** The coordinator portal's pages, one line each; the current one (or the one it lies under) is marked. */
const pages = [
  { href: '/coordinator/caseload', label: 'coordinatorTools.nav.caseload' },
  { href: '/coordinator/value', label: 'coordinatorTools.nav.value' },
  { href: '/coordinator/admin', label: 'coordinatorTools.nav.admin' },
  { href: '/coordinator/training', label: 'coordinatorTools.nav.training' },
] as const;

export function CoordinatorNav() {
  const t = useTranslations();
  const path = usePathname();
  return (
    <nav aria-label={t('coordinatorTools.nav.label')} className="profile-nav">
      <ul>
        {pages.map((page) => (
          <li key={page.href}>
            <Link
              href={page.href}
              aria-current={path === page.href ? 'page' : path.startsWith(`${page.href}/`) ? 'true' : undefined}
            >
              {t(page.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
