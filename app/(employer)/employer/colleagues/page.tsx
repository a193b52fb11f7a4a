import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { InviteForm } from '~/app/_components/invite-form';
import { PendingInvitations } from '~/app/_components/pending-invitations';
import { offsetOf, PAGE_SIZE } from '~/server/lib/pagination';
import { serverApi } from '~/trpc/server';
import { pageParam } from '~/app/_lib/page-param';
import { requireApprovedEmployer } from '~/app/_lib/require-role';

export const metadata: Metadata = { title: 'Collega’s / Colleagues' };

const params = z.object({ page: pageParam });

/** Colleagues who work in Overstap for the firm: invite one, and the invitations still waiting. */
export default async function ColleaguesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireApprovedEmployer();
  const { page } = params.parse(await searchParams);
  const api = await serverApi();
  const [t, organisation, pending] = await Promise.all([
    getTranslations('colleagues'),
    api.organisation.mine(),
    api.invitation.listColleagues(),
  ]);
  // A firm has a few HR colleagues waiting at most: the page is cut from the whole list.
  const shown = pending.slice(offsetOf(page), offsetOf(page) + PAGE_SIZE);
  return (
    <>
      <p>
        <Link href="/employer">← {t('back')}</Link>
      </p>
      <h1>{t('title', { organisation: organisation.name })}</h1>
      <p>{t('intro')}</p>
      <section className="card" aria-labelledby="invite-colleague-title">
        <h2 id="invite-colleague-title">{t('inviteTitle')}</h2>
        <InviteForm side="employer" />
      </section>
      <PendingInvitations
        side="employer"
        title={t('pendingTitle')}
        titleId="pending-title"
        rows={shown}
        page={page}
        pageSize={PAGE_SIZE}
        total={pending.length}
        path="/employer/colleagues"
      />
    </>
  );
}
