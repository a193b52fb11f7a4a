'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
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
import { PrivacyStatement } from '~/app/_components/privacy-statement';
import type { AppRouter } from '~/server/api/root';
import type { inferRouterInputs } from '@trpc/server';
import { passwordLimits, passwordProblem, signInNewAccount } from './join';
import { PasswordField } from './password-field';

type AcceptInput = inferRouterInputs<AppRouter>['invitation']['acceptWorker'];
type EducationLevel = AcceptInput['educationLevel'];
type Visibility = AcceptInput['visibility'];

const FORM = 'join';
const visibilities: Visibility[] = ['hidden', 'region', 'neighbouring_regions'];
/** A Dutch postcode: four digits, optionally two letters (the server knows which exist). */
const POSTCODE = /^\s*[1-9]\d{3}\s?([a-zA-Z]{2})?\s*$/;

interface Draft {
  password: string;
  privacyAccepted: boolean;
  homePostcode: string;
  birthYear: string;
  educationLevel: EducationLevel | '';
  visibility: Visibility | null;
}

/**
 * A worker joins from their invitation: a password, the privacy statement accepted, where they
 * live, their birth year and education, and who may see their profile. Then they are signed in
 * and on their own portal, their guidance window counting from the announcement's date.
 */
export function WorkerInvitationForm({
  token,
  email,
  regionName,
  privacyStatementVersion,
  educationLevels,
}: {
  token: string;
  email: string;
  regionName: string;
  privacyStatementVersion: string;
  educationLevels: readonly EducationLevel[];
}) {
  const t = useTranslations('join');
  const levels = useTranslations('workerProfile.educationLevels');
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.invitation.acceptWorker.mutationOptions());
  const [draft, setDraft] = useState<Draft>({
    password: '',
    privacyAccepted: false,
    homePostcode: '',
    birthYear: '',
    educationLevel: '',
    visibility: null,
  });
  const [checked, setChecked] = useState<FieldErrors | null>(null);
  const [signInFailed, setSignInFailed] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const errors: FieldErrors = checked ?? accept.error?.data?.fieldErrors ?? {};
  const error = (name: string) => errors[name]?.join(' ');
  const labels: Record<string, string> = {
    password: t('password'),
    privacyAccepted: t('privacyTitle'),
    privacyStatementVersion: t('privacyTitle'),
    homePostcode: t('homePostcode'),
    birthYear: t('birthYear'),
    educationLevel: t('educationLevel'),
    visibility: t('visibilityTitle'),
  };
  /** The control a summary item links to: the first visibility choice, the privacy checkbox. */
  const targetOf = (name: string) =>
    name === 'visibility' ? 'visibility-hidden' : name === 'privacyStatementVersion' ? 'privacyAccepted' : name;
  const items = summaryItems(errors, labels, targetOf);

  /** The checks that can be said in the reader's language; the server checks everything again. */
  function check(): FieldErrors | null {
    const found: FieldErrors = {};
    const password = passwordProblem(draft.password, email);
    if (password) found.password = [password === 'passwordLength' ? t(password, passwordLimits) : t(password)];
    if (!draft.privacyAccepted) found.privacyAccepted = [t('acceptPrivacy')];
    if (!POSTCODE.test(draft.homePostcode)) found.homePostcode = [t('postcodeFormat')];
    const year = Number(draft.birthYear);
    const thisYear = new Date().getFullYear();
    if (!Number.isInteger(year) || year < thisYear - 80 || year > thisYear - 15) {
      found.birthYear = [t('birthYearRange')];
    }
    if (!draft.educationLevel) found.educationLevel = [t('chooseEducation')];
    if (!draft.visibility) found.visibility = [t('chooseVisibility')];
    return Object.keys(found).length > 0 ? found : null;
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problems = check();
    setChecked(problems);
    if (problems) return;
    accept.mutate(
      {
        token,
        password: draft.password,
        privacyStatementVersion,
        privacyAccepted: true,
        homePostcode: draft.homePostcode,
        birthYear: Number(draft.birthYear),
        educationLevel: draft.educationLevel as EducationLevel,
        visibility: draft.visibility!,
      },
      {
        onSuccess: async (joined) => {
          if (await signInNewAccount(joined.email, draft.password)) {
            router.replace('/worker');
            router.refresh();
          } else {
            setSignInFailed(true);
          }
        },
      },
    );
  }

  if (accept.isSuccess && signInFailed) {
    return (
      <div className="notice notice-success" role="status">
        <p>{t('joinedSignIn', { email })}</p>
        <p>
          <Link href="/login">{t('toSignIn')}</Link>
        </p>
      </div>
    );
  }

  const busy = accept.isPending || accept.isSuccess;
  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      {(checked ?? accept.error) && (
        <ErrorSummary
          form={FORM}
          attempt={checked ?? accept.error}
          title={items.length > 0 ? t('invalid') : `${t('failed')} ${accept.error?.message ?? ''}`}
          items={items}
        />
      )}

      <section className="card" aria-labelledby="join-account-title">
        <h2 id="join-account-title">{t('accountTitle')}</h2>
        <p>{t('accountIntro', { email })}</p>
        <PasswordField
          form={FORM}
          value={draft.password}
          onChange={(value) => set('password', value)}
          error={error('password')}
        />
      </section>

      <section className="card" aria-labelledby="join-privacy-title">
        <h2 id="join-privacy-title">{t('privacyTitle')}</h2>
        <p>{t('privacyIntro')}</p>
        <details className="privacy-details">
          <summary>{t('readPrivacy')}</summary>
          <PrivacyStatement headingLevel={3} />
        </details>
        <p>
          <Link href="/privacy" target="_blank" rel="noopener">
            {t('privacyPage')}
          </Link>
        </p>
        <div className="checkbox">
          <input
            id={controlId(FORM, 'privacyAccepted')}
            type="checkbox"
            checked={draft.privacyAccepted}
            onChange={(event) => set('privacyAccepted', event.target.checked)}
            {...describedBy(FORM, 'privacyAccepted', error('privacyAccepted') ?? error('privacyStatementVersion'))}
          />
          <label htmlFor={controlId(FORM, 'privacyAccepted')}>
            {t('acceptPrivacyLabel', { version: privacyStatementVersion })}
          </label>
        </div>
        <FieldError
          form={FORM}
          field="privacyAccepted"
          error={error('privacyAccepted') ?? error('privacyStatementVersion')}
        />
      </section>

      <section className="card" aria-labelledby="join-about-title">
        <h2 id="join-about-title">{t('aboutTitle')}</h2>
        <p>{t('aboutIntro')}</p>
        <div className="form-row">
          <div className="field">
            <label htmlFor={controlId(FORM, 'homePostcode')}>{labels.homePostcode}</label>
            <span id="join-postcode-hint" className="field-hint">
              {t('postcodeHint')}
            </span>
            <input
              id={controlId(FORM, 'homePostcode')}
              autoComplete="postal-code"
              value={draft.homePostcode}
              onChange={(event) => set('homePostcode', event.target.value)}
              {...describedBy(FORM, 'homePostcode', error('homePostcode'), 'join-postcode-hint')}
            />
            <FieldError form={FORM} field="homePostcode" error={error('homePostcode')} />
          </div>
          <div className="field">
            <label htmlFor={controlId(FORM, 'birthYear')}>{labels.birthYear}</label>
            <span id="join-birth-year-hint" className="field-hint">
              {t('birthYearHint')}
            </span>
            <input
              id={controlId(FORM, 'birthYear')}
              type="number"
              inputMode="numeric"
              autoComplete="bday-year"
              value={draft.birthYear}
              onChange={(event) => set('birthYear', event.target.value)}
              {...describedBy(FORM, 'birthYear', error('birthYear'), 'join-birth-year-hint')}
            />
            <FieldError form={FORM} field="birthYear" error={error('birthYear')} />
          </div>
        </div>
        <div className="field">
          <label htmlFor={controlId(FORM, 'educationLevel')}>{labels.educationLevel}</label>
          <select
            id={controlId(FORM, 'educationLevel')}
            value={draft.educationLevel}
            onChange={(event) => set('educationLevel', event.target.value as EducationLevel)}
            {...describedBy(FORM, 'educationLevel', error('educationLevel'))}
          >
            <option value="">{t('choose')}</option>
            {educationLevels.map((level) => (
              <option key={level} value={level}>
                {levels(level)}
              </option>
            ))}
          </select>
          <FieldError form={FORM} field="educationLevel" error={error('educationLevel')} />
        </div>
      </section>

      <section className="card" aria-labelledby="join-visibility-title">
        <h2 id="join-visibility-title">{t('visibilityTitle')}</h2>
        <p>{t('visibilityIntro')}</p>
        <fieldset {...describedBy(FORM, 'visibility', error('visibility'))}>
          <legend className="visually-hidden">{t('visibilityTitle')}</legend>
          {visibilities.map((choice) => {
            const id = controlId(FORM, `visibility-${choice}`);
            return (
              <div className="checkbox choice" key={choice}>
                <input
                  id={id}
                  type="radio"
                  name="visibility"
                  value={choice}
                  checked={draft.visibility === choice}
                  onChange={() => set('visibility', choice)}
                  aria-describedby={`${id}-hint`}
                />
                <div className="option-text">
                  <label htmlFor={id}>{t(`visibility.${choice}.label`, { region: regionName })}</label>
                  <span id={`${id}-hint`} className="field-hint">
                    {t(`visibility.${choice}.explained`, { region: regionName })}
                  </span>
                </div>
              </div>
            );
          })}
          <FieldError form={FORM} field="visibility" error={error('visibility')} />
        </fieldset>
        <p className="field-hint">{t('visibilityLater')}</p>
      </section>

      <div>
        <button type="submit" disabled={busy}>
          {busy ? t('joining') : t('join')}
        </button>
      </div>
    </form>
  );
}
