'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useMessages, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import type { genderChoiceValues } from '~/server/services/worker-background';
import { useTRPC } from '~/trpc/react';
import { describedBy, FieldError, useFormErrors } from '~/app/(worker)/worker/profile/api-errors';

type Gender = (typeof genderChoiceValues)[number];
const FIELD_ID = 'gender';
/** The select's value for "prefer not to say" (stored as null). */
const NOT_SAYING = '';

/** The worker's gender, if they want to give it: only for the region's anonymous equity figures. */
export function GenderForm({ current }: { current: string | null }) {
  const t = useTranslations('equityFields.gender');
  const saving = useTranslations('workerProfile');
  // The options are the enumeration's own keys, in the order the messages give them.
  const options = Object.keys(useMessages().equityFields.gender.options) as Gender[];
  const trpc = useTRPC();
  const router = useRouter();
  // A value the worker cannot choose (none today) shows as not saying.
  const [gender, setGender] = useState<Gender | typeof NOT_SAYING>(
    options.includes(current as Gender) ? (current as Gender) : NOT_SAYING,
  );
  const [message, setMessage] = useState('');
  const save = useMutation(trpc.worker.setGender.mutationOptions());
  const errors = useFormErrors(save.error, { gender: t('label') });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save.mutate(
      { gender: gender === NOT_SAYING ? null : gender },
      {
        onSuccess: () => {
          setMessage(t('saved'));
          router.refresh();
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      <div className="field">
        <label htmlFor={FIELD_ID}>{t('label')}</label>
        <span id={`${FIELD_ID}-hint`} className="field-hint">
          {t('why')}
        </span>
        <select
          id={FIELD_ID}
          value={gender}
          onChange={(e) => {
            setMessage('');
            setGender(e.target.value as Gender | typeof NOT_SAYING);
          }}
          {...describedBy(FIELD_ID, errors.fields.gender, true)}
        >
          {options.map((g) => (
            <option key={g} value={g}>
              {t(`options.${g}`)}
            </option>
          ))}
          <option value={NOT_SAYING}>{t('notSaying')}</option>
        </select>
        <FieldError id={FIELD_ID} error={errors.fields.gender} />
      </div>
      <div>
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? saving('saving') : saving('save')}
        </button>
      </div>
      <p role="status" className="status-line">
        {errors.general ? <span className="error">{errors.general}</span> : message}
      </p>
    </form>
  );
}
