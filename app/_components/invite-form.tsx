'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '~/trpc/react';
import {
  controlId,
  describedBy,
  ErrorSummary,
  FieldError,
  summaryItems,
  type FieldErrors,
} from '~/app/_components/field-error';
import { locales, type Locale } from '~/i18n/config';
import type { InvitingSide } from './invitation-actions';

const formIds = { employer: 'invite-colleague', coordinator: 'invite-coordinator' } as const;

/**
 * Invites a colleague by name, address and language: a mail with a one-time link. HR invites a
 * colleague of the firm, a coordinator a colleague coordinator of the region.
 */
export function InviteForm({ side }: { side: InvitingSide }) {
  const FORM = formIds[side];
  const t = useTranslations('colleagues');
  const l = useTranslations('languages');
  const trpc = useTRPC();
  const router = useRouter();
  const colleague = useMutation(trpc.invitation.inviteColleague.mutationOptions());
  const coordinator = useMutation(trpc.coordination.inviteCoordinator.mutationOptions());
  const invite = side === 'coordinator' ? coordinator : colleague;
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [language, setLanguage] = useState<Locale>('nl');
  const [sent, setSent] = useState('');

  const errors: FieldErrors = invite.error?.data?.fieldErrors ?? {};
  const error = (name: string) => errors[name]?.join(' ');
  const labels: Record<string, string> = { name: t('name'), email: t('email'), language: t('language') };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSent('');
    invite.mutate(
      { name, email, language },
      {
        onSuccess: (invitation) => {
          setSent(t('sent', { name: invitation.name, email: invitation.email }));
          setName('');
          setEmail('');
          router.refresh();
          requestAnimationFrame(() => document.getElementById(controlId(FORM, 'name'))?.focus());
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      {invite.error && (
        <ErrorSummary
          form={FORM}
          attempt={invite.error}
          title={Object.keys(errors).length > 0 ? t('invalid') : `${t('failed')} ${invite.error.message}`}
          items={summaryItems(errors, labels)}
        />
      )}
      <div className="form-row">
        <div className="field">
          <label htmlFor={controlId(FORM, 'name')}>{labels.name}</label>
          <input
            id={controlId(FORM, 'name')}
            autoComplete="off"
            value={name}
            onChange={(event) => setName(event.target.value)}
            {...describedBy(FORM, 'name', error('name'))}
          />
          <FieldError form={FORM} field="name" error={error('name')} />
        </div>
        <div className="field">
          <label htmlFor={controlId(FORM, 'email')}>{labels.email}</label>
          <input
            id={controlId(FORM, 'email')}
            type="email"
            autoComplete="off"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            {...describedBy(FORM, 'email', error('email'))}
          />
          <FieldError form={FORM} field="email" error={error('email')} />
        </div>
        <div className="field">
          <label htmlFor={controlId(FORM, 'language')}>{labels.language}</label>
          <select
            id={controlId(FORM, 'language')}
            value={language}
            onChange={(event) => setLanguage(event.target.value as Locale)}
          >
            {locales.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {l(locale)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div>
        <button type="submit" disabled={invite.isPending}>
          {invite.isPending ? t('sending') : t('submit')}
        </button>
      </div>
      <p role="status" className="status-line">
        {sent && <span className="success">{sent}</span>}
      </p>
    </form>
  );
}
