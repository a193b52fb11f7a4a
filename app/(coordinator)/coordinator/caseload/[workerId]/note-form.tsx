'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { workerNoteKindValues } from '~/db/schema/enums';
import { useTRPC } from '~/trpc/react';

/** Adds a dated note (an intake, a review or another note) to a worker; the page then shows it and the next action moves on. */
export function NoteForm({ workerId, today }: { workerId: string; today: string }) {
  const t = useTranslations('coordinatorTools.worker');
  const trpc = useTRPC();
  const router = useRouter();
  const add = useMutation(trpc.coordination.addNote.mutationOptions());
  const [body, setBody] = useState('');
  const [saved, setSaved] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(false);
    add.mutate(
      {
        workerId,
        kind: form.get('kind') as (typeof workerNoteKindValues)[number],
        noteDate: String(form.get('noteDate')),
        body,
      },
      {
        onSuccess: () => {
          setBody('');
          setSaved(true);
          router.refresh();
        },
      },
    );
  }

  return (
    <section aria-labelledby="note-form-title">
      <h2 id="note-form-title">{t('form.title')}</h2>
      <form className="form card" onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor="note-kind">{t('form.kind')}</label>
          <select id="note-kind" name="kind" defaultValue="note">
            {workerNoteKindValues.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="note-date">{t('form.date')}</label>
          <span id="note-date-hint" className="field-hint">
            {t('form.dateHint')}
          </span>
          <input
            id="note-date"
            name="noteDate"
            type="date"
            required
            max={today}
            defaultValue={today}
            aria-describedby="note-date-hint"
          />
        </div>
        <div className="field">
          <label htmlFor="note-body">{t('form.body')}</label>
          <span id="note-body-hint" className="field-hint">
            {t('form.bodyHint')}
          </span>
          <textarea
            id="note-body"
            rows={4}
            required
            maxLength={4000}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            aria-describedby="note-body-hint"
          />
        </div>
        {add.error && (
          <p className="error" role="alert">
            {t('form.failed')}
          </p>
        )}
        {saved && <p role="status">{t('form.saved')}</p>}
        <div>
          <button type="submit" disabled={add.isPending}>
            {add.isPending ? t('form.saving') : t('form.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
