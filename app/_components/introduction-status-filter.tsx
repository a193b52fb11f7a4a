import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { introductionStatusValues } from '~/db/schema/enums';
import { hrefWith } from '~/app/_lib/href';

type Status = (typeof introductionStatusValues)[number];

/** Links to all introductions or those at one step, with how many there are; plain links, so they work without JavaScript. */
export function IntroductionStatusFilter({
  path,
  current,
  counts,
}: {
  path: string;
  current?: Status;
  counts: Record<Status, number>;
}) {
  const t = useTranslations('introductions');
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const options: { status?: Status; label: string; count: number }[] = [
    { label: t('all'), count: total },
    ...introductionStatusValues.map((status) => ({ status, label: t(`status.${status}`), count: counts[status] })),
  ];
  return (
    <nav className="status-filter" aria-label={t('filter')}>
      <ul>
        {options.map((o) => (
          <li key={o.status ?? 'all'}>
            <Link href={hrefWith(path, { status: o.status })} aria-current={o.status === current ? 'page' : undefined}>
              {t('count', { label: o.label, count: o.count })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
