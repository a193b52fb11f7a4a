'use client';

import { useMutation } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { vacancyStatusValues } from '~/db/schema/enums';
import type { AppRouter } from '~/server/api/root';
import { dutchToday } from '~/server/lib/dutch-day';
import { useTRPC } from '~/trpc/react';

/** A vacancy as a state change returns it (vacancy.publish, close, reopen). */
export type ChangedVacancy = inferRouterOutputs<AppRouter>['vacancy']['publish'];

/** The server's errors by field (a 400 names the field it is about). */
const fieldErrorsOf = (error: { data?: { fieldErrors?: unknown } | null } | null) =>
  (error?.data?.fieldErrors ?? {}) as Record<string, string[] | undefined>;

export interface ActionVacancy {
  id: string;
  title: string;
  status: (typeof vacancyStatusValues)[number];
  closesAt: string | null;
}

/**
 * What can be done with one vacancy in its current state: edit and publish a draft, close an
 * open one (after a confirmation: it leaves search and workers' matches at once), reopen a
 * closed or filled one (with a new closing date when its own has passed), preview and copy any.
 * Buttons are disabled while a request runs; `onChanged` hears of each change at once, with
 * the vacancy as it now is and a sentence saying what happened. A copy opens in the edit form.
 */
export function VacancyActions({
  vacancy,
  showPreview = true,
  onChanged,
}: {
  vacancy: ActionVacancy;
  showPreview?: boolean;
  onChanged(change: { vacancy: ChangedVacancy; message: string }): void;
}) {
  const t = useTranslations('employerVacancies.actions');
  const candidates = useTranslations('market.candidates');
  const trpc = useTRPC();
  const router = useRouter();
  const publish = useMutation(trpc.vacancy.publish.mutationOptions());
  const close = useMutation(trpc.vacancy.close.mutationOptions());
  const reopen = useMutation(trpc.vacancy.reopen.mutationOptions());
  const duplicate = useMutation(trpc.vacancy.duplicate.mutationOptions());
  const all = [publish, close, reopen, duplicate];
  const busy = all.some((m) => m.isPending) || duplicate.isSuccess;
  const error = all.find((m) => m.error)?.error ?? null;
  const [confirming, setConfirming] = useState<'close' | 'reopen' | null>(null);
  const dateId = useId();
  const title = vacancy.title;

  // The button that was pressed may be gone once the state changed (publish becomes close):
  // keep the keyboard in this row, on its first action, instead of dropping it to the page top.
  const box = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (confirming) box.current?.querySelector<HTMLElement>('.vacancy-confirm input, .vacancy-confirm button')?.focus();
    else if (refocus.current) box.current?.querySelector<HTMLElement>('a, button')?.focus();
    refocus.current = false;
  }, [confirming, vacancy.status]);

  const start = () => all.forEach((m) => m.reset());
  const changed = (message: string) => (updated: ChangedVacancy) => {
    refocus.current = true;
    setConfirming(null);
    onChanged({ vacancy: updated, message });
    router.refresh();
  };

  function onReopen() {
    start();
    // A vacancy closed on its date is reopened with a new one (or none): ask before sending.
    if (vacancy.closesAt !== null && vacancy.closesAt < dutchToday()) setConfirming('reopen');
    else
      reopen.mutate(
        { vacancyId: vacancy.id },
        {
          onSuccess: changed(t('reopened', { title })),
          // The server's day decides: past its closing date after all, the date is asked for.
          onError: (e) => fieldErrorsOf(e).closesAt && setConfirming('reopen'),
        },
      );
  }

  function onReopenWithDate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const closesAt = String(new FormData(event.currentTarget).get('closesAt') ?? '');
    reopen.mutate(
      { vacancyId: vacancy.id, closesAt: closesAt || null },
      { onSuccess: changed(t('reopened', { title })) },
    );
  }

  function cancel() {
    refocus.current = true;
    start();
    setConfirming(null);
  }

  const dateError = fieldErrorsOf(reopen.error).closesAt;
  const editable = vacancy.status === 'draft' || vacancy.status === 'open';

  return (
    <div ref={box} className="vacancy-actions" role="group" aria-label={t('group', { title })}>
      {editable && (
        <Link
          href={`/employer/vacancies/${vacancy.id}/edit`}
          className="button-link"
          aria-label={t('editFor', { title })}
        >
          {t('edit')}
        </Link>
      )}
      {vacancy.status === 'open' && (
        <Link
          href={`/employer/vacancies/${vacancy.id}/candidates`}
          className="button-link"
          aria-label={candidates('linkFor', { title })}
        >
          {candidates('link')}
        </Link>
      )}
      {showPreview && (
        <Link
          href={`/employer/vacancies/${vacancy.id}/preview`}
          className="button-link"
          aria-label={t('previewFor', { title })}
        >
          {t('preview')}
        </Link>
      )}
      {vacancy.status === 'draft' && (
        <button
          type="button"
          className="button-small"
          disabled={busy}
          aria-label={t('publishFor', { title })}
          onClick={() => {
            start();
            publish.mutate({ vacancyId: vacancy.id }, { onSuccess: changed(t('published', { title })) });
          }}
        >
          {publish.isPending ? t('busy') : t('publish')}
        </button>
      )}
      {vacancy.status === 'open' && confirming !== 'close' && (
        <button
          type="button"
          className="button-secondary button-small"
          disabled={busy}
          aria-label={t('closeFor', { title })}
          onClick={() => {
            start();
            setConfirming('close');
          }}
        >
          {t('close')}
        </button>
      )}
      {(vacancy.status === 'closed' || vacancy.status === 'filled') && confirming !== 'reopen' && (
        <button
          type="button"
          className="button-small"
          disabled={busy}
          aria-label={t('reopenFor', { title })}
          onClick={onReopen}
        >
          {reopen.isPending ? t('busy') : t('reopen')}
        </button>
      )}
      <button
        type="button"
        className="button-secondary button-small"
        disabled={busy}
        aria-label={t('duplicateFor', { title })}
        onClick={() => {
          start();
          duplicate.mutate(
            { vacancyId: vacancy.id },
            { onSuccess: (copy) => router.push(`/employer/vacancies/${copy.id}/edit?copied=1`) },
          );
        }}
      >
        {duplicate.isPending || duplicate.isSuccess ? t('busy') : t('duplicate')}
      </button>

      {confirming === 'close' && (
        <div className="vacancy-confirm">
          <p>{t('confirmClose', { title })}</p>
          <span className="row-controls">
            <button
              type="button"
              className="button-small"
              disabled={busy}
              onClick={() => close.mutate({ vacancyId: vacancy.id }, { onSuccess: changed(t('closed', { title })) })}
            >
              {close.isPending ? t('busy') : t('confirmCloseButton')}
            </button>
            <button type="button" className="button-secondary button-small" onClick={cancel}>
              {t('cancel')}
            </button>
          </span>
        </div>
      )}
      {confirming === 'reopen' && (
        <form className="vacancy-confirm" onSubmit={onReopenWithDate} noValidate>
          <label htmlFor={dateId}>{t('reopenDate')}</label>
          <span id={`${dateId}-hint`} className="field-hint">
            {t('reopenDateHint')}
          </span>
          <input
            id={dateId}
            name="closesAt"
            type="date"
            aria-describedby={`${dateId}-hint`}
            aria-invalid={dateError ? true : undefined}
          />
          <span className="row-controls">
            <button type="submit" className="button-small" disabled={busy}>
              {reopen.isPending ? t('busy') : t('confirmReopen')}
            </button>
            <button type="button" className="button-secondary button-small" onClick={cancel}>
              {t('cancel')}
            </button>
          </span>
        </form>
      )}
      {error && (
        <p className="error vacancy-action-error" role="alert">
          {t('failed', { message: error.message })}
        </p>
      )}
    </div>
  );
}
