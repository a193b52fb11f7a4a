'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useTRPC } from '~/trpc/react';

export function RemoveOffer({ trainingOfferId, title }: { trainingOfferId: string; title: string }) {
  const t = useTranslations('coordinatorTools.training');
  const trpc = useTRPC();
  const router = useRouter();
  const remove = useMutation(trpc.coordination.deleteTrainingOffer.mutationOptions());
  return (
    <button
      type="button"
      className="button-secondary"
      aria-label={t('removeLabel', { title })}
      disabled={remove.isPending}
      onClick={() => remove.mutate({ trainingOfferId }, { onSettled: () => router.refresh() })}
    >
      {t('remove')}
    </button>
  );
}
