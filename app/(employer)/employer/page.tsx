import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { vacancyStatusValues } from '~/db/schema/enums';
import { calendarDate } from '~/i18n/config';
import { getLanguage } from '~/i18n/server';
import { serverApi } from '~/trpc/server';
import { requireRole } from '~/app/_lib/require-role';
import { Pagination } from '~/app/_components/pagination';
import { pageParam } from '~/app/_lib/page-param';
import { offsetOf, PAGE_SIZE } from '~/server/lib/pagination';
import { AnnouncementTable } from './announcements/announcement-table';
import { OrganisationStatus } from './organisation-status';

export const metadata: Metadata = { title: 'Werkgever / Employer' };

export default async function EmployerHome({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole('employer');
  const announcementsPage = pageParam.parse((await searchParams).announcements);
  const api = await serverApi();
  const [locale, t, format, organisation] = await Promise.all([
    getLanguage(),
    getTranslations(),
    getFormatter(),
    api.organisation.mine(),
  ]);
  if (organisation.approvalStatus !== 'approved') {
    return <OrganisationStatus organisation={{ ...organisation, approvalStatus: organisation.approvalStatus }} />;
  }
  const [vacancies, redundancies, atRiskWorkers] = await Promise.all([
    api.vacancy.listMine({}),
    api.redundancy.listMine(),
    api.atRiskWorker.listMine(),
  ]);
  return (
    <>
      <h1>
        {t('employer.title')}: {organisation.name}
      </h1>
      <p>
        <Link href="/employer/colleagues">{t('colleagues.link')}</Link> ·{' '}
        <Link href="/employer/introductions">{t('introductions.link')}</Link>
      </p>

      <section aria-labelledby="redundancies-title">
        <h2 id="redundancies-title">{t('employer.redundancies')}</h2>
        <p className="actions">
          <Link href="/employer/announcements/new" className="button-link">
            {t('announcements.new')}
          </Link>{' '}
          <Link href="/employer/announcements">{t('announcements.all')}</Link>
        </p>
        <AnnouncementTable
          announcements={redundancies.slice(offsetOf(announcementsPage), offsetOf(announcementsPage) + PAGE_SIZE)}
        />
        <Pagination
          label={t('employer.redundancies')}
          page={announcementsPage}
          pageSize={PAGE_SIZE}
          total={redundancies.length}
          path="/employer"
          params={{}}
          param="announcements"
          fragment="redundancies-title"
        />
      </section>

      <section aria-labelledby="at-risk-title">
        <h2 id="at-risk-title">{t('employer.atRiskWorkers')}</h2>
        {atRiskWorkers.length === 0 ? (
          <p>{t('employer.noAtRiskWorkers')}</p>
        ) : (
          <div className="table-scroll" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('employer.columns.name')}</th>
                  <th scope="col">{t('employer.columns.occupation')}</th>
                  <th scope="col">{t('employer.columns.status')}</th>
                  <th scope="col">{t('employer.columns.deadline')}</th>
                </tr>
              </thead>
              <tbody>
                {atRiskWorkers.map((w) => (
                  <tr key={w.id}>
                    <th scope="row">{w.name}</th>
                    <td>{(locale === 'en' ? w.occupationLabelEn : w.occupationLabelNl) ?? '—'}</td>
                    <td>{t(`enums.status.${w.status}`)}</td>
                    <td>{format.dateTime(calendarDate(w.guidanceDeadline), 'medium')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="vacancies-title">
        <h2 id="vacancies-title">
          {t('employer.vacancies')} ({vacancies.total})
        </h2>
        {vacancies.total === 0 ? (
          <p>{t('employer.noVacancies')}</p>
        ) : (
          <ul className="status-counts" aria-label={t('employerVacancies.summary')}>
            {vacancyStatusValues.map((status) => (
              <li key={status}>
                <Link href={`/employer/vacancies?status=${status}`}>
                  {t('employerVacancies.count', {
                    label: t(`enums.vacancyStatus.${status}`),
                    count: vacancies.counts[status],
                  })}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <p className="actions">
          <Link href="/employer/vacancies/new" className="button-link">
            {t('employer.newVacancy')}
          </Link>
          <Link href="/employer/vacancies/import" className="button-link button-link-secondary">
            {t('employerVacancies.import')}
          </Link>
          <Link href="/employer/vacancies">{t('employer.allVacancies')}</Link>
        </p>
      </section>
    </>
  );
}
