'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useTRPC } from '~/trpc/react';

/**
 * Cancelling an announcement, after saying what it does: open invitation links stop working,
 * people who joined keep their accounts. It cannot be undone, hence the confirmation.
 */
export function CancelAnnouncement({ redundancyId, title }: { redundancyId: string; title: string }) {
  const t = useTranslations('announcementPage');
  const trpc = useTRPC();
  const router = useRouter();
  const cancel = useMutation(trpc.redundancy.cancel.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (returnFocus.current) openButton.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button ref={openButton} type="button" className="button-secondary" onClick={() => setConfirming(true)}>
        {t('cancel')}
      </button>
    );
  }
  return (
    <div className="confirm-box" role="group" aria-labelledby="cancel-question">
      <p id="cancel-question">
        <strong>{t('cancelQuestion', { title })}</strong>
      </p>
      <p>{t('cancelExplained')}</p>
      <span className="row-controls">
        <button
          ref={confirmButton}
          type="button"
          className="button-danger"
          disabled={cancel.isPending || cancel.isSuccess}
          onClick={() =>
            cancel.mutate(
              { redundancyId },
              {
                onSuccess: () => {
                  router.replace(`/employer/announcements/${redundancyId}?done=cancelled`);
                  router.refresh();
                },
              },
            )
          }
        >
          {cancel.isPending || cancel.isSuccess ? t('cancelling') : t('cancelConfirmed')}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            returnFocus.current = true;
            cancel.reset();
            setConfirming(false);
          }}
        >
          {t('keep')}
        </button>
      </span>
      {cancel.error && (
        <p role="alert" className="error">
          {cancel.error.message}
        </p>
      )}
    </div>
  );
}
