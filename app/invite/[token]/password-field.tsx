'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FieldError, type formIds, type FieldErrors } from '~/app/_components/form-errors';
import { passwordLimits } from './join';

/** The new password, with its rules said beside it and a switch to see what was typed. */
export function PasswordField({
  ids,
  value,
  onChange,
  errors,
}: {
  ids: ReturnType<typeof formIds>;
  value: string;
  onChange(value: string): void;
  errors: FieldErrors;
}) {
  const t = useTranslations('join');
  const [shown, setShown] = useState(false);
  const rulesId = `${ids.field('password')}-rules`;
  return (
    <div className="field">
      <label htmlFor={ids.field('password')}>{t('password')}</label>
      <span id={rulesId} className="field-hint">
        {t('passwordRules', passwordLimits)}
      </span>
      <input
        id={ids.field('password')}
        type={shown ? 'text' : 'password'}
        autoComplete="new-password"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...ids.invalid('password', errors, rulesId)}
      />
      <FieldError id={ids.error('password')} messages={errors.password} />
      <div className="checkbox">
        <input
          id={ids.field('show-password')}
          type="checkbox"
          checked={shown}
          onChange={(event) => setShown(event.target.checked)}
        />
        <label htmlFor={ids.field('show-password')}>{t('showPassword')}</label>
      </div>
    </div>
  );
}
