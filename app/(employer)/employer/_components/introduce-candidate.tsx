'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { useTRPC } from '~/trpc/react';

/**
 * Invites an anonymised candidate (by the employer's pseudonym) to an introduction for one of
 * the employer's open vacancies, with a short message. For a candidate's detail page.
 */
export function IntroduceCandidate({ vacancyId, candidateId }: { vacancyId: string; candidateId: string }) {
  const t = useTranslations('introductions');
  const trpc = useTRPC();
  const invite = useMutation(trpc.introduction.invite.mutationOptions());
  const id = useId();
  const fieldError = (invite.error?.data as { fieldErrors?: Record<string, string[]> } | null | undefined)?.fieldErrors
    ?.message?.[0];
  return (
    <form
      className="stacked-form"
      onSubmit={(event) => {
        event.preventDefault();
        const message = String(new FormData(event.currentTarget).get('message') ?? '');
        invite.mutate({ vacancyId, candidateId, message });
      }}
    >
      <label htmlFor={`${id}-message`}>{t('invite.message')}</label>
      <textarea
        id={`${id}-message`}
        name="message"
        rows={4}
        maxLength={1000}
        required
        aria-invalid={fieldError ? true : undefined}
        aria-describedby={fieldError ? `${id}-error` : undefined}
      />
      {fieldError && (
        <p id={`${id}-error`} className="field-error">
          {fieldError}
        </p>
      )}
      <p>
        <button type="submit" disabled={invite.isPending || invite.isSuccess}>
          {t('invite.submit')}
        </button>
      </p>
      <p role="status" className={invite.isSuccess ? 'notice notice-success' : 'status-line'}>
        {invite.isSuccess && (
          <>
            {t('invite.done')} <Link href={`/employer/introductions/${invite.data.id}`}>{t('view')}</Link>
          </>
        )}
      </p>
      {invite.error && !fieldError && (
        <p role="alert" className="notice notice-error">
          {t('error', { message: invite.error.message })}
        </p>
      )}
    </form>
  );
}
