'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { calendarDate, conceptLabel } from '~/i18n/config';
import { useLanguage } from '~/i18n/language';
import { useTRPC } from '~/trpc/react';
import { useFormErrors } from '~/app/(worker)/worker/profile/api-errors';
import { ExperienceForm, type Experience } from './experience-form';

const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/** The work history, most recent first: each job can be changed or removed, and a new one added. */
export function WorkHistory({ experiences, max }: { experiences: Experience[]; max: number }) {
  const t = useTranslations('workerProfile');
  const trpc = useTRPC();
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  // A new key empties the add form after a job was added.
  const [round, setRound] = useState(0);
  const remove = useMutation(trpc.worker.removeExperience.mutationOptions());
  const removeError = useFormErrors(remove.error, {}).general;

  function saved(text: string, focusId: string) {
    setMessage(text);
    router.refresh();
    focusLater(focusId);
  }

  return (
    <>
      {experiences.length === 0 ? (
        <p>{t('work.noJobs')}</p>
      ) : (
        <ul className="entry-list">
          {experiences.map((job) =>
            editing === job.id ? (
              <li key={job.id} className="card">
                <h3>{t('work.editing', { title: job.title, employer: job.employerName })}</h3>
                <ExperienceForm
                  idPrefix={`experience-${job.id}`}
                  experience={job}
                  onCancel={() => {
                    setEditing(null);
                    focusLater(`experience-${job.id}-edit`);
                  }}
                  onSaved={(title) => {
                    setEditing(null);
                    saved(t('work.updated', { title }), `experience-${job.id}-edit`);
                  }}
                />
              </li>
            ) : (
              <JobEntry
                key={job.id}
                job={job}
                busy={remove.isPending}
                onEdit={() => {
                  setMessage('');
                  setEditing(job.id);
                  focusLater(`experience-${job.id}-employerName`);
                }}
                onRemove={() =>
                  remove.mutate(
                    { experienceId: job.id },
                    { onSuccess: () => saved(t('work.removed', { title: job.title }), 'work-history-title') },
                  )
                }
              />
            ),
          )}
        </ul>
      )}
      <p role="status" className="status-line">
        {removeError ? <span className="error">{removeError}</span> : message}
      </p>

      <section className="card" aria-labelledby="add-experience-title">
        <h3 id="add-experience-title">{t('work.add')}</h3>
        {experiences.length >= max ? (
          <p>{t('work.full', { max })}</p>
        ) : (
          <ExperienceForm
            key={round}
            idPrefix="experience-new"
            onSaved={(title) => {
              setRound((r) => r + 1);
              saved(t('work.added', { title }), 'experience-new-employerName');
            }}
          />
        )}
      </section>
    </>
  );
}

function JobEntry({
  job,
  busy,
  onEdit,
  onRemove,
}: {
  job: Experience;
  busy: boolean;
  onEdit(): void;
  onRemove(): void;
}) {
  const locale = useLanguage();
  const t = useTranslations('workerProfile');
  const format = useFormatter();
  const month = (date: string) => format.dateTime(calendarDate(date), { month: 'short', year: 'numeric' });
  const occupation =
    job.occupationId !== null ? conceptLabel(locale, job.occupationLabelNl, job.occupationLabelEn) : null;
  const names = { title: job.title, employer: job.employerName };
  return (
    <li className="card entry">
      <h3>{job.title}</h3>
      <p className="entry-meta">
        {job.employerName} ·{' '}
        {t('work.period', { from: month(job.startDate), to: job.endDate ? month(job.endDate) : t('work.now') })}
      </p>
      {occupation && occupation !== job.title && <p>{t('work.asOccupation', { occupation })}</p>}
      <div className="actions">
        <button
          id={`experience-${job.id}-edit`}
          type="button"
          className="button-secondary button-small"
          aria-label={t('work.editJob', names)}
          onClick={onEdit}
        >
          {t('work.edit')}
        </button>
        <button
          type="button"
          className="button-secondary button-small"
          aria-label={t('work.removeJob', names)}
          onClick={() => !busy && onRemove()}
        >
          {t('remove')}
        </button>
      </div>
    </li>
  );
}
