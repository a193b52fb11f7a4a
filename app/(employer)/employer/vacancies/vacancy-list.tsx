'use client';

import type { inferRouterOutputs } from '@trpc/server';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { calendarDate, conceptLabel } from '~/i18n/config';
import { useLanguage } from '~/i18n/language';
import type { AppRouter } from '~/server/api/root';
import { inPriorityWindow } from '~/server/lib/priority-window';
import { DataTable } from '~/app/_components/data-table';
import { VacancyActions, type ChangedVacancy } from './vacancy-actions';

export type VacancyRow = inferRouterOutputs<AppRouter>['vacancy']['listMine']['rows'][number];

/** The parts of a row a state change alters, taken from the vacancy the change returned. */
function changedFields(v: ChangedVacancy): Partial<VacancyRow> {
  return {
    status: v.status,
    closesAt: v.closesAt,
    publishedAt: v.publishedAt,
    priorityUntil: v.priorityUntil,
    closedAt: v.closedAt,
    inPriorityWindow: inPriorityWindow(v),
  };
}

/**
 * The employer's vacancies (one page of them) with their state and the actions that fit it.
 * A change shows at once: the row takes the vacancy as the server returned it and a sentence
 * says what happened, while the page reloads its data behind it (a vacancy that no longer fits
 * the status filter then leaves the list; the sentence stays).
 */
export function VacancyList({ rows, highlightId, empty }: { rows: VacancyRow[]; highlightId?: string; empty: string }) {
  const locale = useLanguage();
  const t = useTranslations();
  const format = useFormatter();
  const [message, setMessage] = useState('');
  const [changes, setChanges] = useState<Record<string, Partial<VacancyRow>>>({});
  // Fresh rows from the server replace what the changes made of the old ones.
  const [seenRows, setSeenRows] = useState(rows);
  if (rows !== seenRows) {
    setSeenRows(rows);
    setChanges({});
  }
  const shown = rows.map((row) => ({ ...row, ...changes[row.id] }));
  const date = (isoDate: string) => format.dateTime(calendarDate(isoDate), 'medium');

  return (
    <>
      <p role="status" className={message ? 'notice notice-success' : 'status-line'}>
        {message}
      </p>
      <DataTable
        caption={t('employerVacancies.table')}
        rows={shown}
        rowKey={(v) => v.id}
        highlightKey={highlightId}
        empty={empty}
        columns={[
          {
            key: 'title',
            header: t('employerVacancies.columns.title'),
            rowHeader: true,
            cell: (v) => (
              <>
                {v.title}
                {v.reference && (
                  <span className="cell-note">{t('employerVacancies.reference', { reference: v.reference })}</span>
                )}
              </>
            ),
          },
          {
            key: 'status',
            header: t('employerVacancies.columns.status'),
            cell: (v) => (
              <>
                {t(`enums.vacancyStatus.${v.status}`)}
                {v.inPriorityWindow && v.priorityUntil && (
                  <span className="priority-note">
                    {t('employerVacancies.priorityUntil', { date: v.priorityUntil })}
                  </span>
                )}
                {(v.status === 'closed' || v.status === 'filled') && v.closedAt && (
                  <span className="cell-note">{t('employerVacancies.closedOn', { date: v.closedAt })}</span>
                )}
              </>
            ),
          },
          {
            key: 'actions',
            header: t('employerVacancies.columns.actions'),
            cell: (v) => (
              <VacancyActions
                vacancy={v}
                onChanged={({ vacancy, message }) => {
                  setChanges((c) => ({ ...c, [vacancy.id]: changedFields(vacancy) }));
                  setMessage(message);
                }}
              />
            ),
          },
          {
            key: 'closesAt',
            header: t('employerVacancies.columns.closesAt'),
            cell: (v) => (v.closesAt ? <span className="nowrap">{date(v.closesAt)}</span> : '—'),
          },
          {
            key: 'occupation',
            header: t('employerVacancies.columns.occupation'),
            cell: (v) =>
              v.occupationLabelNl || v.occupationLabelEn
                ? conceptLabel(locale, v.occupationLabelNl, v.occupationLabelEn)
                : '—',
          },
          { key: 'place', header: t('employerVacancies.columns.place'), cell: (v) => v.city },
          {
            key: 'hours',
            header: t('employerVacancies.columns.hours'),
            cell: (v) => (v.hoursMin === v.hoursMax ? v.hoursMax : `${v.hoursMin}–${v.hoursMax}`),
          },
          {
            key: 'contract',
            header: t('employerVacancies.columns.contract'),
            cell: (v) => t(`enums.contract.${v.contractType}`),
          },
        ]}
      />
    </>
  );
}
