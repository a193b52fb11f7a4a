'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { dutchToday } from '~/server/lib/dutch-day';
import { useTRPC } from '~/trpc/react';

/** The safety net, done by the coordinator for a worker whose new job ended: the last working day, then reopen. */
export function ReopenPlacement({
  placementId,
  startDate,
  label,
}: {
  placementId: string;
  startDate: string;
  label: string;
}) {
  const t = useTranslations('placements.coordinator');
  const trpc = useTRPC();
  const router = useRouter();
  const reopen = useMutation(trpc.introduction.reopenTransition.mutationOptions());
  const [message, setMessage] = useState('');
  const id = useId();
  return (
    <form
      className="inline-form"
      aria-label={t('reopenFor', { placement: label })}
      onSubmit={(event) => {
        event.preventDefault();
        const endDate = String(new FormData(event.currentTarget).get('endDate') ?? '');
        setMessage('');
        reopen.mutate(
          { placementId, endDate },
          {
            onSuccess: () => {
              setMessage(t('reopened'));
              router.refresh();
            },
          },
        );
      }}
    >
      <label htmlFor={`${id}-end`}>{t('endDate')}</label>
      <input id={`${id}-end`} name="endDate" type="date" required min={startDate} defaultValue={dutchToday()} />
      <button type="submit" disabled={reopen.isPending}>
        {t('reopen')}
      </button>
      <span role="status">{message}</span>
      {reopen.error && (
        <span role="alert" className="field-error">
          {t('error', { message: reopen.error.message })}
        </span>
      )}
    </form>
  );
}
