'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import type { introductionStatusValues } from '~/db/schema/enums';
import { dutchToday } from '~/server/lib/dutch-day';
import { useTRPC } from '~/trpc/react';

type Status = (typeof introductionStatusValues)[number];
const PIPELINE_STEPS = ['meeting', 'offer', 'trial', 'hired', 'rejected'] as const;
type PipelineStep = (typeof PIPELINE_STEPS)[number];

/**
 * What the employer can do next with one introduction, as the step table allows it: answer a
 * worker's interest, record the next step (with its date, or start and end for a trial or
 * secondment, and a note), or withdraw. The server checks every step again.
 */
export function EmployerIntroductionActions({
  introductionId,
  initiatedBy,
  nextSteps,
}: {
  introductionId: string;
  initiatedBy: 'employer' | 'worker';
  nextSteps: Status[];
}) {
  const t = useTranslations('introductions');
  const trpc = useTRPC();
  const router = useRouter();
  const step = useMutation(trpc.introduction.step.mutationOptions());
  const answer = useMutation(trpc.introduction.answerInterest.mutationOptions());
  const withdraw = useMutation(trpc.introduction.withdraw.mutationOptions());
  const all = [step, answer, withdraw];
  const busy = all.some((m) => m.isPending);
  const error = all.find((m) => m.error)?.error ?? null;
  const [message, setMessage] = useState('');
  const answersInterest = initiatedBy === 'worker' && nextSteps.includes('accepted');
  // A worker's interest is answered with the two buttons, not the step form.
  const steps = answersInterest ? [] : PIPELINE_STEPS.filter((s) => nextSteps.includes(s));
  const [picked, setChosen] = useState<PipelineStep | undefined>(steps[0]);
  // After a step the choices change: a choice no longer offered falls back to the first.
  const chosen = picked && steps.includes(picked) ? picked : steps[0];
  const id = useId();
  const today = dutchToday();

  const done = (text: string) => () => {
    setMessage(text);
    router.refresh();
  };
  const reset = () => all.forEach((m) => m.reset());

  function onStep(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reset();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '');
    const note = value('note') || undefined;
    const onSuccess = done(t('steps.done', { status: t(`status.${chosen!}`) }));
    if (chosen === 'trial') {
      step.mutate(
        {
          introductionId,
          step: 'trial',
          kind: value('kind') === 'secondment' ? 'secondment' : 'trial',
          startDate: value('startDate'),
          endDate: value('endDate'),
          note,
        },
        { onSuccess },
      );
    } else if (chosen === 'rejected') {
      step.mutate({ introductionId, step: 'rejected', note }, { onSuccess });
    } else if (chosen) {
      step.mutate({ introductionId, step: chosen, date: value('date'), note }, { onSuccess });
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="introduction-actions">
      <h2 id={`${id}-title`}>{answersInterest ? t('interest.title') : t('steps.title')}</h2>
      <p role="status" className={message ? 'notice notice-success' : 'status-line'}>
        {message}
      </p>
      {error && (
        <p role="alert" className="notice notice-error">
          {t('error', { message: error.message })}
        </p>
      )}
      {answersInterest && (
        <>
          <p>{t('interest.hint')}</p>
          <p className="actions">
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                reset();
                answer.mutate({ introductionId, answer: 'accept' }, { onSuccess: done(t('interest.done')) });
              }}
            >
              {t('interest.accept')}
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={busy}
              onClick={() => {
                reset();
                answer.mutate({ introductionId, answer: 'reject' }, { onSuccess: done(t('interest.done')) });
              }}
            >
              {t('interest.reject')}
            </button>
          </p>
        </>
      )}
      {steps.length > 0 && (
        <form onSubmit={onStep} className="stacked-form">
          <label htmlFor={`${id}-step`}>{t('steps.step')}</label>
          <select
            id={`${id}-step`}
            name="step"
            value={chosen}
            onChange={(e) => setChosen(e.target.value as PipelineStep)}
          >
            {steps.map((s) => (
              <option key={s} value={s}>
                {t(`steps.choose.${s}`)}
              </option>
            ))}
          </select>
          {chosen === 'trial' ? (
            <>
              <label htmlFor={`${id}-kind`}>{t('steps.kind')}</label>
              <select id={`${id}-kind`} name="kind" defaultValue="trial">
                <option value="trial">{t('steps.kinds.trial')}</option>
                <option value="secondment">{t('steps.kinds.secondment')}</option>
              </select>
              <label htmlFor={`${id}-start`}>{t('steps.startDate')}</label>
              <input id={`${id}-start`} name="startDate" type="date" required defaultValue={today} />
              <label htmlFor={`${id}-end`}>{t('steps.endDate')}</label>
              <input id={`${id}-end`} name="endDate" type="date" required />
            </>
          ) : chosen !== 'rejected' ? (
            <>
              <label htmlFor={`${id}-date`}>{t('steps.date')}</label>
              <input id={`${id}-date`} name="date" type="date" required defaultValue={today} />
            </>
          ) : null}
          <label htmlFor={`${id}-note`}>{t('steps.note')}</label>
          <textarea id={`${id}-note`} name="note" rows={3} maxLength={1000} />
          <p>
            <button type="submit" disabled={busy}>
              {t('steps.submit')}
            </button>
          </p>
        </form>
      )}
      {nextSteps.includes('withdrawn') && (
        <form
          className="stacked-form"
          onSubmit={(event) => {
            event.preventDefault();
            reset();
            const note = String(new FormData(event.currentTarget).get('note') ?? '') || undefined;
            withdraw.mutate({ introductionId, note }, { onSuccess: done(t('withdraw.done')) });
          }}
        >
          <h3>{t('withdraw.title')}</h3>
          <label htmlFor={`${id}-withdraw-note`}>{t('withdraw.note')}</label>
          <textarea id={`${id}-withdraw-note`} name="note" rows={2} maxLength={1000} />
          <p>
            <button type="submit" className="button-secondary" disabled={busy}>
              {t('withdraw.submit')}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
