'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import { controlId, describedBy, ErrorSummary, FieldError } from '~/app/_components/field-error';
import type { Locale } from '~/i18n/config';
import { useTRPC } from '~/trpc/react';
import {
  problemMessage,
  registrationFields,
  registrationProblems,
  type RegistrationField,
  type RegistrationInput,
} from './registration-problems';
import { rememberRegistration } from './registration-result';

const FORM = 'registration';

export interface Option {
  value: string;
  label: string;
  /** The option's language, when it is not the page's (a language's own name). */
  lang?: string;
}

/** What the form holds: everything as typed or chosen, so the server (not the browser) judges it. */
type Draft = Record<RegistrationField, string>;

/**
 * A new firm registers itself and its first HR user through `organisation.register`. Refusals
 * are shown at their fields in the user's language (registration-problems.ts); on success the
 * confirmation page says the firm awaits the coordinator's approval.
 */
export function RegistrationForm({
  regions,
  sectors,
  sizeBands,
  locales,
  initialLocale,
  passwordMin,
}: {
  regions: Option[];
  sectors: Option[];
  sizeBands: Option[];
  locales: readonly Locale[];
  initialLocale: Locale;
  passwordMin: number;
}) {
  const t = useTranslations('registration');
  const e = useTranslations('registration.errors');
  const trpc = useTRPC();
  const router = useRouter();
  const register = useMutation(trpc.organisation.register.mutationOptions());
  const [draft, setDraft] = useState<Draft>({
    organisationName: '',
    kvkNumber: '',
    sector: '',
    sizeBand: '',
    street: '',
    postalCode: '',
    city: '',
    regionId: regions.length === 1 ? regions[0]!.value : '',
    fullName: '',
    email: '',
    password: '',
    locale: initialLocale,
  });
  const [showPassword, setShowPassword] = useState(false);
  const [retryAt, setRetryAt] = useState<Date | null>(null);
  const set = (field: RegistrationField, value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const problems = registrationProblems(register.error?.data?.fieldErrors);
  const errors: Partial<Record<RegistrationField, string>> = Object.fromEntries(
    Object.entries(problems).map(([field, problem]) => [
      field,
      problemMessage(e, field as RegistrationField, problem, passwordMin),
    ]),
  );
  const labels: Record<RegistrationField, string> = {
    organisationName: t('organisationName'),
    kvkNumber: t('kvkNumber'),
    sector: t('sector'),
    sizeBand: t('sizeBand'),
    street: t('street'),
    postalCode: t('postalCode'),
    city: t('city'),
    regionId: t('region'),
    fullName: t('fullName'),
    email: t('email'),
    password: t('password'),
    locale: t('locale'),
  };

  function summaryTitle(): string {
    if (Object.keys(errors).length > 0) return t('invalid');
    if (retryAt) return t('tooManyAttempts', { time: retryAt });
    const reference = register.error?.data?.reference;
    return reference ? t('failedReference', { reference }) : t('failed');
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setRetryAt(null);
    // Sent as typed, empty choices included: the API says what each field needs.
    register.mutate(draft as unknown as RegistrationInput, {
      onSuccess: (result) => {
        rememberRegistration(result);
        router.push('/register/received');
      },
      onError: (error) => {
        const seconds = error.data?.retryAfterSeconds;
        if (seconds) setRetryAt(new Date(Date.now() + seconds * 1000));
      },
    });
  }

  const field = (name: RegistrationField, control: ReactNode, hint?: ReactNode) => (
    <div className="field">
      <label htmlFor={controlId(FORM, name)}>{labels[name]}</label>
      {hint}
      {control}
      <FieldError form={FORM} field={name} error={errors[name]} />
    </div>
  );

  const hintId = (name: RegistrationField) => `${controlId(FORM, name)}-hint`;
  const hint = (name: RegistrationField, text: string) => (
    <span id={hintId(name)} className="field-hint">
      {text}
    </span>
  );

  const input = (name: RegistrationField, attributes: InputHTMLAttributes<HTMLInputElement>, hinted = false) => (
    <input
      id={controlId(FORM, name)}
      name={name}
      type="text"
      required
      value={draft[name]}
      onChange={(event) => set(name, event.target.value)}
      {...attributes}
      {...describedBy(FORM, name, errors[name], ...(hinted ? [hintId(name)] : []))}
    />
  );

  const select = (name: RegistrationField, options: Option[], placeholder: boolean, hinted = false) => (
    <select
      id={controlId(FORM, name)}
      name={name}
      required
      value={draft[name]}
      onChange={(event) => set(name, event.target.value)}
      {...describedBy(FORM, name, errors[name], ...(hinted ? [hintId(name)] : []))}
    >
      {placeholder && <option value="">{t('choose')}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value} lang={option.lang}>
          {option.label}
        </option>
      ))}
    </select>
  );

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      {register.error && (
        <ErrorSummary
          form={FORM}
          title={summaryTitle()}
          attempt={register.error}
          items={registrationFields
            .filter((name) => errors[name])
            .map((name) => ({ field: name, label: labels[name], message: errors[name]! }))}
        />
      )}

      <section className="card" aria-labelledby="registration-organisation">
        <h2 id="registration-organisation">{t('organisation')}</h2>
        {field('organisationName', input('organisationName', { autoComplete: 'organization', maxLength: 200 }))}
        <div className="form-row">
          {field(
            'kvkNumber',
            input('kvkNumber', { inputMode: 'numeric', autoComplete: 'off' }, true),
            hint('kvkNumber', t('kvkHint')),
          )}
          {field('sector', select('sector', sectors, true))}
        </div>
        {field('sizeBand', select('sizeBand', sizeBands, true))}
      </section>

      <section className="card" aria-labelledby="registration-address">
        <h2 id="registration-address">{t('address')}</h2>
        {field('street', input('street', { autoComplete: 'address-line1', maxLength: 200 }))}
        <div className="form-row">
          {field('postalCode', input('postalCode', { autoComplete: 'postal-code' }))}
          {field('city', input('city', { autoComplete: 'address-level2', maxLength: 100 }))}
        </div>
        {field('regionId', select('regionId', regions, regions.length !== 1, true), hint('regionId', t('regionHint')))}
      </section>

      <section className="card" aria-labelledby="registration-contact">
        <h2 id="registration-contact">{t('contact')}</h2>
        <p>{t('contactIntro')}</p>
        {field('fullName', input('fullName', { autoComplete: 'name', maxLength: 200 }))}
        {field('email', input('email', { type: 'email', autoComplete: 'email', maxLength: 254 }))}
        {field(
          'password',
          input('password', { type: showPassword ? 'text' : 'password', autoComplete: 'new-password' }, true),
          hint('password', t('passwordRules', { min: passwordMin })),
        )}
        <div className="checkbox">
          <input
            id={controlId(FORM, 'show-password')}
            type="checkbox"
            checked={showPassword}
            onChange={(event) => setShowPassword(event.target.checked)}
          />
          <label htmlFor={controlId(FORM, 'show-password')}>{t('showPassword')}</label>
        </div>
        {field(
          'locale',
          select(
            'locale',
            locales.map((locale) => ({ value: locale, label: t(`languages.${locale}`), lang: locale })),
            false,
          ),
        )}
      </section>

      <div>
        <button type="submit" disabled={register.isPending || register.isSuccess}>
          {register.isPending || register.isSuccess ? t('submitting') : t('submit')}
        </button>
      </div>
    </form>
  );
}
