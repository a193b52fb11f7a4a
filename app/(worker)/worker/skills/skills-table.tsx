'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { conceptLabel } from '~/i18n/config';
import { useLanguage } from '~/i18n/language';
import { useTRPC } from '~/trpc/react';
import { ConceptName } from '~/app/_components/concept-name';
import { LevelSelect, type SkillLevel } from '~/app/_components/level-select';

export interface OwnSkill {
  skillId: string;
  labelNl: string | null;
  labelEn: string | null;
  level: number;
  source: 'self' | 'employer' | 'accredited';
}

/** The worker's skills: self-declared ones can be re-levelled and removed, confirmed ones are read-only. */
export function WorkerSkillsTable({ skills }: { skills: OwnSkill[] }) {
  const locale = useLanguage();
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [message, setMessage] = useState('');
  const setLevel = useMutation(trpc.worker.setSkillLevel.mutationOptions());
  const remove = useMutation(trpc.worker.removeSkill.mutationOptions());
  const error = setLevel.error ?? remove.error;

  return (
    <>
      {skills.length === 0 ? (
        <p>{t('worker.noSkills')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('worker.skill')}</th>
                <th scope="col">{t('worker.level')}</th>
                <th scope="col">{t('worker.source')}</th>
                <th scope="col">{t('workerSkills.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {skills.map((s) => {
                const label = conceptLabel(locale, s.labelNl, s.labelEn);
                return (
                  <SkillRow
                    key={s.skillId}
                    skill={s}
                    label={label}
                    busy={setLevel.isPending || remove.isPending}
                    onSaveLevel={(level) =>
                      setLevel.mutate(
                        { skillId: s.skillId, level },
                        {
                          onSuccess: () => {
                            setMessage(t('workerSkills.levelChanged', { skill: label }));
                            router.refresh();
                          },
                        },
                      )
                    }
                    onRemove={() =>
                      remove.mutate(
                        { skillId: s.skillId },
                        {
                          onSuccess: () => {
                            setMessage(t('workerSkills.removed', { skill: label }));
                            router.refresh();
                          },
                        },
                      )
                    }
                  />
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p role="status" className="status-line">
        {error ? <span className="error">{error.message}</span> : message}
      </p>
    </>
  );
}

function SkillRow({
  skill,
  label,
  busy,
  onSaveLevel,
  onRemove,
}: {
  skill: OwnSkill;
  label: string;
  busy: boolean;
  onSaveLevel(level: SkillLevel): void;
  onRemove(): void;
}) {
  const t = useTranslations();
  const [level, setLevel] = useState(skill.level as SkillLevel);
  const selfDeclared = skill.source === 'self';
  return (
    <tr>
      <th scope="row">
        <ConceptName labelNl={skill.labelNl} labelEn={skill.labelEn} />
      </th>
      <td>
        {selfDeclared ? (
          <span className="row-controls">
            <LevelSelect
              id={`level-${skill.skillId}`}
              value={level}
              onChange={setLevel}
              label={t('workerSkills.levelFor', { skill: label })}
            />
            {level !== skill.level && (
              <button type="button" className="button-small" disabled={busy} onClick={() => onSaveLevel(level)}>
                {t('workerSkills.saveLevel')}
              </button>
            )}
          </span>
        ) : (
          t(`enums.level.${skill.level as SkillLevel}`)
        )}
      </td>
      <td>{t(`enums.source.${skill.source}`)}</td>
      <td>
        {selfDeclared ? (
          <button
            type="button"
            className="button-secondary button-small"
            aria-label={t('workerSkills.removeSkill', { skill: label })}
            disabled={busy}
            onClick={onRemove}
          >
            {t('workerSkills.remove')}
          </button>
        ) : (
          <span className="field-hint">
            {skill.source === 'employer' ? t('workerSkills.lockedEmployer') : t('workerSkills.lockedAccredited')}
          </span>
        )}
      </td>
    </tr>
  );
}
