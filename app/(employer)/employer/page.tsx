import type { Metadata } from 'next';
import Link from 'next/link';
import { formatDate } from '~/i18n/config';
import { getMessages } from '~/i18n/server';
import { serverApi } from '~/trpc/server';
import { requireRole } from '~/app/_lib/require-role';
import { OrganisationStatus } from './organisation-status';
import { VacancyTable } from './vacancy-table';

export const metadata: Metadata = { title: 'Werkgever / Employer' };

export default async function EmployerHome() {
  await requireRole('employer');
  const api = await serverApi();
  const [{ locale, t }, organisation] = await Promise.all([getMessages(), api.organisation.mine()]);
  if (organisation.approvalStatus !== 'approved') {
    return <OrganisationStatus name={organisation.name} status={organisation.approvalStatus} t={t} />;
  }
  const [vacancies, redundancies, atRiskWorkers] = await Promise.all([
    api.vacancy.listMine({}),
    api.redundancy.listMine(),
    api.atRiskWorker.listMine(),
  ]);
  const c = t.employer.columns;
  return (
    <>
      <h1>
        {t.employer.title}: {organisation.name}
      </h1>

      <section aria-labelledby="redundancies-title">
        <h2 id="redundancies-title">{t.employer.redundancies}</h2>
        {redundancies.length === 0 ? (
          <p>{t.employer.noRedundancies}</p>
        ) : (
          <div className="table-scroll" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{c.title}</th>
                  <th scope="col">{c.expectedDate}</th>
                  <th scope="col">{c.reason}</th>
                  <th scope="col">{c.affected}</th>
                  <th scope="col">{c.registered}</th>
                  <th scope="col">{c.status}</th>
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
                    <td>{formatDate(locale, r.expectedDate)}</td>
                    <td>{t.enums.reason[r.reason]}</td>
                    <td>{r.affectedCount}</td>
                    <td>{r.registeredWorkers}</td>
                    <td>{t.enums.redundancyStatus[r.status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="at-risk-title">
        <h2 id="at-risk-title">{t.employer.atRiskWorkers}</h2>
        {atRiskWorkers.length === 0 ? (
          <p>{t.employer.noAtRiskWorkers}</p>
        ) : (
          <div className="table-scroll" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{c.name}</th>
                  <th scope="col">{c.occupation}</th>
                  <th scope="col">{c.status}</th>
                  <th scope="col">{c.deadline}</th>
                </tr>
              </thead>
              <tbody>
                {atRiskWorkers.map((w) => (
                  <tr key={w.id}>
                    <th scope="row">{w.name}</th>
                    <td>{(locale === 'en' ? w.occupationLabelEn : w.occupationLabelNl) ?? '—'}</td>
                    <td>{t.enums.status[w.status]}</td>
                    <td>{formatDate(locale, w.guidanceDeadline)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="vacancies-title">
        <h2 id="vacancies-title">
          {t.employer.vacancies} ({vacancies.length})
        </h2>
        <p className="actions">
          <Link href="/employer/vacancies/new" className="button-link">
            {t.employer.newVacancy}
          </Link>{' '}
          <Link href="/employer/vacancies">{t.employer.allVacancies}</Link>
        </p>
        <VacancyTable vacancies={vacancies} locale={locale} t={t} />
      </section>
    </>
  );
}
