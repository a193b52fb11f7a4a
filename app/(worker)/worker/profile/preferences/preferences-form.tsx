'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useMessages, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { contractTypeValues, remotePolicyValues } from '~/db/schema/enums';
import { useTRPC } from '~/trpc/react';
import { describedBy, FieldError, useFormErrors } from '~/app/(worker)/worker/profile/api-errors';

type ContractType = (typeof contractTypeValues)[number];
type RemotePolicy = (typeof remotePolicyValues)[number];

export interface Preferences {
  hoursMin: number;
  hoursMax: number;
  contractPreferences: ContractType[];
  homePostcode: string;
  homeCity: string;
  maxCommuteKm: number;
  remotePreferences: RemotePolicy[];
  availableFrom: string | null;
  salaryFloor: number | null;
}

/** What the form holds: text as typed, so the server (not the browser) judges it and says what is wrong. */
interface Draft {
  hoursMin: string;
  hoursMax: string;
  contractPreferences: ContractType[];
  homePostcode: string;
  maxCommuteKm: string;
  remotePreferences: RemotePolicy[];
  availableFrom: string;
  salaryFloor: string;
}

/** The fields in the order the form shows them. */
const fields = [
  'hoursMin',
  'hoursMax',
  'contractPreferences',
  'homePostcode',
  'maxCommuteKm',
  'remotePreferences',
  'availableFrom',
  'salaryFloor',
] as const;
type Field = (typeof fields)[number];

const fieldId = (field: Field) => `preferences-${field}`;
/** '' stays "missing" (NaN), so the server names the field instead of the browser guessing a 0. */
const requiredNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
const optionalNumber = (text: string) => (text.trim() === '' ? null : Number(text));

