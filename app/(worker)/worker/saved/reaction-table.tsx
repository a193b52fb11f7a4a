'use client';

import { useMutation } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { AppRouter } from '~/server/api/root';
import { DataTable } from '~/app/_components/data-table';
import { useTRPC } from '~/trpc/react';

type Row = inferRouterOutputs<AppRouter>['market']['listSaved']['rows'][number];

/** Saved or hidden vacancies, each with the way back: unsave, or show again. */
export function ReactionTable({ kind, rows }: { kind: 'saved' | 'hidden'; rows: Row[] }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const unsave = useMutation(trpc.market.unsave.mutationOptions());
  const unhide = useMutation(trpc.market.unhide.mutationOptions());
  const undo = kind === 'saved' ? unsave : unhide;
  const [message, setMessage] = useState('');
  return (
    <>
      <p role="status" className={message ? 'notice notice-success' : 'status-line'}>
        {message}
      </p>
      {undo.error && (
        <p role="alert" className="error">
          {t('market.actions.failed', { message: undo.error.message })}
        </p>
      )}
      <DataTable
        caption={kind === 'saved' ? t('market.saved.savedTitle') : t('market.saved.hiddenTitle')}
        rows={rows}
        rowKey={(r) => r.vacancyId}
        empty={kind === 'saved' ? t('market.saved.noneSaved') : t('market.saved.noneHidden')}
        columns={[
          {
            key: 'title',
            header: t('market.saved.vacancy'),
            rowHeader: true,
            cell: (r) => (
              <>
                {r.title}
                <span className="cell-note">
                  {r.city} · {t(`enums.contract.${r.contractType}`)}
                </span>
              </>
            ),
          },
          { key: 'employer', header: t('market.saved.employer'), cell: (r) => r.organisationName },
          {
            key: 'status',
            header: t('market.saved.status'),
            cell: (r) => (r.status === 'open' ? t('enums.vacancyStatus.open') : t('market.saved.closed')),
          },
          ...(kind === 'hidden'
            ? [
                {
                  key: 'reason',
                  header: t('market.saved.reason'),
                  cell: (r: Row) => t(`market.hideReasons.${r.reason ?? 'none'}`),
                },
              ]
            : []),
          {
            key: 'actions',
            header: t('market.saved.actions'),
            cell: (r) => (
              <button
                type="button"
                className="button-small button-secondary"
                disabled={undo.isPending}
                aria-label={`${kind === 'saved' ? t('market.actions.unsave') : t('market.actions.unhide')}: ${r.title}`}
                onClick={() =>
                  undo.mutate(
                    { vacancyId: r.vacancyId },
                    {
                      onSuccess: () => {
                        setMessage(kind === 'saved' ? t('market.actions.unsaved') : t('market.actions.unhidden'));
                        router.refresh();
                      },
                    },
                  )
                }
              >
                {kind === 'saved' ? t('market.actions.unsave') : t('market.actions.unhide')}
              </button>
            ),
          },
        ]}
      />
    </>
  );
}
