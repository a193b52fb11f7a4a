import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { Announcer } from '~/app/_components/announcer';
import { DataTable } from '~/app/_components/data-table';
import { Pagination } from '~/app/_components/pagination';
import { offsetOf, PAGE_SIZE } from '~/server/lib/pagination';
import { serverApi } from '~/trpc/server';
import { pageParam } from '~/app/_lib/page-param';
import { requireApprovedEmployer } from '~/app/_lib/require-role';
import { InvitationActions } from '../_components/invitation-actions';
import { InviteColleagueForm } from './invite-colleague-form';

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
        <InviteColleagueForm />
      </section>
      <section aria-labelledby="pending-title">
        <h2 id="pending-title">{t('pendingTitle')}</h2>
        <Announcer>
          <DataTable
            caption={t('pendingTitle')}
            rows={shown}
            rowKey={(i) => i.id}
            empty={t('nonePending')}
            columns={[
              {
                key: 'name',
                header: t('columns.name'),
                rowHeader: true,
                cell: (i) => (
                  <>
                    {i.name}
                    <span className="cell-detail">{i.email}</span>
                  </>
                ),
              },
              {
                key: 'state',
                header: t('columns.state'),
                cell: (i) =>
                  i.state === 'expired'
                    ? t('expired', { date: i.expiresAt })
                    : t('waiting', { sent: i.sentAt ?? i.createdAt, until: i.expiresAt }),
              },
              {
                key: 'actions',
                header: t('columns.actions'),
                cell: (i) => <InvitationActions invitationId={i.id} name={i.name} />,
              },
            ]}
          />
        </Announcer>
        <Pagination
          label={t('pendingTitle')}
          page={page}
          pageSize={PAGE_SIZE}
          total={pending.length}
          path="/employer/colleagues"
          params={{}}
          fragment="pending-title"
        />
      </section>
    </>
  );
}
