import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Fragment, type ReactNode } from 'react';
import { z } from 'zod';
import { DataTable } from '~/app/_components/data-table';
import { Pagination } from '~/app/_components/pagination';
import { orNotFound } from '~/app/_lib/or-not-found';
import { pageParam } from '~/app/_lib/page-param';
import { requireRole } from '~/app/_lib/require-role';
import { calendarDate } from '~/i18n/config';
import { todayIso } from '~/server/lib/input';
import { serverApi } from '~/trpc/server';
import { DaysLeft, NextAction } from '../caseload-table';
import { NoteForm } from './note-form';

export const metadata: Metadata = { title: 'Caseload' };

const params = z.object({ page: pageParam });

/** One worker of the caseload: their dates, the next action, and the coordinator's dated notes. */
export default async function CaseloadWorker({
  params: route,
  searchParams,
}: {
  params: Promise<{ workerId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole('coordinator');
  const [{ workerId }, { page }] = await Promise.all([route, searchParams.then((s) => params.parse(s))]);
  const api = await serverApi();
  const [t, format, { worker, notes }] = await Promise.all([
    getTranslations('coordinatorTools'),
    getFormatter(),
    orNotFound(api.coordination.caseloadWorker({ workerId, page })),
  ]);
  const date = (iso: string) => format.dateTime(calendarDate(iso), 'medium');
  const facts: [string, ReactNode][] = [
    [t('caseload.columns.organisation'), worker.organisation ?? '—'],
    [t('caseload.columns.status'), t(`status.${worker.status}`)],
    [t('caseload.columns.riskStartDate'), date(worker.riskStartDate)],
    [t('caseload.columns.guidanceDeadline'), date(worker.guidanceDeadline)],
    [t('caseload.columns.daysLeft'), <DaysLeft key="days" days={worker.daysLeft} />],
    [t('caseload.columns.nextAction'), <NextAction key="next" row={worker} />],
    [t('caseload.columns.lastActivity'), date(worker.lastActivity)],
  ];
  return (
    <>
      <p>
        <Link href="/coordinator/caseload">← {t('worker.back')}</Link>
      </p>
      <h1>{worker.name}</h1>
      <section aria-labelledby="worker-facts">
        <h2 id="worker-facts" className="visually-hidden">
          {t('worker.facts')}
        </h2>
        <dl className="facts">
          {facts.map(([term, value]) => (
            <Fragment key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
      </section>
      <NoteForm workerId={worker.workerId} today={todayIso()} />
      <section aria-labelledby="worker-notes">
        <h2 id="worker-notes">{t('worker.notes')}</h2>
        <DataTable
          caption={t('worker.notes')}
          rows={notes.rows}
          rowKey={(n) => n.id}
          empty={t('worker.notesEmpty')}
          columns={[
            {
              key: 'date',
              header: t('worker.noteColumns.date'),
              rowHeader: true,
              cell: (n) => <span className="nowrap">{date(n.noteDate)}</span>,
            },
            { key: 'kind', header: t('worker.noteColumns.kind'), cell: (n) => t(`worker.kinds.${n.kind}`) },
            { key: 'body', header: t('worker.noteColumns.body'), cell: (n) => <p className="reason-text">{n.body}</p> },
            { key: 'author', header: t('worker.noteColumns.author'), cell: (n) => n.author ?? '—' },
          ]}
        />
        <Pagination
          label={t('worker.notes')}
          page={notes.page}
          pageSize={notes.pageSize}
          total={notes.total}
          path={`/coordinator/caseload/${worker.workerId}`}
          params={{}}
          fragment="worker-notes"
        />
      </section>
    </>
  );
}
