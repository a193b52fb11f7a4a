import type { inferRouterOutputs } from '@trpc/server';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { DataTable } from '~/app/_components/data-table';
import { calendarDate, conceptLabel } from '~/i18n/config';
import { useLanguage } from '~/i18n/language';
import type { AppRouter } from '~/server/api/root';
import { InvitationActions } from '~/app/_components/invitation-actions';

type CohortRow = inferRouterOutputs<AppRouter>['redundancy']['cohort'][number];

/** Days left are shown while the guidance still counts; nearer than this, the row says so. */
const NEAR_DEADLINE_DAYS = 90;
const guided = new Set(['invited', 'invitation_expired', 'at_risk', 'in_transition']);
const waiting = new Set(['invited', 'invitation_expired']);

export const cohortRowKey = (row: CohortRow) => row.invitationId ?? row.workerId ?? row.name;

/**
 * The people of an announcement (one page of them): where each stands, the days left in their
 * guidance window, the skills the firm confirmed, and the invitation's actions while it waits.
 */
export function CohortTable({
  redundancyId,
  rows,
  cancelled,
}: {
  redundancyId: string;
  rows: CohortRow[];
  cancelled: boolean;
}) {
  const t = useTranslations('cohort');
  const tPlacement = useTranslations('placements.cohort');
  const tEnums = useTranslations('enums');
  const locale = useLanguage();
  const skillsHref = (row: CohortRow) =>
    row.invitationId
      ? `/employer/announcements/${redundancyId}/skills?invitation=${row.invitationId}`
      : `/employer/announcements/${redundancyId}/skills?worker=${row.workerId}`;
  return (
    <DataTable
      caption={t('title')}
      rows={rows}
      rowKey={cohortRowKey}
      empty={t('none')}
      columns={[
        {
          key: 'name',
          header: t('columns.name'),
          rowHeader: true,
          cell: (row) => (
            <>
              {row.name}
              {row.email && <span className="cell-detail">{row.email}</span>}
            </>
          ),
        },
        {
          key: 'role',
          header: t('columns.role'),
          cell: (row) => {
            const occupation =
              row.occupationLabelNl || row.occupationLabelEn
                ? conceptLabel(locale, row.occupationLabelNl, row.occupationLabelEn)
                : null;
            // The role is often named after its occupation: said once then.
            return (
              <>
                {row.roleTitle ?? occupation ?? '—'}
                {row.roleTitle && occupation && occupation !== row.roleTitle && (
                  <span className="cell-detail">{occupation}</span>
                )}
              </>
            );
          },
        },
        {
          key: 'stage',
          header: t('columns.stage'),
          cell: (row) => (
            <>
              <span className={`status-badge stage-${row.stage}`}>{t(`stage.${row.stage}`)}</span>
              {row.placement && (
                <span className="cell-detail">
                  {tPlacement('hired', {
                    date: calendarDate(row.placement.startDate),
                    sector: tEnums(`sector.${row.placement.sector}`),
                  })}
                </span>
              )}
            </>
          ),
        },
        {
          key: 'guidance',
          header: t('columns.guidance'),
          cell: (row) =>
            guided.has(row.stage) ? (
              <>
                <span className={row.daysLeft <= NEAR_DEADLINE_DAYS ? 'days-left days-left-near' : 'days-left'}>
                  {t('daysLeft', { days: row.daysLeft })}
                </span>
                <span className="cell-detail">{t('until', { date: calendarDate(row.guidanceDeadline) })}</span>
              </>
            ) : (
              '—'
            ),
        },
        {
          key: 'skills',
          header: t('columns.skills'),
          cell: (row) => (
            <>
              {t('skillCount', { count: row.confirmedSkills.length })}
              {!cancelled && row.stage !== 'invitation_revoked' && row.stage !== 'withdrawn' && (
                <span className="cell-detail">
                  <Link href={skillsHref(row)} aria-label={t('skillsFor', { name: row.name })}>
                    {row.confirmedSkills.length > 0 ? t('editSkills') : t('addSkills')}
                  </Link>
                </span>
              )}
            </>
          ),
        },
        {
          key: 'invitation',
          header: t('columns.invitation'),
          cell: (row) =>
            row.invitationId && waiting.has(row.stage) && !cancelled ? (
              <>
                {row.invitationSentAt && (
                  <span className="cell-detail">
                    {t('sentOn', { date: row.invitationSentAt })}
                    {row.invitationExpiresAt && row.stage === 'invited' && (
                      <> · {t('validUntil', { date: row.invitationExpiresAt })}</>
                    )}
                  </span>
                )}
                <InvitationActions invitationId={row.invitationId} name={row.name} />
              </>
            ) : row.invitationId && row.stage === 'invitation_revoked' ? (
              t('revokedNote')
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}