/** The worker's preferences along the flexibility dimensions, saved as one set through `worker.setPreferences`. */
export function PreferencesForm({
  initial,
  limits,
}: {
  initial: Preferences;
  limits: { maxCommuteKm: number; maxSalaryFloor: number };
}) {
  const t = useTranslations();
  const p = useTranslations('workerProfile.preferences');
  // The option lists are the enumerations' own keys, in the order the messages give them.
  const { enums } = useMessages();
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.worker.setPreferences.mutationOptions());
  const summary = useRef<HTMLDivElement>(null);
  const [message, setMessage] = useState('');
  const [draft, setDraft] = useState<Draft>({
    hoursMin: String(initial.hoursMin),
    hoursMax: String(initial.hoursMax),
    contractPreferences: initial.contractPreferences,
    homePostcode: initial.homePostcode,
    maxCommuteKm: String(initial.maxCommuteKm),
    remotePreferences: initial.remotePreferences,
    availableFrom: initial.availableFrom ?? '',
    salaryFloor: initial.salaryFloor === null ? '' : String(initial.salaryFloor),
  });
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setMessage('');
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const errors = useFormErrors(save.error, {
    hoursMin: p('fields.hoursMin'),
    hoursMax: p('fields.hoursMax'),
    contractPreferences: p('fields.contractPreferences'),
    homePostcode: p('fields.homePostcode'),
    maxCommuteKm: p('fields.maxCommuteKm', { max: limits.maxCommuteKm }),
    remotePreferences: p('fields.remotePreferences'),
    availableFrom: p('fields.availableFrom'),
    salaryFloor: p('fields.salaryFloor', { max: limits.maxSalaryFloor }),
  } satisfies Record<Field, string>);
  const labels: Record<Field, string> = {
    hoursMin: p('hoursMin'),
    hoursMax: p('hoursMax'),
    contractPreferences: p('contracts'),
    homePostcode: p('homePostcode'),
    maxCommuteKm: p('maxCommuteKm'),
    remotePreferences: p('remote'),
    availableFrom: p('availableFrom'),
    salaryFloor: p('salaryFloor'),
  };
  const refused = fields.filter((f) => errors.fields[f]);

  // Move focus to the summary once it is on the page, so keyboard and screen-reader users learn
  // what went wrong (from onError React has not rendered it yet).
  useEffect(() => {
    if (save.error) summary.current?.focus();
  }, [save.error]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setMessage('');
    save.mutate(
      {
        hoursMin: requiredNumber(draft.hoursMin),
        hoursMax: requiredNumber(draft.hoursMax),
        contractPreferences: draft.contractPreferences,
        homePostcode: draft.homePostcode,
        maxCommuteKm: requiredNumber(draft.maxCommuteKm),
        remotePreferences: draft.remotePreferences,
        availableFrom: draft.availableFrom || null,
        salaryFloor: optionalNumber(draft.salaryFloor),
      },
      {
        onSuccess: () => {
          setMessage(p('saved'));
          router.refresh();
        },
      },
    );
  }

  const input = (
    field: 'hoursMin' | 'hoursMax' | 'homePostcode' | 'maxCommuteKm' | 'availableFrom' | 'salaryFloor',
    type: 'number' | 'text' | 'date',
    hint?: ReactNode,
    extra: Record<string, string> = {},
  ) => (
    <div className="field">
      <label htmlFor={fieldId(field)}>{labels[field]}</label>
      {hint && (
        <span id={`${fieldId(field)}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      <input
        id={fieldId(field)}
        type={type}
        inputMode={type === 'number' ? 'numeric' : undefined}
        value={draft[field]}
        onChange={(e) => set(field, e.target.value)}
        {...extra}
        {...describedBy(fieldId(field), errors.fields[field], Boolean(hint))}
      />
      <FieldError id={fieldId(field)} error={errors.fields[field]} />
    </div>
  );

  function choices<T extends string>(
    field: 'contractPreferences' | 'remotePreferences',
    options: T[],
    label: (option: T) => string,
  ) {
    const chosen = draft[field] as T[];
    const toggle = (option: T, on: boolean) =>
      set(field, (on ? [...chosen, option] : chosen.filter((c) => c !== option)) as Draft[typeof field]);
    return (
      <fieldset aria-describedby={errors.fields[field] ? `${fieldId(field)}-error` : undefined}>
        <legend>{labels[field]}</legend>
        {options.map((option, i) => (
          <div key={option} className="checkbox">
            <input
              // The first box carries the field's id: the error summary links to it.
              id={i === 0 ? fieldId(field) : `${fieldId(field)}-${option}`}
              type="checkbox"
              checked={chosen.includes(option)}
              onChange={(e) => toggle(option, e.target.checked)}
            />
            <label htmlFor={i === 0 ? fieldId(field) : `${fieldId(field)}-${option}`}>{label(option)}</label>
          </div>
        ))}
        <FieldError id={fieldId(field)} error={errors.fields[field]} />
      </fieldset>
    );
  }

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      {(refused.length > 0 || errors.general) && (
        <div ref={summary} tabIndex={-1} role="alert" className="error-summary">
          {refused.length > 0 ? (
            <>
              <p>{t('workerProfile.errors.summary')}</p>
              <ul>
                {refused.map((field) => (
                  <li key={field}>
                    <a href={`#${fieldId(field)}`}>{labels[field].replace(' *', '')}</a>: {errors.fields[field]}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{errors.general}</p>
          )}
        </div>
      )}

      <section className="card" aria-labelledby="preferences-hours">
        <h2 id="preferences-hours">{p('hours')}</h2>
        <p className="why">{p('hoursWhy')}</p>
        <div className="form-row">
          {input('hoursMin', 'number', null, { min: '0', max: '60' })}
          {input('hoursMax', 'number', null, { min: '1', max: '60' })}
        </div>
      </section>

      <section className="card" aria-labelledby="preferences-contracts">
        <h2 id="preferences-contracts">{t('workerProfile.overview.contracts')}</h2>
        <p className="why">{p('contractsWhy')}</p>
        {choices('contractPreferences', Object.keys(enums.contract) as ContractType[], (c) => t(`enums.contract.${c}`))}
      </section>

      <section className="card" id="preferences-place" aria-labelledby="preferences-place-title">
        <h2 id="preferences-place-title">{p('place')}</h2>
        <p className="why">{p('placeWhy')}</p>
        <div className="form-row">
          {input(
            'homePostcode',
            'text',
            <>
              {p('homePostcodeHint')}{' '}
              {initial.homeCity && p('currentPlace', { postcode: initial.homePostcode, place: initial.homeCity })}
            </>,
            { autoComplete: 'postal-code' },
          )}
          {input('maxCommuteKm', 'number', null, { min: '1', max: String(limits.maxCommuteKm) })}
        </div>
      </section>

      <section className="card" aria-labelledby="preferences-remote">
        <h2 id="preferences-remote">{t('workerProfile.overview.remote')}</h2>
        <p className="why">{p('remoteWhy')}</p>
        {choices('remotePreferences', Object.keys(enums.remote) as RemotePolicy[], (r) => t(`enums.remote.${r}`))}
      </section>

      <section className="card" aria-labelledby="preferences-start">
        <h2 id="preferences-start">{t('workerProfile.overview.available')}</h2>
        <p className="why">{p('availableWhy')}</p>
        {input('availableFrom', 'date', p('availableFromHint'))}
      </section>

      <section className="card" aria-labelledby="preferences-salary">
        <h2 id="preferences-salary">{t('workerProfile.overview.salary')}</h2>
        <p className="why">{p('salaryWhy')}</p>
        {input('salaryFloor', 'number', p('salaryFloorHint'), { min: '0', max: String(limits.maxSalaryFloor) })}
      </section>

      <div>
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? t('workerProfile.saving') : p('submit')}
        </button>
      </div>
      <p role="status" className="status-line">
        {message}
      </p>
    </form>
  );
}
