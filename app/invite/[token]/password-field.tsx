'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { controlId, describedBy, FieldError } from '~/app/_components/field-error';
import { passwordLimits } from './join';

/** The new password, with its rules said beside it and a switch to see what was typed. */
export function PasswordField({
  form,
  value,
  onChange,
  error,
}: {
  form: string;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
}) {
  const t = useTranslations('join');
  const [shown, setShown] = useState(false);
  const rulesId = `${controlId(form, 'password')}-rules`;
  return (
    <div className="field">
      <label htmlFor={controlId(form, 'password')}>{t('password')}</label>
      <span id={rulesId} className="field-hint">
        {t('passwordRules', passwordLimits)}
      </span>
      <input
        id={controlId(form, 'password')}
        type={shown ? 'text' : 'password'}
        autoComplete="new-password"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...describedBy(form, 'password', error, rulesId)}
      />
      <FieldError form={form} field="password" error={error} />
      <div className="checkbox">
        <input
          id={controlId(form, 'show-password')}
          type="checkbox"
          checked={shown}
          onChange={(event) => setShown(event.target.checked)}
        />
        <label htmlFor={controlId(form, 'show-password')}>{t('showPassword')}</label>
      </div>
    </div>
  );
}
