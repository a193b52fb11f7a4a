'use client';

import { useState } from 'react';
import { VacancyActions, type ActionVacancy } from '../../vacancy-actions';

/** The vacancy's actions on its preview; the page reloads with the new state, and a sentence says what happened. */
export function PreviewActions({ vacancy }: { vacancy: ActionVacancy }) {
  const [message, setMessage] = useState('');
  return (
    <>
      <VacancyActions vacancy={vacancy} showPreview={false} onChanged={({ message }) => setMessage(message)} />
      <p role="status" className={message ? 'notice notice-success' : 'status-line'}>
        {message}
      </p>
    </>
  );
}
