import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { calendarDate } from '~/i18n/config';
import { getLanguage } from '~/i18n/server';
import { serverApi } from '~/trpc/server';
import { requireRole } from '~/app/_lib/require-role';
import { OrganisationStatus } from './organisation-status';
import { VacancyTable } from './vacancy-table';

export const metadata: Metadata = { title: 'Werkgever / Employer' };

export default async function EmployerHome() {
  await requireRole('employer');
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

      <section aria-labelledby="redundancies-title">
        <h2 id="redundancies-title">{t('employer.redundancies')}</h2>
        {redundancies.length === 0 ? (
          <p>{t('employer.noRedundancies')}</p>
        ) : (
          <div className="table-scroll" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('employer.columns.title')}</th>
                  <th scope="col">{t('employer.columns.expectedDate')}</th>
                  <th scope="col">{t('employer.columns.reason')}</th>
                  <th scope="col">{t('employer.columns.affected')}</th>
                  <th scope="col">{t('employer.columns.registered')}</th>
                  <th scope="col">{t('employer.columns.status')}</th>
                </tr>
              </thead>
              <tbody>
                {redundancies.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      {r.title}
                      <ul className="inline-list">
                        {r.roles.map((role) => (
                          <li key={role.title}>
                            {role.count}× {role.title}
                          </li>
                        ))}
                      </ul>
                    </th>
                    <td>{format.dateTime(calendarDate(r.expectedDate), 'medium')}</td>
                    <td>{t(`enums.reason.${r.reason}`)}</td>
                    <td>{r.affectedCount}</td>
                    <td>{r.registeredWorkers}</td>
                    <td>{t(`enums.redundancyStatus.${r.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
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
          {t('employer.vacancies')} ({vacancies.length})
        </h2>
        <p className="actions">
          <Link href="/employer/vacancies/new" className="button-link">
            {t('employer.newVacancy')}
          </Link>{' '}
          <Link href="/employer/vacancies">{t('employer.allVacancies')}</Link>
        </p>
        <VacancyTable vacancies={vacancies} />
      </section>
    </>
  );
}
