import { getTranslations } from 'next-intl/server';
import { Announcer } from '~/app/_components/announcer';
import { DataTable } from '~/app/_components/data-table';
import { InvitationActions, type InvitingSide } from '~/app/_components/invitation-actions';
import { Pagination } from '~/app/_components/pagination';

interface PendingInvitation {
  id: string;
  name: string;
  email: string;
  state: string;
  sentAt: Date | null;
  createdAt: Date;
  expiresAt: Date;
}

/**
 * The invitations of colleagues that were neither used nor revoked, a page at a time, each with
 * "send again" and "revoke": HR's colleagues of the firm, or a region's coordinators.
 */
export async function PendingInvitations({
  side,
  title,
  titleId,
  rows,
  page,
  pageSize,
  total,
  path,
  params = {},
  param,
}: {
  side: InvitingSide;
  title: string;
  titleId: string;
  rows: PendingInvitation[];
  page: number;
  pageSize: number;
  total: number;
  /** The page's path, its other search parameters and the one that holds this list's page. */
  path: string;
  params?: Record<string, string | undefined>;
  param?: string;
}) {
  const t = await getTranslations('colleagues');
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <Announcer>
        <DataTable
          caption={title}
          rows={rows}
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
              cell: (i) => <InvitationActions invitationId={i.id} name={i.name} side={side} />,
            },
          ]}
        />
      </Announcer>
      <Pagination
        label={title}
        page={page}
        pageSize={pageSize}
        total={total}
        path={path}
        params={params}
        param={param}
        fragment={titleId}
      />
    </section>
  );
}
