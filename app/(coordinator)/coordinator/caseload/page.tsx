import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Pagination } from '~/app/_components/pagination';
import { hrefWith } from '~/app/_lib/href';
import { requireRole } from '~/app/_lib/require-role';
import { calendarDate } from '~/i18n/config';
import { serverApi } from '~/trpc/server';
import { ExportLinks } from '../_dashboard/export-links';
import { caseloadParams, caseloadSearch } from './caseload-params';
import { CaseloadFilters } from './caseload-filters';
import { CaseloadTable } from './caseload-table';

export const metadata: Metadata = { title: 'Caseload' };

const PATH = '/coordinator/caseload';

/** Every worker of the region in guidance, who runs out of time and what is due next. */
export default async function CoordinatorCaseload({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole('coordinator');
  const { page, ...filter } = caseloadParams.parse(await searchParams);
  const api = await serverApi();
  const [t, format, summary, list] = await Promise.all([
    getTranslations('coordinatorTools.caseload'),
    getFormatter(),
    api.coordination.caseloadSummary(),
    api.coordination.caseload({ ...filter, page }),
  ]);
  // Each figure leads to the workers it counts.
  const tiles = [
    {
      id: 'quarter',
      value: summary.quarter,
      label: t('summary.quarter', { date: format.dateTime(calendarDate(summary.quarterEnd), 'medium') }),
      href: hrefWith(PATH, { window: 'quarter' }),
    },
    { id: 'd30', value: summary.d30, label: t('summary.d30'), href: hrefWith(PATH, { window: 'd30' }) },
    { id: 'd90', value: summary.d90, label: t('summary.d90'), href: hrefWith(PATH, { window: 'd90' }) },
    { id: 'passed', value: summary.passed, label: t('summary.passed'), href: hrefWith(PATH, { window: 'passed' }) },
    { id: 'overdue', value: summary.overdue, label: t('summary.overdue'), href: hrefWith(PATH, { action: 'overdue' }) },
  ];
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ul className="tiles" aria-label={t('summaryLabel')}>
        {tiles.map((tile) => (
          <li key={tile.id} className={tile.value > 0 ? 'tile tile-warn' : 'tile'} data-testid={`caseload-${tile.id}`}>
            <Link href={tile.href} className="tile-link">
              <span className="tile-value">{format.number(tile.value)}</span>
              <span className="tile-label">{tile.label}</span>
            </Link>
          </li>
        ))}
      </ul>
      <CaseloadFilters filter={filter} />
      <p role="status">{t('found', { count: list.total })}</p>
      <CaseloadTable rows={list.rows} />
      <ExportLinks table="caseload" title={t('title')} params={caseloadSearch(filter)} />
      <Pagination
        label={t('title')}
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        path={PATH}
        params={caseloadSearch(filter)}
      />
    </>
  );
}
