'use client';

import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { notificationEmailValues } from '~/db/schema/enums';
import { useTRPC } from '~/trpc/react';

type Choice = (typeof notificationEmailValues)[number];

/** The choice of notification mail: each at once, a daily digest, or none. */
export function EmailChoiceForm({ initial }: { initial: Choice }) {
  const t = useTranslations('notifications.email');
  const trpc = useTRPC();
  const [choice, setChoice] = useState<Choice>(initial);
  const [message, setMessage] = useState('');
  const save = useMutation(trpc.notification.setPreferences.mutationOptions());

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setMessage('');
    save.mutate(
      { notificationEmail: choice },
      {
        onSuccess: (saved) => {
          setChoice(saved.notificationEmail);
          setMessage(t('saved'));
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} className="form notification-email-choice">
      <fieldset>
        <legend>{t('legend')}</legend>
        {notificationEmailValues.map((option) => (
          <div key={option} className="radio">
            <input
              id={`notification-email-${option}`}
              type="radio"
              name="notificationEmail"
              value={option}
              checked={choice === option}
              onChange={() => {
                setMessage('');
                setChoice(option);
              }}
            />
            <label htmlFor={`notification-email-${option}`}>{t(option)}</label>
          </div>
        ))}
      </fieldset>
      <div>
        <button type="submit" disabled={save.isPending}>
          {t('save')}
        </button>
      </div>
      <p role="status" className="status-line">
        {save.error ? <span className="error">{save.error.message}</span> : message}
      </p>
    </form>
  );
}
