import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { DataTable } from '~/app/_components/data-table';
import { Pagination } from '~/app/_components/pagination';
import { serverApi } from '~/trpc/server';
import { pageParam } from '~/app/_lib/page-param';
import { requireRole } from '~/app/_lib/require-role';
import { EraseAccountForm } from './erase-account-form';
import { ExportButton } from './export-button';

export const metadata: Metadata = { title: 'Mijn gegevens / My data' };

const params = z.object({ page: pageParam });

/** The worker's own data: which firms looked at their profile, a copy of everything, and deleting the account. */
export default async function MyDataPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole('worker');
  const { page } = params.parse(await searchParams);
  const api = await serverApi();
  const [t, views] = await Promise.all([getTranslations('myData'), api.myData.profileViews({ page })]);
  return (
    <>
      <p>
        <Link href="/worker">← {t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>

      <section aria-labelledby="views-title">
        <h2 id="views-title">{t('views.title')}</h2>
        <p>{t('views.intro')}</p>
        <DataTable
          caption={t('views.title')}
          rows={views.rows}
          rowKey={(row) => row.employerName}
          empty={t('views.none')}
          columns={[
            { key: 'employer', header: t('views.employer'), rowHeader: true, cell: (row) => row.employerName },
            {
              key: 'views',
              header: t('views.views'),
              cell: (row) =>
                row.lastViewedAt
                  ? t('views.viewCount', { count: row.views, last: row.lastViewedAt })
                  : t('views.viewCountNone'),
            },
            {
              key: 'reveals',
              header: t('views.reveals'),
              cell: (row) =>
                row.lastRevealedAt
                  ? t('views.revealCount', { count: row.reveals, last: row.lastRevealedAt })
                  : t('views.revealCountNone'),
            },
          ]}
        />
        <Pagination
          label={t('views.title')}
          page={views.page}
          pageSize={views.pageSize}
          total={views.total}
          path="/worker/my-data"
          params={{}}
          fragment="views-title"
        />
      </section>

      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">{t('export.title')}</h2>
        <p>{t('export.intro')}</p>
        <ExportButton />
      </section>

      <section className="card" aria-labelledby="erase-title">
        <h2 id="erase-title">{t('erase.title')}</h2>
        <p className="notice">{t('erase.warning')}</p>
        <ul>
          <li>{t('erase.removed')}</li>
          <li>{t('erase.kept')}</li>
          <li>{t('erase.introductions')}</li>
        </ul>
        <EraseAccountForm />
      </section>
    </>
  );
}
