import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { Pagination } from '~/app/_components/pagination';
import { offsetOf, PAGE_SIZE } from '~/server/lib/pagination';
import { serverApi } from '~/trpc/server';
import { pageParam } from '~/app/_lib/page-param';
import { requireRole } from '~/app/_lib/require-role';
import { EmployersTable } from './employers-table';
import { HideReasonTable } from './hide-reason-table';

export const metadata: Metadata = { title: 'Regio / Region' };

const params = z.object({ page: pageParam });

export default async function CoordinatorHome({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole('coordinator');
  const { page } = params.parse(await searchParams);
  const api = await serverApi();
  const [t, tIntroductions, format, overview, organisations, hideReasons] = await Promise.all([
    getTranslations('coordinator'),
    getTranslations('introductions.overview'),
    getFormatter(),
    api.region.overview(),
    api.organisation.listForRegion(),
    api.market.hideReasonCounts({}),
  ]);
  // A region has tens of employers, not thousands: the page is cut from the whole list.
  const employers = organisations.slice(offsetOf(page), offsetOf(page) + PAGE_SIZE);
  const tiles: { label: string; value: string; id: string; warn?: boolean; href?: string }[] = [
    { label: t('atRiskWorkers'), value: format.number(overview.atRiskWorkers), id: 'at-risk' },
    {
      label: t('nearDeadline'),
      value: format.number(overview.nearDeadline),
      id: 'near-deadline',
      warn: overview.nearDeadline > 0,
    },
    { label: t('openVacancies'), value: format.number(overview.openVacancies), id: 'open-vacancies' },
    {
      label: t('vacanciesPerWorker'),
      value: overview.vacanciesPerWorker === null ? '—' : format.number(overview.vacanciesPerWorker),
      id: 'ratio',
      warn: overview.vacanciesPerWorker !== null && overview.vacanciesPerWorker < 1,
    },
    { label: t('approvedEmployers'), value: format.number(overview.approvedEmployers), id: 'employers' },
    {
      label: t('pendingEmployers'),
      value: format.number(overview.pendingEmployers),
      id: 'pending',
      warn: overview.pendingEmployers > 0,
      // The figure leads to the queue where those firms are approved or rejected.
      href: '/coordinator/approvals',
    },
    {
      label: t('openRedundancies'),
      value: format.number(overview.openRedundancies),
      id: 'redundancies',
      // The figure leads to the announcements, each with its cohort's transition paths.
      href: '/coordinator/cohorts',
    },
    {
      label: tIntroductions('placements'),
      value: format.number(overview.placements),
      id: 'placements',
      // The figure leads to the placements themselves, where the safety net is used.
      href: '/coordinator/placements',
    },
    {
      label: tIntroductions('running'),
      value: format.number(overview.runningIntroductions),
      id: 'introductions',
    },
  ];
  return (
    <>
      <h1>
        {t('title')}: {overview.region.name}
      </h1>
      <p>{t('guidanceWindow', { months: overview.region.guidanceWindowMonths })}</p>
      <ul className="tiles" aria-label={t('title')}>
        {tiles.map((tile) => (
          <li key={tile.id} className={tile.warn ? 'tile tile-warn' : 'tile'} data-testid={`tile-${tile.id}`}>
            {tile.href ? (
              <Link href={tile.href} className="tile-link">
                <span className="tile-value">{tile.value}</span>
                <span className="tile-label">{tile.label}</span>
              </Link>
            ) : (
              <>
                <span className="tile-value">{tile.value}</span>
                <span className="tile-label">{tile.label}</span>
              </>
            )}
          </li>
        ))}
      </ul>
      <section aria-labelledby="employers-title">
        <h2 id="employers-title">{t('employers')}</h2>
        <EmployersTable organisations={employers} />
        <Pagination
          label={t('employers')}
          page={page}
          pageSize={PAGE_SIZE}
          total={organisations.length}
          path="/coordinator"
          params={{}}
          fragment="employers-title"
        />
      </section>
      <HideReasonTable counts={hideReasons} />
    </>
  );
}
