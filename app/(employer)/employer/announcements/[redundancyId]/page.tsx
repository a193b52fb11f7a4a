import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { Announcer } from '~/app/_components/announcer';
import { Pagination } from '~/app/_components/pagination';
import { calendarDate } from '~/i18n/config';
import { guidanceDeadline } from '~/server/lib/guidance';
import { offsetOf, PAGE_SIZE } from '~/server/lib/pagination';
import { serverApi } from '~/trpc/server';
import { orNotFound } from '~/app/_lib/or-not-found';
import { pageParam } from '~/app/_lib/page-param';
import { requireApprovedEmployer } from '~/app/_lib/require-role';
import { CancelAnnouncement } from './cancel-announcement';
import { CohortFigures } from './cohort-figures';
import { CohortTable } from './cohort-table';

export const metadata: Metadata = { title: 'Aankondiging / Announcement' };

const params = z.object({
  page: pageParam,
  done: z.enum(['created', 'saved', 'cancelled']).optional().catch(undefined),
});

/** One announcement: what it says, its figures at a glance, and its people with their guidance. */
export default async function AnnouncementPage({
  params: route,
  searchParams,
}: {
  params: Promise<{ redundancyId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireApprovedEmployer();
  const [{ redundancyId }, { page, done }] = await Promise.all([route, searchParams.then((p) => params.parse(p))]);
  const api = await serverApi();
  const [t, format, announcement, cohort] = await Promise.all([
    getTranslations(),
    getFormatter(),
    orNotFound(api.redundancy.get({ redundancyId })),
    orNotFound(api.redundancy.cohort({ redundancyId })),
  ]);
  const cancelled = announcement.status === 'cancelled';
  const path = `/employer/announcements/${redundancyId}`;
  // Even a large announcement has hundreds of people, not millions: the page is cut from the whole list.
  const shown = cohort.slice(offsetOf(page), offsetOf(page) + PAGE_SIZE);
  return (
    <>
      <p>
        <Link href="/employer/announcements">← {t('announcementPage.back')}</Link>
      </p>
      <h1>{announcement.title}</h1>
      {done && (
        <p className="notice notice-success" role="status">
          {t(`announcementPage.done.${done}`)}
        </p>
      )}
      {cancelled && announcement.cancelledAt && (
        <p className="notice">{t('announcementPage.cancelledNotice', { date: announcement.cancelledAt })}</p>
      )}

      <div className="grid-2">
        <section className="card" aria-labelledby="details-title">
          <h2 id="details-title">{t('announcementPage.details')}</h2>
          <dl className="facts">
            <dt>{t('announcementPage.status')}</dt>
            <dd>{t(`enums.redundancyStatus.${announcement.status}`)}</dd>
            <dt>{t('announcementPage.roles')}</dt>
            <dd>
              <ul className="plain-list">
                {announcement.roles.map((role) => (
                  <li key={`${role.occupationId}|${role.title}`}>
                    {t('announcements.roleCount', { count: role.count, role: role.title })}
                  </li>
                ))}
              </ul>
            </dd>
            <dt>{t('announcementPage.announcedOn')}</dt>
            <dd>{format.dateTime(calendarDate(announcement.announcedOn), 'medium')}</dd>
            <dt>{t('announcementPage.expectedDate')}</dt>
            <dd>{format.dateTime(calendarDate(announcement.expectedDate), 'medium')}</dd>
            <dt>{t('announcementPage.reason')}</dt>
            <dd>{t(`enums.reason.${announcement.reason}`)}</dd>
            <dt>{t('announcementPage.guidance')}</dt>
            <dd>
              {t('announcementPage.guidanceWindow', {
                months: announcement.guidanceWindowMonths,
                date: calendarDate(guidanceDeadline(announcement.announcedOn, announcement.guidanceWindowMonths)),
              })}
            </dd>
          </dl>
          {announcement.warnCyclical && !cancelled && (
            <p className="notice">
              <strong>{t('announcementForm.cyclicalTitle')}</strong> {t('announcementForm.cyclicalWarning')}
            </p>
          )}
          {!cancelled && (
            <div className="actions">
              <Link href={`${path}/invite`} className="button-link">
                {t('announcementPage.invite')}
              </Link>
              <Link href={`${path}/edit`}>{t('announcementPage.edit')}</Link>
              <CancelAnnouncement redundancyId={redundancyId} title={announcement.title} />
            </div>
          )}
        </section>
        <CohortFigures counts={announcement.counts} />
      </div>

      <section aria-labelledby="cohort-title">
        <h2 id="cohort-title">{t('cohort.title')}</h2>
        <p>{t('cohort.intro')}</p>
        <Announcer>
          <CohortTable redundancyId={redundancyId} rows={shown} cancelled={cancelled} />
        </Announcer>
        <Pagination
          label={t('cohort.title')}
          page={page}
          pageSize={PAGE_SIZE}
          total={cohort.length}
          path={path}
          params={{}}
          fragment="cohort-title"
        />
      </section>
    </>
  );
}
