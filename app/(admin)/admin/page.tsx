import type { Metadata } from 'next';
import Link from 'next/link';
import { Pagination } from '~/app/_components/pagination';
import { hrefWith } from '~/app/_lib/href';
import { requireRole } from '~/app/_lib/require-role';
import { format } from '~/i18n/config';
import { getMessages } from '~/i18n/server';
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
  const [{ locale, t }, regions, accounts] = await Promise.all([
    getMessages(),
    api.region.list({ page: params.regionPage }),
    api.account.list({
      query: params.q || undefined,
      role: params.role,
      status: params.status,
      regionId: params.region,
      page: params.page,
    }),
  ]);
  const a = t.admin;
  const linkParams = asLinkParams(params);
  const regionName = params.region
    ? (regions.rows.find((r) => r.id === params.region)?.name ?? accounts.rows[0]?.regionName ?? '—')
    : null;
  return (
    <>
      <h1>{a.title}</h1>
      <p>{a.intro}</p>

      <section aria-labelledby="regions-title">
        <h2 id="regions-title">{a.regions}</h2>
        <RegionsTable regions={regions.rows} t={t} />
        <Pagination
          label={a.regions}
          page={regions.page}
          pageSize={regions.pageSize}
          total={regions.total}
          path="/admin"
          params={linkParams}
          param="regionPage"
          fragment="regions-title"
          t={t}
        />
      </section>

      <section aria-labelledby="accounts-title" id="accounts">
        <h2 id="accounts-title">{a.accounts}</h2>
        <AccountSearch params={params} t={t} />
        {regionName && (
          <p className="notice">
            {format(a.onlyRegion, { region: regionName })}{' '}
            <Link href={hrefWith('/admin', { ...linkParams, region: undefined, page: undefined }, 'accounts')}>
              {a.allRegions}
            </Link>
          </p>
        )}
        <p className="status-line" data-testid="accounts-found">
          {accounts.total === 1 ? a.foundOne : format(a.found, { count: accounts.total })}
        </p>
        <AccountsTable accounts={accounts.rows} locale={locale} t={t} />
        <Pagination
          label={a.accounts}
          page={accounts.page}
          pageSize={accounts.pageSize}
          total={accounts.total}
          path="/admin"
          params={linkParams}
          fragment="accounts"
          t={t}
        />
      </section>
    </>
  );
}
