import type { Metadata } from 'next';
import { z } from 'zod';
import { Pagination } from '~/app/_components/pagination';
import { offsetOf, PAGE_SIZE } from '~/server/lib/pagination';
import { format } from '~/i18n/config';
import { getMessages } from '~/i18n/server';
import { serverApi } from '~/trpc/server';
import { pageParam } from '~/app/_lib/page-param';
import { requireRole } from '~/app/_lib/require-role';
import { EmployersTable } from './employers-table';

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
  const [{ t }, overview, organisations] = await Promise.all([
    getMessages(),
    api.region.overview(),
    api.organisation.listForRegion(),
  ]);
  const c = t.coordinator;
  // A region has tens of employers, not thousands: the page is cut from the whole list.
  const employers = organisations.slice(offsetOf(page), offsetOf(page) + PAGE_SIZE);
  const tiles = [
    { label: c.atRiskWorkers, value: overview.atRiskWorkers, id: 'at-risk' },
    { label: c.nearDeadline, value: overview.nearDeadline, id: 'near-deadline', warn: overview.nearDeadline > 0 },
    { label: c.openVacancies, value: overview.openVacancies, id: 'open-vacancies' },
    {
      label: c.vacanciesPerWorker,
      value: overview.vacanciesPerWorker ?? '—',
      id: 'ratio',
      warn: overview.vacanciesPerWorker !== null && overview.vacanciesPerWorker < 1,
    },
    { label: c.approvedEmployers, value: overview.approvedEmployers, id: 'employers' },
    { label: c.pendingEmployers, value: overview.pendingEmployers, id: 'pending', warn: overview.pendingEmployers > 0 },
    { label: c.openRedundancies, value: overview.openRedundancies, id: 'redundancies' },
  ];
  return (
    <>
      <h1>
        {c.title}: {overview.region.name}
      </h1>
      <p>{format(c.guidanceWindow, { months: overview.region.guidanceWindowMonths })}</p>
      <ul className="tiles" aria-label={c.title}>
        {tiles.map((tile) => (
          <li key={tile.id} className={tile.warn ? 'tile tile-warn' : 'tile'} data-testid={`tile-${tile.id}`}>
            <span className="tile-value">{tile.value}</span>
            <span className="tile-label">{tile.label}</span>
          </li>
        ))}
      </ul>
      <section aria-labelledby="employers-title">
        <h2 id="employers-title">{c.employers}</h2>
        <EmployersTable organisations={employers} t={t} />
        <Pagination
          label={c.employers}
          page={page}
          pageSize={PAGE_SIZE}
          total={organisations.length}
          path="/coordinator"
          params={{}}
          fragment="employers-title"
          t={t}
        />
      </section>
    </>
  );
}
