'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useTRPC } from '~/trpc/react';
import { useAnnounce } from '~/app/_components/announcer';

/** Whose procedures act on the invitation: a firm's HR (invitation.*) or a region's coordinator (coordination.*). */
export type InvitingSide = 'employer' | 'coordinator';

/**
 * Sending an invitation again (a new link; the old one stops working) or revoking it, after a
 * confirmation, for one row of a list. The list is read again afterwards; what happened is said
 * in the list's status line (the row may be gone by then).
 */
export function InvitationActions({
  invitationId,
  name,
  side = 'employer',
}: {
  invitationId: string;
  name: string;
  side?: InvitingSide;
}) {
  const t = useTranslations('invitationActions');
  const trpc = useTRPC();
  const router = useRouter();
  const byEmployer = {
    resend: useMutation(trpc.invitation.resend.mutationOptions()),
    revoke: useMutation(trpc.invitation.revoke.mutationOptions()),
  };
  const byCoordinator = {
    resend: useMutation(trpc.coordination.resendInvitation.mutationOptions()),
    revoke: useMutation(trpc.coordination.revokeInvitation.mutationOptions()),
  };
  const { resend, revoke } = side === 'coordinator' ? byCoordinator : byEmployer;
  const [confirming, setConfirming] = useState(false);
  const announce = useAnnounce();
  const busy = resend.isPending || revoke.isPending;
  const error = resend.error ?? revoke.error;

  // Asked to confirm, the keyboard is on the confirming button; after "keep it", back on "revoke".
  const confirmButton = useRef<HTMLButtonElement>(null);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (returnFocus.current) revokeButton.current?.focus();
  }, [confirming]);

  function onResend() {
    revoke.reset();
    resend.mutate(
      { invitationId },
      {
        onSuccess: () => {
          announce(t('resent', { name }));
          router.refresh();
        },
      },
    );
  }

  function onRevoke() {
    resend.reset();
    revoke.mutate(
      { invitationId },
      {
        onSuccess: () => {
          setConfirming(false);
          // The row's buttons go with the revoked link: the keyboard goes to the message.
          announce(t('revoked', { name }), { focus: true });
          router.refresh();
        },
      },
    );
  }

  return (
    <div className="account-control">
      {confirming ? (
        <div className="confirm-box">
          <p>{t('confirmRevoke', { name })}</p>
          <span className="row-controls">
            <button
              ref={confirmButton}
              type="button"
              className="button-danger button-small"
              disabled={busy}
              onClick={onRevoke}
            >
              {busy ? t('busy') : t('revokeConfirmed')}
            </button>
            <button
              type="button"
              className="button-secondary button-small"
              onClick={() => {
                returnFocus.current = true;
                setConfirming(false);
              }}
            >
              {t('keep')}
            </button>
          </span>
        </div>
      ) : (
        <span className="row-controls">
          <button
            type="button"
            className="button-secondary button-small"
            aria-label={t('resendFor', { name })}
            disabled={busy}
            onClick={onResend}
          >
            {resend.isPending ? t('busy') : t('resend')}
          </button>
          <button
            ref={revokeButton}
            type="button"
            className="button-secondary button-small"
            aria-label={t('revokeFor', { name })}
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            {t('revoke')}
          </button>
        </span>
      )}
      {error && (
        <span role="alert" className="error">
          {error.message}
        </span>
      )}
    </div>
  );
}
