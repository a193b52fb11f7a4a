'use client';

import { useMutation } from '@tanstack/react-query';
import { useMessages, useTranslations } from 'next-intl';
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
import { OccupationCombobox } from '~/app/_components/occupation-combobox';
import type { contractTypeValues } from '~/db/schema/enums';
import { locales, type Locale } from '~/i18n/config';

const FORM = 'invite-worker';

type ContractType = (typeof contractTypeValues)[number];

interface Draft {
  name: string;
  email: string;
  roleTitle: string;
  occupation: { id: string; label: string } | null;
  language: Locale;
  /** Optional, of the job that disappears: '' is not given. */
  contractType: ContractType | '';
  weeklyHours: string;
}

const empty: Draft = {
  name: '',
  email: '',
  roleTitle: '',
  occupation: null,
  language: 'nl',
  contractType: '',
  weeklyHours: '',
};

/** Invites one worker of the announcement: a mail with a personal link goes out in their language. */
export function InviteWorkerForm({ redundancyId }: { redundancyId: string }) {
  const t = useTranslations('inviteWorkers');
  const l = useTranslations('languages');
  const e = useTranslations('equityFields');
  // The options are the enumeration's own keys, in the order the messages give them.
  const contractTypes = Object.keys(useMessages().equityFields.contractTypes) as ContractType[];
  const trpc = useTRPC();
  const invite = useMutation(trpc.invitation.inviteWorker.mutationOptions());
  const [draft, setDraft] = useState(empty);
  // A new key empties the occupation combobox after an invitation went out.
  const [round, setRound] = useState(0);
  const [sent, setSent] = useState('');
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const errors: FieldErrors = invite.error?.data?.fieldErrors ?? {};
  const error = (name: string) => errors[name]?.join(' ');
  const labels: Record<string, string> = {
    name: t('name'),
    email: t('email'),
    roleTitle: t('roleTitle'),
    occupationId: t('occupation'),
    language: t('language'),
    contractType: e('invite.contractType'),
    weeklyHours: e('invite.weeklyHours'),
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
        ...(draft.contractType ? { contractType: draft.contractType } : {}),
        ...(draft.weeklyHours.trim() ? { weeklyHours: Number(draft.weeklyHours.trim()) } : {}),
      },
      {
        onSuccess: (invitation) => {
          setSent(t('sent', { name: invitation.name, email: invitation.email }));
          setDraft(empty);
          setRound((r) => r + 1);
          requestAnimationFrame(() => document.getElementById(controlId(FORM, 'name'))?.focus());
        },
      },
    );
  }

  const text = (name: 'name' | 'email' | 'roleTitle', type: string, autoComplete: string, hint?: string) => {
    const hintId = `${controlId(FORM, name)}-hint`;
    return (
      <div className="field">
        <label htmlFor={controlId(FORM, name)}>{labels[name]}</label>
        {hint && (
          <span id={hintId} className="field-hint">
            {hint}
          </span>
        )}
        <input
          id={controlId(FORM, name)}
          type={type}
          autoComplete={autoComplete}
          value={draft[name]}
          onChange={(event) => set(name, event.target.value)}
          {...describedBy(FORM, name, error(name), ...(hint ? [hintId] : []))}
        />
        <FieldError form={FORM} field={name} error={error(name)} />
      </div>
    );
  };

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
        {text('name', 'text', 'off')}
        {text('email', 'email', 'off', t('emailHint'))}
      </div>
      <div className="form-row">
        {text('roleTitle', 'text', 'off', t('roleTitleHint'))}
        <div className="field">
          <label htmlFor={controlId(FORM, 'language')}>{labels.language}</label>
          <select
            id={controlId(FORM, 'language')}
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
        id={controlId(FORM, 'occupationId')}
        label={labels.occupationId}
        hint={t('occupationHint')}
        onSelect={(o) => set('occupation', o ? { id: o.id, label: o.label } : null)}
        error={error('occupationId')}
      />
      <p id={`${FORM}-current-job-hint`} className="field-hint">
        {e('invite.hint')}
      </p>
      <div className="form-row">
        <div className="field">
          <label htmlFor={controlId(FORM, 'contractType')}>{labels.contractType}</label>
          <select
            id={controlId(FORM, 'contractType')}
            value={draft.contractType}
            onChange={(event) => set('contractType', event.target.value as Draft['contractType'])}
            {...describedBy(FORM, 'contractType', error('contractType'), `${FORM}-current-job-hint`)}
          >
            <option value="">{e('invite.notGiven')}</option>
            {contractTypes.map((value) => (
              <option key={value} value={value}>
                {e(`contractTypes.${value}`)}
              </option>
            ))}
          </select>
          <FieldError form={FORM} field="contractType" error={error('contractType')} />
        </div>
        <div className="field">
          <label htmlFor={controlId(FORM, 'weeklyHours')}>{labels.weeklyHours}</label>
          <input
            id={controlId(FORM, 'weeklyHours')}
            type="number"
            inputMode="numeric"
            min={1}
            max={60}
            step={1}
            value={draft.weeklyHours}
            onChange={(event) => set('weeklyHours', event.target.value)}
            {...describedBy(FORM, 'weeklyHours', error('weeklyHours'), `${FORM}-current-job-hint`)}
          />
          <FieldError form={FORM} field="weeklyHours" error={error('weeklyHours')} />
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
