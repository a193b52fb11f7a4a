import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { Pagination } from '~/app/_components/pagination';
import { pageParam } from '~/app/_lib/page-param';
import { requireRole } from '~/app/_lib/require-role';
import { serverApi } from '~/trpc/server';
import { PlacementTable } from './placement-table';

export const metadata: Metadata = { title: 'Plaatsingen / Placements' };

const params = z.object({ page: pageParam });

/** The region's placements for its coordinator, with the safety net for hires whose job ended. */
export default async function CoordinatorPlacements({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole('coordinator');
  const { page } = params.parse(await searchParams);
  const api = await serverApi();
  const [t, list] = await Promise.all([
    getTranslations('placements.coordinator'),
    api.introduction.regionPlacements({ page }),
  ]);
  return (
    <>
      <p>
        <Link href="/coordinator">← {t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <PlacementTable rows={list.rows} />
      <Pagination
        label={t('title')}
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        path="/coordinator/placements"
        params={{}}
      />
    </>
  );
}
