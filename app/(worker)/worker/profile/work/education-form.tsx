'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useMessages, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import type { educationLevelValues } from '~/db/schema/enums';
import { useTRPC } from '~/trpc/react';
import { describedBy, FieldError, useFormErrors } from '~/app/(worker)/worker/profile/api-errors';

type EducationLevel = (typeof educationLevelValues)[number];
const FIELD_ID = 'education-level';

/** The worker's highest completed education (for the region's figures per group, never shown to employers). */
export function EducationForm({ current }: { current: EducationLevel }) {
  const t = useTranslations('workerProfile');
  // The options are the enumeration's own keys, in the order the messages give them (low to high).
  const levels = Object.keys(useMessages().workerProfile.educationLevels) as EducationLevel[];
  const trpc = useTRPC();
  const router = useRouter();
  const [level, setLevel] = useState(current);
  const [message, setMessage] = useState('');
  const save = useMutation(trpc.worker.setEducationLevel.mutationOptions());
  const errors = useFormErrors(save.error, { educationLevel: t('work.fields.educationLevel') });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save.mutate(
      { educationLevel: level },
      {
        onSuccess: () => {
          setMessage(t('work.educationSaved'));
          router.refresh();
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      <div className="field">
        <label htmlFor={FIELD_ID}>{t('work.educationLabel')}</label>
        <select
          id={FIELD_ID}
          value={level}
          onChange={(e) => {
            setMessage('');
            setLevel(e.target.value as EducationLevel);
          }}
          {...describedBy(FIELD_ID, errors.fields.educationLevel)}
        >
          {levels.map((l) => (
            <option key={l} value={l}>
              {t(`educationLevels.${l}`)}
            </option>
          ))}
        </select>
        <FieldError id={FIELD_ID} error={errors.fields.educationLevel} />
      </div>
      <div>
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? t('saving') : t('save')}
        </button>
      </div>
      <p role="status" className="status-line">
        {errors.general ? <span className="error">{errors.general}</span> : message}
      </p>
    </form>
  );
}
