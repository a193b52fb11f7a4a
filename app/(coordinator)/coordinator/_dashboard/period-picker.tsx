import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { hrefWith } from '~/app/_lib/href';
import { dashboardPeriods, type DashboardPeriod } from '~/server/services/region-dashboard';

/** The period as links (bookmarkable, no JavaScript needed); the current one marked. */
export async function PeriodPicker({
  path,
  months,
  params = {},
}: {
  path: string;
  months: DashboardPeriod;
  params?: Record<string, string | undefined>;
}) {
  const t = await getTranslations('dashboard.period');
  return (
    <nav aria-label={t('label')} className="period-picker">
      <span aria-hidden="true">{t('label')}:</span>
      <ul>
        {dashboardPeriods.map((m) => (
          <li key={m}>
            <Link
              href={hrefWith(path, { ...params, months: String(m) })}
              aria-current={m === months ? 'true' : undefined}
            >
              {t('months', { months: m })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
