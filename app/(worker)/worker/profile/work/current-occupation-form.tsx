'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '~/trpc/react';
import { OccupationCombobox, type OccupationSuggestion } from '~/app/_components/occupation-combobox';
import { useFormErrors } from '~/app/(worker)/worker/profile/api-errors';

const FIELD_ID = 'current-occupation-search';

/** The worker's current occupation, chosen from the taxonomy: matching compares it with each vacancy's. */
export function CurrentOccupationForm({ current }: { current: string | null }) {
  const t = useTranslations('workerProfile.work');
  const trpc = useTRPC();
  const router = useRouter();
  const [picked, setPicked] = useState<OccupationSuggestion | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [round, setRound] = useState(0);
  const save = useMutation(trpc.worker.setCurrentOccupation.mutationOptions());
  const errors = useFormErrors(save.error, { occupationId: t('fields.occupationId') });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setMessage('');
    if (!picked) {
      setProblem(t('chooseFirst'));
      document.getElementById(FIELD_ID)?.focus();
      return;
    }
    setProblem(null);
    save.mutate(
      { occupationId: picked.id },
      {
        onSuccess: () => {
          setMessage(t('currentSaved'));
          setPicked(null);
          setRound((r) => r + 1);
          router.refresh();
        },
      },
    );
  }

  return (
    <>
      <p>{current ? t('currentIs', { occupation: current }) : t('currentNone')}</p>
      <form onSubmit={onSubmit} className="form" noValidate>
        <OccupationCombobox
          key={round}
          id={FIELD_ID}
          label={t('currentSearch')}
          onSelect={setPicked}
          error={problem ?? errors.fields.occupationId}
        />
        <div>
          <button type="submit" disabled={save.isPending}>
            {t('saveCurrent')}
          </button>
        </div>
        <p role="status" className="status-line">
          {errors.general ? <span className="error">{errors.general}</span> : message}
        </p>
      </form>
    </>
  );
}
