import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { serverApi } from '~/trpc/server';
import { DataTable } from '~/app/_components/data-table';
import { IntroductionStatusFilter } from '~/app/_components/introduction-status-filter';
import { Pagination } from '~/app/_components/pagination';
import { introductionListParams } from '~/app/_lib/introduction-params';
import { requireApprovedEmployer } from '~/app/_lib/require-role';

export const metadata: Metadata = { title: 'Voorstellen / Introductions' };

/**
 * The firm's introductions, newest change first, filtered by step and a page at a time: each
 * candidate by the firm's pseudonym, and by name only while the worker's consent stands.
 */
export default async function EmployerIntroductions({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireApprovedEmployer();
  const params = introductionListParams.parse(await searchParams);
  const api = await serverApi();
  const [t, format, list] = await Promise.all([
    getTranslations('introductions'),
    getFormatter(),
    api.introduction.listMine({ status: params.status, vacancyId: params.vacancy, page: params.page }),
  ]);
  const rows = list.rows.map(({ candidate, ...row }) => ({
    ...row,
    candidateId: candidate?.candidateId ?? '',
    identity: candidate?.identity ?? null,
  }));
  return (
    <>
      <p>
        <Link href="/employer">← {t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <section aria-labelledby="introduction-list-title">
        <h2 id="introduction-list-title" className="visually-hidden">
          {t('table')}
        </h2>
        <IntroductionStatusFilter path="/employer/introductions" current={params.status} counts={list.counts} />
        <DataTable
          caption={t('table')}
          rows={rows}
          rowKey={(r) => r.id}
          empty={params.status ? t('noneWithStatus', { status: t(`status.${params.status}`) }) : t('none')}
          columns={[
            {
              key: 'candidate',
              header: t('columns.candidate'),
              rowHeader: true,
              cell: (r) => (
                <Link href={`/employer/introductions/${r.id}`}>
                  {r.identity ? r.identity.name : t('candidate', { code: r.candidateId })}
                  {r.identity && <span className="cell-note">{t('candidate', { code: r.candidateId })}</span>}
                </Link>
              ),
            },
            { key: 'vacancy', header: t('columns.vacancy'), cell: (r) => r.vacancyTitle },
            { key: 'status', header: t('columns.status'), cell: (r) => t(`status.${r.status}`) },
            { key: 'started', header: t('columns.started'), cell: (r) => t(`initiatedBy.${r.initiatedBy}`) },
            {
              key: 'updated',
              header: t('columns.updated'),
              cell: (r) => <span className="nowrap">{format.dateTime(r.updatedAt, { dateStyle: 'medium' })}</span>,
            },
          ]}
        />
        <Pagination
          label={t('table')}
          page={list.page}
          pageSize={list.pageSize}
          total={list.total}
          path="/employer/introductions"
          params={{ status: params.status, vacancy: params.vacancy }}
          fragment="introduction-list-title"
        />
      </section>
    </>
  );
}
