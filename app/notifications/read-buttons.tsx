'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useAnnounce } from '~/app/_components/announcer';
import { useTRPC } from '~/trpc/react';

/**
 * Marks one notification read. The list and the bell are read again afterwards (the button
 * goes with the unread state, so the keyboard goes to the list's status line).
 */
export function MarkReadButton({ notificationId, message }: { notificationId: string; message: string }) {
  const t = useTranslations('notifications');
  const trpc = useTRPC();
  const router = useRouter();
  const announce = useAnnounce();
  const markRead = useMutation(trpc.notification.markRead.mutationOptions());
  return (
    <span className="row-controls">
      <button
        type="button"
        className="button-secondary button-small"
        aria-label={t('markReadFor', { message })}
        disabled={markRead.isPending}
        onClick={() =>
          markRead.mutate(
            { notificationId },
            {
              onSuccess: () => {
                announce(t('markedRead'), { focus: true });
                router.refresh();
              },
            },
          )
        }
      >
        {markRead.isPending ? t('busy') : t('markRead')}
      </button>
      {markRead.error && (
        <span role="alert" className="error">
          {markRead.error.message}
        </span>
      )}
    </span>
  );
}

/** Marks every notification read at once. */
export function MarkAllReadButton() {
  const t = useTranslations('notifications');
  const trpc = useTRPC();
  const router = useRouter();
  const announce = useAnnounce();
  const markAll = useMutation(trpc.notification.markAllRead.mutationOptions());
  return (
    <p>
      <button
        type="button"
        className="button-secondary"
        disabled={markAll.isPending}
        onClick={() =>
          markAll.mutate(undefined, {
            onSuccess: ({ marked }) => {
              announce(t('markedAllRead', { count: marked }), { focus: true });
              router.refresh();
            },
          })
        }
      >
        {markAll.isPending ? t('busy') : t('markAllRead')}
      </button>
      {markAll.error && (
        <span role="alert" className="error">
          {markAll.error.message}
        </span>
      )}
    </p>
  );
}
