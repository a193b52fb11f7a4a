import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { Announcer } from '~/app/_components/announcer';
import { DataTable } from '~/app/_components/data-table';
import { Pagination } from '~/app/_components/pagination';
import { pageParam } from '~/app/_lib/page-param';
import { requireRole } from '~/app/_lib/require-role';
import { knownKind, templateValues } from '~/server/notifications/render';
import { serverApi } from '~/trpc/server';
import { EmailChoiceForm } from './email-choice-form';
import { MarkAllReadButton, MarkReadButton } from './read-buttons';

export const metadata: Metadata = { title: 'Meldingen / Notifications' };

const params = z.object({ page: pageParam });

/** Every signed-in user's notifications, newest first, and their choice of notification mail. */
export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole('worker', 'employer', 'coordinator', 'admin');
  const { page } = params.parse(await searchParams);
  const api = await serverApi();
  const [t, list, preferences] = await Promise.all([
    getTranslations('notifications'),
    api.notification.listMine({ page }),
    api.notification.preferences(),
  ]);
  const rows = list.rows.map((row) => ({
    ...row,
    message: t(`kinds.${knownKind(row.kind)}`, templateValues(row.payload)),
  }));
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <section aria-labelledby="notifications-list-title">
        <h2 id="notifications-list-title" className="visually-hidden">
          {t('listTitle')}
        </h2>
        <Announcer>
          <p>{t('unreadSummary', { count: list.unread })}</p>
          {list.unread > 0 && <MarkAllReadButton />}
          <DataTable
            caption={t('listTitle')}
            rows={rows}
            rowKey={(n) => n.id}
            empty={t('none')}
            columns={[
              {
                key: 'message',
                header: t('columns.message'),
                rowHeader: true,
                cell: (n) => (
                  <span className={n.readAt ? undefined : 'notification-unread'}>
                    <Link href={n.href}>{n.message}</Link>
                    <span className="notification-state">{n.readAt ? t('read') : t('unread')}</span>
                  </span>
                ),
              },
              {
                key: 'date',
                header: t('columns.date'),
                cell: (n) => t('receivedAt', { date: n.createdAt }),
              },
              {
                key: 'actions',
                header: t('columns.actions'),
                cell: (n) => (n.readAt ? null : <MarkReadButton notificationId={n.id} message={n.message} />),
              },
            ]}
          />
        </Announcer>
        <Pagination
          label={t('listTitle')}
          page={page}
          pageSize={list.pageSize}
          total={list.total}
          path="/notifications"
          params={{}}
          fragment="notifications-list-title"
        />
      </section>
      <section className="card" aria-labelledby="notification-email-title">
        <h2 id="notification-email-title">{t('email.title')}</h2>
        <EmailChoiceForm initial={preferences.notificationEmail} />
      </section>
    </>
  );
}
