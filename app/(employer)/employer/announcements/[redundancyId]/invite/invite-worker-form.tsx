'use client';

import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '~/trpc/react';
import { ErrorSummary, FieldError, formIds, type FieldErrors } from '~/app/_components/form-errors';
import { OccupationCombobox } from '~/app/_components/occupation-combobox';
import { locales, type Locale } from '~/i18n/config';

const ids = formIds('invite-worker');

interface Draft {
  name: string;
  email: string;
  roleTitle: string;
  occupation: { id: string; label: string } | null;
  language: Locale;
}

const empty: Draft = { name: '', email: '', roleTitle: '', occupation: null, language: 'nl' };

/** Invites one worker of the announcement: a mail with a personal link goes out in their language. */
export function InviteWorkerForm({ redundancyId }: { redundancyId: string }) {
  const t = useTranslations('inviteWorkers');
  const l = useTranslations('languages');
  const trpc = useTRPC();
  const invite = useMutation(trpc.invitation.inviteWorker.mutationOptions());
  const [draft, setDraft] = useState(empty);
  // A new key empties the occupation combobox after an invitation went out.
  const [round, setRound] = useState(0);
  const [sent, setSent] = useState('');
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const errors: FieldErrors = invite.error?.data?.fieldErrors ?? {};
  const labels: Record<string, string> = {
    name: t('name'),
    email: t('email'),
    roleTitle: t('roleTitle'),
    occupationId: t('occupation'),
    language: t('language'),
  };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSent('');
    invite.mutate(
      {
        redundancyId,
        name: draft.name,
        email: draft.email,
        language: draft.language,
        ...(draft.roleTitle.trim() ? { roleTitle: draft.roleTitle } : {}),
        ...(draft.occupation ? { occupationId: draft.occupation.id } : {}),
      },
      {
        onSuccess: (invitation) => {
          setSent(t('sent', { name: invitation.name, email: invitation.email }));
          setDraft(empty);
          setRound((r) => r + 1);
          requestAnimationFrame(() => document.getElementById(ids.field('name'))?.focus());
        },
      },
    );
  }

  const text = (name: 'name' | 'email' | 'roleTitle', type: string, autoComplete: string, hint?: string) => {
    const hintId = hint ? `${ids.field(name)}-hint` : undefined;
    return (
      <div className="field">
        <label htmlFor={ids.field(name)}>{labels[name]}</label>
        {hint && (
          <span id={hintId} className="field-hint">
            {hint}
          </span>
        )}
        <input
          id={ids.field(name)}
          type={type}
          autoComplete={autoComplete}
          value={draft[name]}
          onChange={(event) => set(name, event.target.value)}
          {...ids.invalid(name, errors, hintId)}
        />
        <FieldError id={ids.error(name)} messages={errors[name]} />
      </div>
    );
  };

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      <ErrorSummary
        attempt={invite.error}
        errors={errors}
        labels={labels}
        href={(name) => `#${ids.field(name)}`}
        intro={t('invalid')}
        message={invite.error ? `${t('failed')} ${invite.error.message}` : null}
      />
      <div className="form-row">
        {text('name', 'text', 'off')}
        {text('email', 'email', 'off', t('emailHint'))}
      </div>
      <div className="form-row">
        {text('roleTitle', 'text', 'off', t('roleTitleHint'))}
        <div className="field">
          <label htmlFor={ids.field('language')}>{labels.language}</label>
          <select
            id={ids.field('language')}
            value={draft.language}
            onChange={(event) => set('language', event.target.value as Locale)}
          >
            {locales.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {l(locale)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <OccupationCombobox
        key={round}
        id={ids.field('occupationId')}
        label={labels.occupationId}
        hint={t('occupationHint')}
        onSelect={(o) => set('occupation', o ? { id: o.id, label: o.label } : null)}
        error={errors.occupationId?.join(' ')}
      />
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
