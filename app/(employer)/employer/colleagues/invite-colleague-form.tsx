'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '~/trpc/react';
import { ErrorSummary, FieldError, formIds, type FieldErrors } from '~/app/_components/form-errors';
import { locales, type Locale } from '~/i18n/config';

const ids = formIds('invite-colleague');

/** Invites a colleague to work in Overstap for the firm: a mail with a one-time link. */
export function InviteColleagueForm() {
  const t = useTranslations('colleagues');
  const l = useTranslations('languages');
  const trpc = useTRPC();
  const router = useRouter();
  const invite = useMutation(trpc.invitation.inviteColleague.mutationOptions());
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [language, setLanguage] = useState<Locale>('nl');
  const [sent, setSent] = useState('');

  const errors: FieldErrors = invite.error?.data?.fieldErrors ?? {};
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
          requestAnimationFrame(() => document.getElementById(ids.field('name'))?.focus());
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      <ErrorSummary
        attempt={invite.error}
        errors={errors}
        labels={labels}
        href={(field) => `#${ids.field(field)}`}
        intro={t('invalid')}
        message={invite.error ? `${t('failed')} ${invite.error.message}` : null}
      />
      <div className="form-row">
        <div className="field">
          <label htmlFor={ids.field('name')}>{labels.name}</label>
          <input
            id={ids.field('name')}
            autoComplete="off"
            value={name}
            onChange={(event) => setName(event.target.value)}
            {...ids.invalid('name', errors)}
          />
          <FieldError id={ids.error('name')} messages={errors.name} />
        </div>
        <div className="field">
          <label htmlFor={ids.field('email')}>{labels.email}</label>
          <input
            id={ids.field('email')}
            type="email"
            autoComplete="off"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            {...ids.invalid('email', errors)}
          />
          <FieldError id={ids.error('email')} messages={errors.email} />
        </div>
        <div className="field">
          <label htmlFor={ids.field('language')}>{labels.language}</label>
          <select
            id={ids.field('language')}
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
