'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '~/trpc/react';
import { OccupationCombobox, type OccupationSuggestion } from '~/app/_components/occupation-combobox';
import { ProposedSkills, type AcceptedSkill, type ProposedSkill } from '~/app/_components/proposed-skills';
import type { SkillLevel } from '~/app/_components/level-select';
import { useFormErrors } from '~/app/(worker)/worker/profile/api-errors';

export interface DesiredOccupation {
  occupationId: string;
  label: string;
  /** The occupation's skills the worker does not have yet. */
  essential: ProposedSkill[];
  optional: ProposedSkill[];
}

const ADD_FIELD = 'add-occupation-search';
const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * The occupations the worker wants to move to, first choice first: add, remove and reorder
 * them; each offers the skills it asks for that the worker does not have yet. The API takes the
 * whole list at once, so every change sends the list as it is after that change.
 */
export function DesiredOccupations({ desired, max }: { desired: DesiredOccupation[]; max: number }) {
  const t = useTranslations('workerProfile.occupations');
  const p = useTranslations('workerProfile');
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.worker.setDesiredOccupations.mutationOptions());
  const adopt = useMutation(trpc.worker.adoptSkills.mutationOptions());
  const saveErrors = useFormErrors(save.error, { occupationIds: t('fields.occupationIds', { max }) });
  const adoptErrors = useFormErrors(adopt.error, { skills: t('fields.skills') });
  const [message, setMessage] = useState('');
  const [picked, setPicked] = useState<OccupationSuggestion | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const busy = save.isPending || adopt.isPending;
  const ids = desired.map((d) => d.occupationId);

  function send(occupationIds: string[], done: string, after?: () => void) {
    setMessage('');
    adopt.reset();
    save.mutate(
      { occupationIds },
      {
        onSuccess: () => {
          setMessage(done);
          router.refresh();
          after?.();
        },
      },
    );
  }

  function move(index: number, step: -1 | 1) {
    const target = index + step;
    if (busy || target < 0 || target >= ids.length) return;
    const order = [...ids];
    [order[index], order[target]] = [order[target]!, order[index]!];
    send(order, t('moved', { occupation: desired[index]!.label, position: target + 1 }));
  }

  function onAdd(event: FormEvent) {
    event.preventDefault();
    setMessage('');
    if (!picked) {
      setProblem(t('chooseFirst'));
      document.getElementById(ADD_FIELD)?.focus();
      return;
    }
    if (ids.includes(picked.id)) {
      setProblem(t('already', { occupation: picked.label }));
      return;
    }
    setProblem(null);
    send([...ids, picked.id], t('added', { occupation: picked.label }), () => {
      setPicked(null);
      setRound((r) => r + 1);
      focusLater(ADD_FIELD);
    });
  }

  function onAccept(accepted: AcceptedSkill[], level: SkillLevel) {
    setMessage('');
    save.reset();
    adopt.mutate(
      { skills: accepted.map((a) => ({ skillId: a.skill.id, level })) },
      {
        onSuccess: (result) => {
          setMessage(t('adopted', { count: result.added.length }));
          router.refresh();
        },
      },
    );
  }

  const error =
    saveErrors.general ?? saveErrors.fields.occupationIds ?? adoptErrors.general ?? adoptErrors.fields.skills;
  return (
    <>
      <section aria-labelledby="desired-title">
        <h2 id="desired-title" tabIndex={-1}>
          {t('yours')}
        </h2>
        {desired.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <ol className="entry-list">
            {desired.map((d, i) => (
              <li key={d.occupationId} id={`occupation-${d.occupationId}`} className="card entry">
                <p className="entry-meta">{t('choice', { position: i + 1 })}</p>
                <h3>{d.label}</h3>
                <div className="actions">
                  <button
                    type="button"
                    className="button-secondary button-small"
                    aria-label={t('moveUpLabel', { occupation: d.label })}
                    aria-disabled={i === 0 || undefined}
                    onClick={() => move(i, -1)}
                  >
                    ↑ {t('moveUp')}
                  </button>
                  <button
                    type="button"
                    className="button-secondary button-small"
                    aria-label={t('moveDownLabel', { occupation: d.label })}
                    aria-disabled={i === desired.length - 1 || undefined}
                    onClick={() => move(i, 1)}
                  >
                    ↓ {t('moveDown')}
                  </button>
                  <button
                    type="button"
                    className="button-secondary button-small"
                    aria-label={t('removeLabel', { occupation: d.label })}
                    onClick={() =>
                      !busy &&
                      send(
                        ids.filter((id) => id !== d.occupationId),
                        t('removed', { occupation: d.label }),
                        () => focusLater('desired-title'),
                      )
                    }
                  >
                    {p('remove')}
                  </button>
                </div>
                <ProposedSkills
                  idPrefix={`proposals-${d.occupationId}`}
                  occupationLabel={d.label}
                  essential={d.essential}
                  optional={d.optional}
                  onAccept={onAccept}
                  busy={busy}
                />
              </li>
            ))}
          </ol>
        )}
        <p role="status" className="status-line">
          {error ? <span className="error">{error}</span> : message}
        </p>
      </section>

      <section className="card" id="add-occupation" aria-labelledby="add-occupation-title">
        <h2 id="add-occupation-title">{t('add')}</h2>
        {desired.length >= max ? (
          <p>{t('full', { max })}</p>
        ) : (
          <form onSubmit={onAdd} className="form" noValidate>
            <OccupationCombobox
              key={round}
              id={ADD_FIELD}
              onSelect={(o) => {
                setPicked(o);
                setProblem(null);
              }}
              error={problem}
            />
            <div>
              <button type="submit" disabled={save.isPending}>
                {t('addButton')}
              </button>
            </div>
          </form>
        )}
      </section>
    </>
  );
}
