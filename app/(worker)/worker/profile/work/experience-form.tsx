'use client';

import { useMutation } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useTranslations } from 'next-intl';
import { useEffect, useState, type FormEvent } from 'react';
import { conceptLabel } from '~/i18n/config';
import { useLanguage } from '~/i18n/language';
import type { AppRouter } from '~/server/api/root';
import { useTRPC } from '~/trpc/react';
import { OccupationCombobox } from '~/app/_components/occupation-combobox';
import { describedBy, FieldError, useFormErrors } from '~/app/(worker)/worker/profile/api-errors';

export type Experience = inferRouterOutputs<AppRouter>['worker']['me']['experiences'][number];

/** The fields in the order the form shows them (the first refused one gets the focus). */
const fields = ['employerName', 'title', 'occupationId', 'startDate', 'endDate'] as const;
type Field = (typeof fields)[number];

interface Draft {
  employerName: string;
  title: string;
  occupation: { id: string; label: string } | null;
  startDate: string;
  endDate: string;
}

/** Adds a job to the work history, or (given `experience`) changes one; the server judges the input. */
export function ExperienceForm({
  idPrefix,
  experience,
  onSaved,
  onCancel,
}: {
  idPrefix: string;
  experience?: Experience;
  onSaved(title: string): void;
  onCancel?(): void;
}) {
  const locale = useLanguage();
  const t = useTranslations('workerProfile');
  const trpc = useTRPC();
  const add = useMutation(trpc.worker.addExperience.mutationOptions());
  const update = useMutation(trpc.worker.updateExperience.mutationOptions());
  const save = experience ? update : add;
  const [draft, setDraft] = useState<Draft>(() => ({
    employerName: experience?.employerName ?? '',
    title: experience?.title ?? '',
    occupation:
      experience?.occupationId != null
        ? {
            id: experience.occupationId,
            label: conceptLabel(locale, experience.occupationLabelNl, experience.occupationLabelEn),
          }
        : null,
    startDate: experience?.startDate ?? '',
    endDate: experience?.endDate ?? '',
  }));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const errors = useFormErrors(save.error, {
    employerName: t('work.fields.employerName'),
    title: t('work.fields.title'),
    occupationId: t('work.fields.occupationId'),
    startDate: t('work.fields.startDate'),
    endDate: t('work.fields.endDate'),
  } satisfies Record<Field, string>);
  const id = (field: Field) => `${idPrefix}-${field}`;

  // Once the refused fields are marked, the first of them gets the focus.
  useEffect(() => {
    if (!save.error) return;
    const first = fields.find((f) => errors.fields[f]);
    if (first) document.getElementById(id(first))?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a new error arrives
  }, [save.error]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const input = {
      employerName: draft.employerName,
      title: draft.title,
      occupationId: draft.occupation?.id ?? null,
      startDate: draft.startDate,
      endDate: draft.endDate || null,
    };
    const done = { onSuccess: () => onSaved(draft.title.trim()) };
    if (experience) update.mutate({ experienceId: experience.id, ...input }, done);
    else add.mutate(input, done);
  }

  const text = (field: 'employerName' | 'title', label: string, autoComplete: string) => (
    <div className="field">
      <label htmlFor={id(field)}>{label}</label>
      <input
        id={id(field)}
        type="text"
        autoComplete={autoComplete}
        value={draft[field]}
        onChange={(e) => set(field, e.target.value)}
        {...describedBy(id(field), errors.fields[field])}
      />
      <FieldError id={id(field)} error={errors.fields[field]} />
    </div>
  );

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      {text('employerName', t('work.employerName'), 'organization')}
      {text('title', t('work.jobTitle'), 'organization-title')}
      <OccupationCombobox
        id={id('occupationId')}
        label={t('work.occupation')}
        hint={t('work.occupationHint')}
        initialText={draft.occupation?.label}
        error={errors.fields.occupationId}
        onSelect={(occupation) => {
          set('occupation', occupation ? { id: occupation.id, label: occupation.label } : null);
          // The occupation's name is a good start for the job title when there is none yet.
          if (occupation && !draft.title.trim()) set('title', occupation.label);
        }}
      />
      <div className="field">
        <label htmlFor={id('startDate')}>{t('work.startDate')}</label>
        <input
          id={id('startDate')}
          type="date"
          value={draft.startDate}
          onChange={(e) => set('startDate', e.target.value)}
          {...describedBy(id('startDate'), errors.fields.startDate)}
        />
        <FieldError id={id('startDate')} error={errors.fields.startDate} />
      </div>
      <div className="field">
        <label htmlFor={id('endDate')}>{t('work.endDate')}</label>
        <span id={`${id('endDate')}-hint`} className="field-hint">
          {t('work.endDateHint')}
        </span>
        <input
          id={id('endDate')}
          type="date"
          value={draft.endDate}
          onChange={(e) => set('endDate', e.target.value)}
          {...describedBy(id('endDate'), errors.fields.endDate, true)}
        />
        <FieldError id={id('endDate')} error={errors.fields.endDate} />
      </div>
      {errors.general && (
        <p role="alert" className="error">
          {errors.general}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? t('saving') : experience ? t('save') : t('work.addButton')}
        </button>
        {onCancel && (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
