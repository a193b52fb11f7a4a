'use client';

import { skipToken, useMutation, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '~/trpc/react';
import { conceptLabel } from '~/i18n/config';
import { useLanguage } from '~/i18n/language';
import { LevelSelect, type SkillLevel } from '~/app/_components/level-select';
import { ProposedSkills, type AcceptedSkill } from '~/app/_components/proposed-skills';
import { ConceptName } from '~/app/_components/concept-name';
import { SkillCombobox } from '~/app/_components/skill-combobox';

export interface ConfirmedSkill {
  skillId: string;
  level: number;
  labelNl: string | null;
  labelEn: string | null;
}

/** Whose skills: an invitation not yet accepted (the whole list is replaced), or a worker who joined. */
export type SkillsSubject = { kind: 'invitation'; invitationId: string } | { kind: 'worker'; workerId: string };

/**
 * The skills the employer confirms for one of its people, taken over from their occupation at a
 * level (or found with the skill search). On an invitation the list can be changed freely until
 * the person joins; for someone who joined, skills are added or their level changed, and a skill
 * confirmed before stays (the worker sees these, marked as confirmed by the employer).
 */
export function ConfirmSkillsForm({
  subject,
  name,
  occupation,
  initial,
}: {
  subject: SkillsSubject;
  name: string;
  occupation: { id: string; label: string } | null;
  initial: ConfirmedSkill[];
}) {
  const t = useTranslations('confirmSkills');
  const locale = useLanguage();
  const trpc = useTRPC();
  const [skills, setSkills] = useState(initial);
  const [message, setMessage] = useState('');
  const locked = new Set(subject.kind === 'worker' ? initial.map((s) => s.skillId) : []);
  const proposals = useQuery({
    ...trpc.taxonomy.occupationSkills.queryOptions(occupation ? { occupationId: occupation.id } : skipToken),
    staleTime: 5 * 60_000,
  });
  const forInvitation = useMutation(trpc.invitation.setSkills.mutationOptions());
  const forWorker = useMutation(trpc.atRiskWorker.confirmSkills.mutationOptions());
  const save = subject.kind === 'invitation' ? forInvitation : forWorker;

  const chosen = new Set(skills.map((s) => s.skillId));
  const notChosen = <T extends { id: string }>(list: T[] | undefined) => (list ?? []).filter((s) => !chosen.has(s.id));
  const change = (next: ConfirmedSkill[]) => {
    setMessage('');
    save.reset();
    setSkills(next);
  };

  function accept(accepted: AcceptedSkill[], level: SkillLevel) {
    change([
      ...skills,
      ...accepted
        .filter((a) => !chosen.has(a.skill.id))
        .map(({ skill }) => ({ skillId: skill.id, level, labelNl: skill.labelNl, labelEn: skill.labelEn })),
    ]);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const list = skills.map(({ skillId, level }) => ({ skillId, level }));
    const onSuccess = () => setMessage(t('saved', { count: list.length, name }));
    if (subject.kind === 'invitation') {
      forInvitation.mutate({ invitationId: subject.invitationId, skills: list }, { onSuccess });
    } else {
      forWorker.mutate({ workerId: subject.workerId, skills: list }, { onSuccess });
    }
  }

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      {occupation ? (
        proposals.data && (
          <ProposedSkills
            idPrefix="confirm-proposals"
            occupationLabel={occupation.label}
            essential={notChosen(proposals.data.essential)}
            optional={notChosen(proposals.data.optional)}
            onAccept={accept}
          />
        )
      ) : (
        <p>{t('noOccupation')}</p>
      )}

      <h2 id="confirm-skills-title">{t('listTitle', { name })}</h2>
      {skills.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="confirm-skills-title">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('skill')}</th>
                <th scope="col">{t('level')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {skills.map((s) => {
                const label = conceptLabel(locale, s.labelNl, s.labelEn);
                return (
                  <tr key={s.skillId}>
                    <th scope="row">
                      <ConceptName labelNl={s.labelNl} labelEn={s.labelEn} />
                    </th>
                    <td>
                      <LevelSelect
                        id={`confirm-level-${s.skillId}`}
                        label={t('levelFor', { skill: label })}
                        value={s.level as SkillLevel}
                        onChange={(level) => change(skills.map((x) => (x.skillId === s.skillId ? { ...x, level } : x)))}
                      />
                    </td>
                    <td>
                      {locked.has(s.skillId) ? (
                        <span className="field-hint">{t('confirmedEarlier')}</span>
                      ) : (
                        <button
                          type="button"
                          className="button-secondary button-small"
                          aria-label={t('removeSkill', { skill: label })}
                          onClick={() => change(skills.filter((x) => x.skillId !== s.skillId))}
                        >
                          {t('remove')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <SkillCombobox
        id="confirm-extra-skill"
        label={t('extraSkill')}
        clearOnSelect
        excludeIds={skills.map((s) => s.skillId)}
        onSelect={(skill) =>
          skill && change([...skills, { skillId: skill.id, level: 2, labelNl: skill.labelNl, labelEn: skill.labelEn }])
        }
      />

      <div>
        <button type="submit" disabled={save.isPending || (subject.kind === 'worker' && skills.length === 0)}>
          {save.isPending ? t('saving') : t('save')}
        </button>
      </div>
      <p role="status" className="status-line">
        {save.error ? <span className="error">{save.error.message}</span> : message}
      </p>
    </form>
  );
}
