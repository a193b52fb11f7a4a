import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { Pagination } from '~/app/_components/pagination';
import { offsetOf, PAGE_SIZE } from '~/server/lib/pagination';
import { serverApi } from '~/trpc/server';
import { pageParam } from '~/app/_lib/page-param';
import { requireApprovedEmployer } from '~/app/_lib/require-role';
import { AnnouncementTable } from './announcement-table';

export const metadata: Metadata = { title: 'Aankondigingen / Announcements' };

const params = z.object({ page: pageParam });

/** All of the firm's redundancy announcements, the latest expected date first. */
export default async function AnnouncementsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireApprovedEmployer();
  const { page } = params.parse(await searchParams);
  const api = await serverApi();
  const [t, organisation, announcements] = await Promise.all([
    getTranslations(),
    api.organisation.mine(),
    api.redundancy.listMine(),
  ]);
  // A firm announces a handful of redundancies, not thousands: the page is cut from the whole list.
  const shown = announcements.slice(offsetOf(page), offsetOf(page) + PAGE_SIZE);
  return (
    <>
      <p>
        <Link href="/employer">← {t('employerVacancies.back')}</Link>
      </p>
      <h1>{t('announcements.title', { organisation: organisation.name })}</h1>
      <p>{t('announcements.intro')}</p>
      <p>
        <Link href="/employer/announcements/new" className="button-link">
          {t('announcements.new')}
        </Link>
      </p>
      <AnnouncementTable announcements={shown} />
      <Pagination
        label={t('employer.redundancies')}
        page={page}
        pageSize={PAGE_SIZE}
        total={announcements.length}
        path="/employer/announcements"
        params={{}}
      />
    </>
  );
}
