'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTRPC } from '~/trpc/react';

/**
 * Disable an account (after giving a reason) or enable it again. `manager` picks the procedures:
 * an admin may manage any account, a coordinator the HR accounts of their region's firms; the
 * server decides either way.
 */
export function AccountStatusControl({
  account,
  manager,
}: {
  account: { id: string; name: string; disabled: boolean };
  manager: 'admin' | 'coordinator';
}) {
  const a = useTranslations('accounts');
  const trpc = useTRPC();
  const router = useRouter();
  const procedures = manager === 'admin' ? trpc.account : trpc.employerAccount;
  const disable = useMutation(procedures.disable.mutationOptions());
  const enable = useMutation(procedures.enable.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const reasonId = useId();
  const error = disable.error ?? enable.error;
  const busy = disable.isPending || enable.isPending;

  // Asked for a reason, the keyboard is in its field. After cancelling or a change, focus goes to
  // the button that is now shown (disable or enable, once the refreshed page says which), not
  // back to the top of the page.
  const action = useRef<HTMLButtonElement>(null);
  const focusAction = useRef(false);
  const reason = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (confirming) reason.current?.focus();
    else if (focusAction.current) action.current?.focus();
  }, [confirming, account.disabled]);

  function done(text: string) {
    setMessage(text);
    focusAction.current = true;
    setConfirming(false);
    router.refresh();
  }

  function onDisable(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '');
    enable.reset();
    disable.mutate(
      { userId: account.id, reason },
      { onSuccess: () => done(a('disabledDone', { name: account.name })) },
    );
  }

  function onEnable() {
    disable.reset();
    enable.mutate({ userId: account.id }, { onSuccess: () => done(a('enabledDone', { name: account.name })) });
  }

  function cancel() {
    focusAction.current = true;
    setConfirming(false);
    disable.reset();
  }

  return (
    <div className="account-control">
      {account.disabled ? (
        <button
          ref={action}
          type="button"
          className="button-secondary button-small"
          aria-label={a('enableAccount', { name: account.name })}
          disabled={busy}
          onClick={onEnable}
        >
          {a('enable')}
        </button>
      ) : confirming ? (
        <form className="account-reason" onSubmit={onDisable}>
          <label htmlFor={reasonId}>{a('reasonLabel', { name: account.name })}</label>
          <input ref={reason} id={reasonId} name="reason" required minLength={3} maxLength={300} autoComplete="off" />
          <span className="row-controls">
            <button type="submit" className="button-small" disabled={busy}>
              {busy ? a('busy') : a('confirmDisable')}
            </button>
            <button type="button" className="button-secondary button-small" onClick={cancel}>
              {a('cancel')}
            </button>
          </span>
        </form>
      ) : (
        <button
          ref={action}
          type="button"
          className="button-secondary button-small"
          aria-label={a('disableAccount', { name: account.name })}
          onClick={() => {
            setMessage('');
            setConfirming(true);
          }}
        >
          {a('disable')}
        </button>
      )}
      <span role="status" className="account-control-status">
        {error ? <span className="error">{error.message}</span> : message}
      </span>
    </div>
  );
}
