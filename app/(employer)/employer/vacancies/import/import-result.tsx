'use client';

import type { inferRouterOutputs } from '@trpc/server';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { DataTable } from '~/app/_components/data-table';
import { PageButtons, usePagedRows } from '~/app/_components/page-buttons';
import type { AppRouter } from '~/server/api/root';

type ImportResult = inferRouterOutputs<AppRouter>['vacancy']['importCsv'];
type Rejected = Extract<ImportResult, { ok: false }>;
type Imported = Extract<ImportResult, { ok: true }>;
type ImportedRow = Imported['created'][number];

/** Every problem of a refused file, by line and column, a page at a time. */
export function IssuesReport({ result }: { result: Rejected }) {
  const t = useTranslations('vacancyImport');
  const paged = usePagedRows(result.issues);
  return (
    <>
      <p>{t('rejectedIntro', { count: result.issues.length })}</p>
      <section aria-labelledby="import-issues-title">
        <h3 id="import-issues-title">{t('issues')}</h3>
        <DataTable
          caption={t('issues')}
          rows={paged.rows}
          rowKey={(issue) => `${issue.line}:${issue.column ?? ''}:${issue.problem}`}
          empty=""
          columns={[
            { key: 'line', header: t('issueColumns.line'), rowHeader: true, cell: (issue) => issue.line },
            { key: 'column', header: t('issueColumns.column'), cell: (issue) => issue.column ?? t('wholeLine') },
            { key: 'problem', header: t('issueColumns.problem'), cell: (issue) => issue.problem },
          ]}
        />
        <PageButtons label={t('issues')} paged={paged} />
      </section>
    </>
  );
}

function ImportedTable({ id, title, rows }: { id: string; title: string; rows: ImportedRow[] }) {
  const t = useTranslations('vacancyImport');
  const paged = usePagedRows(rows);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <DataTable
        caption={title}
        rows={paged.rows}
        rowKey={(row) => row.vacancyId}
        empty=""
        columns={[
          { key: 'line', header: t('resultColumns.line'), cell: (row) => row.line },
          { key: 'reference', header: t('resultColumns.reference'), cell: (row) => row.reference },
          { key: 'title', header: t('resultColumns.title'), rowHeader: true, cell: (row) => row.title },
          {
            key: 'vacancy',
            header: t('resultColumns.vacancy'),
            cell: (row) => (
              <Link
                href={`/employer/vacancies/${row.vacancyId}/preview`}
                aria-label={t('viewFor', { title: row.title })}
              >
                {t('view')}
              </Link>
            ),
          },
        ]}
      />
      <PageButtons label={title} paged={paged} />
    </section>
  );
}

/** What an accepted file did: the vacancies it created, and the lines that had been imported before. */
export function ImportedReport({ result }: { result: Imported }) {
  const t = useTranslations('vacancyImport');
  const count = result.created.length;
  return (
    <>
      <p>{result.published ? t('createdPublished', { count }) : t('createdDrafts', { count })}</p>
      {result.alreadyImported.length > 0 && <p>{t('alreadyImported', { count: result.alreadyImported.length })}</p>}
      <ImportedTable id="import-created-title" title={t('created')} rows={result.created} />
      <ImportedTable id="import-already-title" title={t('already')} rows={result.alreadyImported} />
      <p>
        <Link href={result.published ? '/employer/vacancies?status=open' : '/employer/vacancies?status=draft'}>
          {result.published ? t('toOpen') : t('toDrafts')}
        </Link>
      </p>
    </>
  );
}
