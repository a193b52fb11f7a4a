'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { introductionStatusValues } from '~/db/schema/enums';
import { dutchToday } from '~/server/lib/dutch-day';
import { useTRPC } from '~/trpc/react';

type Status = (typeof introductionStatusValues)[number];

function Outcome({ message, error }: { message: string; error: { message: string } | null }) {
  const t = useTranslations('introductions');
  return (
    <>
      <p role="status" className={message ? 'notice notice-success' : 'status-line'}>
        {message}
      </p>
      {error && (
        <p role="alert" className="notice notice-error">
          {t('error', { message: error.message })}
        </p>
      )}
    </>
  );
}

/** The worker's answer to an invitation (accept, or decline with an optional reason) and withdrawing a running introduction. */
export function WorkerIntroductionActions({
  introductionId,
  organisation,
  nextSteps,
}: {
  introductionId: string;
  organisation: string;
  nextSteps: Status[];
}) {
  const t = useTranslations('introductions');
  const trpc = useTRPC();
  const router = useRouter();
  const respond = useMutation(trpc.introduction.respond.mutationOptions());
  const withdraw = useMutation(trpc.introduction.withdraw.mutationOptions());
  const busy = respond.isPending || withdraw.isPending;
  const [message, setMessage] = useState('');
  const id = useId();
  const done = (text: string) => () => {
    setMessage(text);
    router.refresh();
  };
  const error = respond.error ?? withdraw.error ?? null;
  const canAnswer = nextSteps.includes('accepted');
  const canWithdraw = nextSteps.includes('withdrawn');
  if (!canAnswer && !canWithdraw && !message) return null;

  return (
    <section aria-labelledby={`${id}-title`} className="introduction-actions">
      <h2 id={`${id}-title`}>{canWithdraw && !canAnswer ? t('withdraw.title') : t('respond.title')}</h2>
      <Outcome message={message} error={error} />
      {canAnswer && (
        <form
          className="stacked-form"
          onSubmit={(event) => {
            event.preventDefault();
            const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
            const reason = String(new FormData(event.currentTarget).get('reason') ?? '') || undefined;
            const answer = submitter?.value === 'decline' ? 'decline' : 'accept';
            respond.mutate(
              { introductionId, answer, reason: answer === 'decline' ? reason : undefined },
              { onSuccess: done(answer === 'accept' ? t('respond.accepted') : t('respond.declined')) },
            );
          }}
        >
          <p>{t('respond.hint', { organisation })}</p>
          <label htmlFor={`${id}-reason`}>{t('respond.reason')}</label>
          <textarea id={`${id}-reason`} name="reason" rows={2} maxLength={1000} />
          <p className="actions">
            <button type="submit" name="answer" value="accept" disabled={busy}>
              {t('respond.accept')}
            </button>
            <button type="submit" name="answer" value="decline" className="button-secondary" disabled={busy}>
              {t('respond.decline')}
            </button>
          </p>
        </form>
      )}
      {!canAnswer && canWithdraw && (
        <form
          className="stacked-form"
          onSubmit={(event) => {
            event.preventDefault();
            const note = String(new FormData(event.currentTarget).get('note') ?? '') || undefined;
            withdraw.mutate({ introductionId, note }, { onSuccess: done(t('withdraw.done')) });
          }}
        >
          <label htmlFor={`${id}-note`}>{t('withdraw.note')}</label>
          <textarea id={`${id}-note`} name="note" rows={2} maxLength={1000} />
          <p>
            <button type="submit" className="button-secondary" disabled={busy}>
              {t('withdraw.submit')}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}

/** The safety net: "my new job ended", with its last day, within the region's window after the hire. */
export function ReopenTransition({
  placementId,
  until,
  startDate,
}: {
  placementId: string;
  until: string;
  startDate: string;
}) {
  const t = useTranslations('introductions.placement');
  const trpc = useTRPC();
  const router = useRouter();
  const reopen = useMutation(trpc.introduction.reopenTransition.mutationOptions());
  const [message, setMessage] = useState('');
  const id = useId();
  return (
    <form
      className="stacked-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        const endDate = String(new FormData(event.currentTarget).get('endDate') ?? '');
        reopen.mutate(
          { placementId, endDate },
          {
            onSuccess: () => {
              setMessage(t('reopenDone'));
              router.refresh();
            },
          },
        );
      }}
    >
      <h3 id={`${id}-title`}>{t('reopenTitle')}</h3>
      <p>{t('reopenHint', { date: until })}</p>
      <Outcome message={message} error={reopen.error} />
      <label htmlFor={`${id}-end`}>{t('endDate')}</label>
      <input id={`${id}-end`} name="endDate" type="date" required min={startDate} defaultValue={dutchToday()} />
      <p>
        <button type="submit" disabled={reopen.isPending}>
          {t('reopen')}
        </button>
      </p>
    </form>
  );
}
