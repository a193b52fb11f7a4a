import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Pagination } from '~/app/_components/pagination';
import { hrefWith } from '~/app/_lib/href';
import { requireRole } from '~/app/_lib/require-role';
import { serverApi } from '~/trpc/server';
import { AccountSearch } from './account-search';
import { AccountsTable } from './accounts-table';
import { RegionsTable } from './regions-table';
import { adminSearchParams, asLinkParams } from './search-params';

export const metadata: Metadata = { title: 'Beheer / Administration' };

/** The admin's portal: every region with its coordinators, and every account to find, disable or enable. */
export default async function AdminHome({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole('admin');
  const params = adminSearchParams.parse(await searchParams);
  const api = await serverApi();
  const [t, regions, accounts] = await Promise.all([
    getTranslations('admin'),
    api.region.list({ page: params.regionPage }),
    api.account.list({
      query: params.q || undefined,
      role: params.role,
      status: params.status,
      regionId: params.region,
      page: params.page,
    }),
  ]);
  const linkParams = asLinkParams(params);
  const regionName = params.region
    ? (regions.rows.find((r) => r.id === params.region)?.name ?? accounts.rows[0]?.regionName ?? '—')
    : null;
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>

      <section aria-labelledby="regions-title">
        <h2 id="regions-title">{t('regions')}</h2>
        <RegionsTable regions={regions.rows} />
        <Pagination
          label={t('regions')}
          page={regions.page}
          pageSize={regions.pageSize}
          total={regions.total}
          path="/admin"
          params={linkParams}
          param="regionPage"
          fragment="regions-title"
        />
      </section>

      <section aria-labelledby="accounts-title" id="accounts">
        <h2 id="accounts-title">{t('accounts')}</h2>
        <AccountSearch params={params} />
        {regionName && (
          <p className="notice">
            {t('onlyRegion', { region: regionName })}{' '}
            <Link href={hrefWith('/admin', { ...linkParams, region: undefined, page: undefined }, 'accounts')}>
              {t('allRegions')}
            </Link>
          </p>
        )}
        <p className="status-line" data-testid="accounts-found">
          {t('found', { count: accounts.total })}
        </p>
        <AccountsTable accounts={accounts.rows} />
        <Pagination
          label={t('accounts')}
          page={accounts.page}
          pageSize={accounts.pageSize}
          total={accounts.total}
          path="/admin"
          params={linkParams}
          fragment="accounts"
        />
      </section>
    </>
  );
}
