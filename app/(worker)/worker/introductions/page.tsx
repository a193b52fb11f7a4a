import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { serverApi } from '~/trpc/server';
import { DataTable } from '~/app/_components/data-table';
import { IntroductionStatusFilter } from '~/app/_components/introduction-status-filter';
import { Pagination } from '~/app/_components/pagination';
import { introductionListParams } from '~/app/_lib/introduction-params';
import { requireRole } from '~/app/_lib/require-role';

export const metadata: Metadata = { title: 'Voorstellen / Introductions' };

/** The worker's introductions, newest change first, filtered by step and a page at a time; the waiting ones marked. */
export default async function WorkerIntroductions({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole('worker');
  const params = introductionListParams.parse(await searchParams);
  const api = await serverApi();
  const [t, format, list] = await Promise.all([
    getTranslations('introductions'),
    getFormatter(),
    api.introduction.listMine({ status: params.status, page: params.page }),
  ]);
  return (
    <>
      <p>
        <Link href="/worker">← {t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <section aria-labelledby="introduction-list-title">
        <h2 id="introduction-list-title" className="visually-hidden">
          {t('table')}
        </h2>
        <IntroductionStatusFilter path="/worker/introductions" current={params.status} counts={list.counts} />
        <DataTable
          caption={t('table')}
          rows={list.rows}
          rowKey={(r) => r.id}
          empty={params.status ? t('noneWithStatus', { status: t(`status.${params.status}`) }) : t('none')}
          columns={[
            {
              key: 'vacancy',
              header: t('columns.vacancy'),
              rowHeader: true,
              cell: (r) => (
                <Link href={`/worker/introductions/${r.id}`}>
                  {r.vacancyTitle}
                  {r.status === 'proposed' && r.initiatedBy === 'employer' && (
                    <span className="cell-note">
                      <strong>{t('waiting')}</strong>
                    </span>
                  )}
                </Link>
              ),
            },
            { key: 'employer', header: t('columns.employer'), cell: (r) => r.organisationName },
            { key: 'status', header: t('columns.status'), cell: (r) => t(`status.${r.status}`) },
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
          path="/worker/introductions"
          params={{ status: params.status }}
          fragment="introduction-list-title"
        />
      </section>
    </>
  );
}
