'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '~/trpc/react';
import { useFormErrors } from '~/app/(worker)/worker/profile/api-errors';
import { flagsOf, visibilityChoiceOf, visibilityChoices, type VisibilityChoice } from './choice';

const savedMessage = { hidden: 'savedHidden', region: 'savedRegion', neighbours: 'savedNeighbours' } as const;

/** The worker's consent to be found, as one of three choices; revocable at any time (choose "not visible"). */
export function VisibilityForm({ initial }: { initial: VisibilityChoice }) {
  const t = useTranslations('workerProfile');
  const trpc = useTRPC();
  const router = useRouter();
  const [choice, setChoice] = useState(initial);
  const [message, setMessage] = useState('');
  const save = useMutation(trpc.worker.setVisibility.mutationOptions());
  const { general } = useFormErrors(save.error, {});
  const help = { hidden: 'hiddenHelp', region: 'regionHelp', neighbours: 'neighboursHelp' } as const;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setMessage('');
    save.mutate(flagsOf(choice), {
      onSuccess: (saved) => {
        const now = visibilityChoiceOf(saved);
        setChoice(now);
        setMessage(t(`visibility.${savedMessage[now]}`));
        router.refresh();
      },
    });
  }

  return (
    <form onSubmit={onSubmit} className="form">
      <fieldset>
        <legend className="visually-hidden">{t('visibility.choose')}</legend>
        {visibilityChoices.map((option) => (
          <div key={option} className="radio">
            <input
              id={`visibility-${option}`}
              type="radio"
              name="visibility"
              value={option}
              checked={choice === option}
              aria-describedby={`visibility-${option}-help`}
              onChange={() => {
                setMessage('');
                setChoice(option);
              }}
            />
            <label htmlFor={`visibility-${option}`}>
              <strong>{t(`visibility.${option}`)}</strong>
              <span id={`visibility-${option}-help`} className="field-hint">
                {t(`visibility.${help[option]}`)}
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      <div>
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? t('saving') : t('visibility.submit')}
        </button>
      </div>
      <p role="status" className="status-line">
        {general ? <span className="error">{general}</span> : message}
      </p>
    </form>
  );
}
