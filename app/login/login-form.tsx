'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useMessages } from '~/i18n/client';

export function LoginForm({ ssoEnabled }: { ssoEnabled: boolean }) {
  const { t } = useMessages();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
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
      setError(t.login.failed);
      return;
    }
    router.replace('/');
    router.refresh();
  }

  return (
    <>
      <form onSubmit={onSubmit} className="form" noValidate={false}>
        <div className="field">
          <label htmlFor="email">{t.login.email}</label>
          <input id="email" name="email" type="email" autoComplete="username" required />
        </div>
        <div className="field">
          <label htmlFor="password">{t.login.password}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </div>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? t.login.busy : t.login.submit}
        </button>
      </form>
      {ssoEnabled && (
        <p>
          <button type="button" className="button-secondary" onClick={() => void signIn('oidc', { callbackUrl: '/' })}>
            {t.login.sso}
          </button>
        </p>
      )}
    </>
  );
}
