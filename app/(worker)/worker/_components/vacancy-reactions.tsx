'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { hideReasonValues } from '~/db/schema/enums';
import { useTRPC } from '~/trpc/react';

/**
 * What a worker can do with a vacancy in their matches or search results: save it, hide it
 * ("not for me", with an optional reason), express interest or withdraw it. Each change says
 * what happened in a status line and reloads the page's data (a hidden vacancy then leaves the
 * list; the sentence stays with the list's other actions).
 */
export function VacancyReactions({
  vacancy,
  saved,
  interested,
}: {
  vacancy: { id: string; title: string };
  saved: boolean;
  interested: boolean;
}) {
  const t = useTranslations('market.actions');
  const reasons = useTranslations('market.hideReasons');
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.market.save.mutationOptions());
  const unsave = useMutation(trpc.market.unsave.mutationOptions());
  const hide = useMutation(trpc.market.hide.mutationOptions());
  const express = useMutation(trpc.market.expressInterest.mutationOptions());
  const withdraw = useMutation(trpc.market.withdrawInterest.mutationOptions());
  const all = [save, unsave, hide, express, withdraw];
  const busy = all.some((m) => m.isPending);
  const error = all.find((m) => m.error)?.error ?? null;
  const [message, setMessage] = useState('');
  const [hiding, setHiding] = useState(false);
  const reasonId = useId();
  const vacancyId = vacancy.id;

  const done = (text: string) => () => {
    setMessage(text);
    setHiding(false);
    router.refresh();
  };
  const start = () => {
    all.forEach((m) => m.reset());
    setMessage('');
  };

  /** One of the small buttons: clears the last answer, then runs its mutation. */
  const action = (text: string, run: () => void, options: { label?: string; primary?: boolean } = {}) => (
    <button
      type="button"
      className={options.primary ? 'button-small' : 'button-small button-secondary'}
      disabled={busy}
      aria-label={options.label}
      onClick={() => {
        start();
        run();
      }}
    >
      {text}
    </button>
  );

  function onHide(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    start();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '');
    hide.mutate(
      { vacancyId, reason: (hideReasonValues as readonly string[]).includes(reason) ? (reason as never) : null },
      { onSuccess: done(t('hidden')) },
    );
  }

  return (
    <div className="vacancy-reactions">
      <div className="actions" role="group" aria-label={vacancy.title}>
        {saved
          ? action(t('unsave'), () => unsave.mutate({ vacancyId }, { onSuccess: done(t('unsaved')) }))
          : action(t('save'), () => save.mutate({ vacancyId }, { onSuccess: done(t('saved')) }), {
              label: t('saveLabel', { title: vacancy.title }),
            })}
        {interested
          ? action(t('withdraw'), () => withdraw.mutate({ vacancyId }, { onSuccess: done(t('withdrawn')) }))
          : action(t('interest'), () => express.mutate({ vacancyId }, { onSuccess: done(t('interestSent')) }), {
              label: t('interestLabel', { title: vacancy.title }),
              primary: true,
            })}
        {!hiding && (
          <button
            type="button"
            className="button-small button-secondary"
            disabled={busy}
            aria-label={t('hideLabel', { title: vacancy.title })}
            onClick={() => {
              start();
              setHiding(true);
            }}
          >
            {t('hide')}
          </button>
        )}
      </div>
      {interested && <p className="cell-note">{t('interested')}</p>}
      {hiding && (
        <form className="hide-form" onSubmit={onHide} aria-label={t('hideLabel', { title: vacancy.title })}>
          <label htmlFor={reasonId}>{t('hideReason')}</label>
          <select id={reasonId} name="reason" defaultValue="">
            <option value="">{t('noReason')}</option>
            {hideReasonValues.map((reason) => (
              <option key={reason} value={reason}>
                {reasons(reason)}
              </option>
            ))}
          </select>
          <div className="actions">
            <button type="submit" className="button-small" disabled={busy}>
              {t('confirmHide')}
            </button>
            <button type="button" className="button-small button-secondary" onClick={() => setHiding(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
      <p role="status" className={message ? 'notice notice-success' : 'status-line'}>
        {message}
      </p>
      {error && (
        <p role="alert" className="error">
          {t('failed', { message: error.message })}
        </p>
      )}
    </div>
  );
}
