import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { vacancyStatusValues } from '~/db/schema/enums';
import { hrefWith } from '~/app/_lib/href';

type VacancyStatus = (typeof vacancyStatusValues)[number];

/** Links that show all vacancies or those in one state, each with how many there are; plain links, so they work without JavaScript. */
export function StatusFilter({ current, counts }: { current?: VacancyStatus; counts: Record<VacancyStatus, number> }) {
  const t = useTranslations();
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const options: { status?: VacancyStatus; label: string; count: number }[] = [
    { label: t('employerVacancies.all'), count: total },
    ...vacancyStatusValues.map((status) => ({
      status,
      label: t(`enums.vacancyStatus.${status}`),
      count: counts[status],
    })),
  ];
  return (
    <nav className="status-filter" aria-label={t('employerVacancies.filter')}>
      <ul>
        {options.map((o) => (
          <li key={o.status ?? 'all'}>
            <Link
              href={hrefWith('/employer/vacancies', { status: o.status })}
              aria-current={o.status === current ? 'page' : undefined}
            >
              {t('employerVacancies.count', { label: o.label, count: o.count })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
