import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { Pagination } from '~/app/_components/pagination';
import { pageParam } from '~/app/_lib/page-param';
import { requireRole } from '~/app/_lib/require-role';
import { serverApi } from '~/trpc/server';
import { ApprovalQueue } from './approval-queue';

export const metadata: Metadata = { title: 'Aanmeldingen / Registrations' };

const params = z.object({ page: pageParam });

/** The coordinator's queue: the region's firms awaiting a decision, each with what it registered. */
export default async function ApprovalsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole('coordinator');
  const { page } = params.parse(await searchParams);
  const api = await serverApi();
  const [t, queue] = await Promise.all([getTranslations('approvals'), api.organisation.approvalQueue({ page })]);
  return (
    <>
      <p>
        <Link href="/coordinator">← {t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <section aria-labelledby="approval-queue-title">
        <h2 id="approval-queue-title">{t('queue')}</h2>
        <ApprovalQueue firms={queue.rows} />
        <Pagination
          label={t('queue')}
          page={queue.page}
          pageSize={queue.pageSize}
          total={queue.total}
          path="/coordinator/approvals"
          params={{}}
          fragment="approval-queue-title"
        />
      </section>
    </>
  );
}
