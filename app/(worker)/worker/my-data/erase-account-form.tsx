'use client';

import { useMutation } from '@tanstack/react-query';
import { signOut } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '~/trpc/react';
import { describedBy, FieldError } from '~/app/(worker)/worker/profile/api-errors';

/**
 * Deleting the account, after the warning on the page: it takes the account's password (so a
 * session left open on a shared computer cannot do it) and then signs the worker out.
 */
export function EraseAccountForm() {
  const t = useTranslations('myData.erase');
  const trpc = useTRPC();
  const router = useRouter();
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const erase = useMutation(trpc.myData.erase.mutationOptions());
  const refused = missing
    ? t('enterPassword')
    : erase.error?.data?.code === 'BAD_REQUEST'
      ? t('wrongPassword')
      : undefined;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setMissing(password === '');
    if (password === '') return;
    erase.mutate(
      { password },
      {
        onSuccess: async () => {
          // The sessions have ended on the server; this clears the cookie in the browser too.
          await signOut({ redirect: false });
          router.replace('/login');
          router.refresh();
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      <div className="field">
        <label htmlFor="erase-password">{t('password')}</label>
        <input
          id="erase-password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          {...describedBy('erase-password', refused)}
        />
        <FieldError id="erase-password" error={refused} />
      </div>
      <button type="submit" className="button-danger" disabled={erase.isPending || erase.isSuccess}>
        {erase.isPending || erase.isSuccess ? t('busy') : t('button')}
      </button>
      {erase.error && !refused && (
        <p role="alert" className="error">
          {t('failed')}
        </p>
      )}
    </form>
  );
}
