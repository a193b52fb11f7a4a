import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { serverApi } from '~/trpc/server';
import { Pagination } from '~/app/_components/pagination';
import { requireApprovedEmployer } from '~/app/_lib/require-role';
import { SavedNotice } from './saved-notice';
import { vacancyListParams } from './search-params';
import { StatusFilter } from './status-filter';
import { VacancyList } from './vacancy-list';

export const metadata: Metadata = { title: 'Vacatures / Vacancies' };

/**
 * The employer's own vacancies, newest first, a page at a time and filtered by state, each with
 * what can be done with it. After a form saved one, the list says so and marks it.
 */
export default async function EmployerVacancies({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireApprovedEmployer();
  const params = vacancyListParams.parse(await searchParams);
  const api = await serverApi();
  const [t, organisation, list, saved] = await Promise.all([
    getTranslations(),
    api.organisation.mine(),
    api.vacancy.listMine({ status: params.status, page: params.page }),
    // Another firm's id (or a stale one) simply gives no notice.
    params.vacancy && params.done ? api.vacancy.get({ vacancyId: params.vacancy }).catch(() => null) : null,
  ]);
  return (
    <>
      <p>
        <Link href="/employer">← {t('employerVacancies.back')}</Link>
      </p>
      <h1>{t('employerVacancies.title', { organisation: organisation.name })}</h1>
      {saved && params.done && <SavedNotice vacancy={saved} done={params.done} />}
      <p className="actions">
        <Link href="/employer/vacancies/new" className="button-link">
          {t('employer.newVacancy')}
        </Link>
        <Link href="/employer/vacancies/import" className="button-link button-link-secondary">
          {t('employerVacancies.import')}
        </Link>
      </p>
      <section aria-labelledby="vacancy-list-title">
        <h2 id="vacancy-list-title" className="visually-hidden">
          {t('employerVacancies.table')}
        </h2>
        <StatusFilter current={params.status} counts={list.counts} />
        <VacancyList
          rows={list.rows}
          highlightId={saved?.id}
          empty={
            params.status
              ? t('employerVacancies.noneWithStatus', { status: t(`enums.vacancyStatus.${params.status}`) })
              : t('employerVacancies.none')
          }
        />
        <Pagination
          label={t('employerVacancies.table')}
          page={list.page}
          pageSize={list.pageSize}
          total={list.total}
          path="/employer/vacancies"
          params={{ status: params.status }}
          fragment="vacancy-list-title"
        />
      </section>
    </>
  );
}
