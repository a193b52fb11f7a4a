import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { DataTable } from '~/app/_components/data-table';
import { InviteForm } from '~/app/_components/invite-form';
import { Pagination } from '~/app/_components/pagination';
import { PendingInvitations } from '~/app/_components/pending-invitations';
import { pageParam } from '~/app/_lib/page-param';
import { requireRole } from '~/app/_lib/require-role';
import { serverApi } from '~/trpc/server';
import { SettingsForm } from './settings-form';

export const metadata: Metadata = { title: 'Beheer / Administration' };

const params = z.object({ page: pageParam, invitations: pageParam });

/** The region's administration: employer registrations (their own page), settings, coordinators and inviting them. */
export default async function RegionAdministration({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole('coordinator');
  const { page, invitations } = params.parse(await searchParams);
  const api = await serverApi();
  const [t, i, overview, settings, coordinators, pending] = await Promise.all([
    getTranslations('coordinatorTools.admin'),
    getTranslations('coordinatorInvitations'),
    api.region.overview(),
    api.coordination.settings(),
    api.coordination.coordinators({ page }),
    api.coordination.coordinatorInvitations({ page: invitations }),
  ]);
  // Each list keeps the other's page in its links.
  const pages = {
    page: page > 1 ? String(page) : undefined,
    invitations: invitations > 1 ? String(invitations) : undefined,
  };
  return (
    <>
      <h1>
        {t('title')}: {settings.name}
      </h1>
      <p>{t('intro')}</p>
      <section aria-labelledby="admin-approvals">
        <h2 id="admin-approvals">{t('approvals.title')}</h2>
        <p>{t('approvals.text', { count: overview.pendingEmployers })}</p>
        <p>
          <Link href="/coordinator/approvals">{t('approvals.link')}</Link> ·{' '}
          <Link href="/coordinator/training">{t('trainingLink')}</Link>
        </p>
      </section>
      <SettingsForm
        settings={{
          guidanceWindowMonths: settings.guidanceWindowMonths,
          priorityWindowDays: settings.priorityWindowDays,
          defaultCommuteKm: settings.defaultCommuteKm,
          safetyWindowMonths: settings.safetyWindowMonths,
        }}
      />
      <section aria-labelledby="admin-coordinators">
        <h2 id="admin-coordinators">{t('coordinators.title')}</h2>
        <DataTable
          caption={t('coordinators.title')}
          rows={coordinators.rows}
          rowKey={(c) => c.id}
          empty="—"
          columns={[
            {
              key: 'name',
              header: t('coordinators.columns.name'),
              rowHeader: true,
              cell: (c) => (
                <>
                  {c.name} {c.you && t('coordinators.you')}
                </>
              ),
            },
            { key: 'email', header: t('coordinators.columns.email'), cell: (c) => c.email },
            {
              key: 'status',
              header: t('coordinators.columns.status'),
              cell: (c) => (c.disabled ? t('coordinators.disabled') : t('coordinators.active')),
            },
          ]}
        />
        <Pagination
          label={t('coordinators.title')}
          page={coordinators.page}
          pageSize={coordinators.pageSize}
          total={coordinators.total}
          path="/coordinator/admin"
          params={pages}
          fragment="admin-coordinators"
        />
      </section>
      <section className="card" aria-labelledby="invite-coordinator-title">
        <h2 id="invite-coordinator-title">{i('inviteTitle')}</h2>
        <p>{i('intro', { region: settings.name })}</p>
        <InviteForm side="coordinator" />
      </section>
      <PendingInvitations
        side="coordinator"
        title={i('pendingTitle')}
        titleId="admin-coordinator-invitations"
        rows={pending.rows}
        page={pending.page}
        pageSize={pending.pageSize}
        total={pending.total}
        path="/coordinator/admin"
        params={pages}
        param="invitations"
      />
    </>
  );
}
