'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { ACCOUNT_DISABLED, TOO_MANY_ATTEMPTS } from '~/server/auth/sign-in-errors';

export function LoginForm({ ssoEnabled, initialError }: { ssoEnabled: boolean; initialError: string | null }) {
  const t = useTranslations('login');
  const router = useRouter();

  /** The message for next-auth's error code (from the answer, or from ?error= after a redirect). */
  function signInErrorMessage(code: string | null): string {
    const [name, seconds] = (code ?? '').split(':');
    if (name === TOO_MANY_ATTEMPTS) {
      return t('tooManyAttempts', { time: new Date(Date.now() + Number(seconds || 900) * 1000) });
    }
    if (name === ACCOUNT_DISABLED) return t('accountDisabled');
    if (name === 'CredentialsSignin') return t('failed');
    return t('otherError');
  }

  const [error, setError] = useState<string | null>(() => (initialError ? signInErrorMessage(initialError) : null));
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    });
    setBusy(false);
    if (!result || result.error) {
      setError(signInErrorMessage(result?.error ?? null));
      return;
    }
    router.replace('/');
    router.refresh();
  }

  return (
    <>
      <form onSubmit={onSubmit} className="form" noValidate={false}>
        <div className="field">
          <label htmlFor="email">{t('email')}</label>
          <input id="email" name="email" type="email" autoComplete="username" required />
        </div>
        <div className="field">
          <label htmlFor="password">{t('password')}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </div>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? t('busy') : t('submit')}
        </button>
      </form>
      {ssoEnabled && (
        <p>
          <button type="button" className="button-secondary" onClick={() => void signIn('oidc', { callbackUrl: '/' })}>
            {t('sso')}
          </button>
        </p>
      )}
    </>
  );
}
