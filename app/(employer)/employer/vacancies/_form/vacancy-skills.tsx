'use client';

import { skipToken, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { conceptLabel } from '~/i18n/config';
import { useLanguage } from '~/i18n/language';
import { useTRPC } from '~/trpc/react';
import { LevelSelect, type SkillLevel } from '~/app/_components/level-select';
import { OccupationCombobox } from '~/app/_components/occupation-combobox';
import { ProposedSkills, type AcceptedSkill } from '~/app/_components/proposed-skills';
import { ConceptName } from '~/app/_components/concept-name';
import { SkillCombobox } from '~/app/_components/skill-combobox';
import type { DraftSkill, Importance, VacancyDraft } from './draft';
import { FieldError, fieldId } from './field-error';

type Errors = Record<string, string[] | undefined>;

/**
 * The occupation and the skills of a new vacancy: picking an occupation proposes its essential
 * (required) and optional skills; accepted ones, and any extra skill found with the combobox,
 * can have their importance and minimum level changed or be removed again.
 */
export function VacancySkills({
  occupation,
  skills,
  onOccupationChange,
  onSkillsChange,
  errors,
}: {
  occupation: VacancyDraft['occupation'];
  skills: DraftSkill[];
  onOccupationChange(occupation: VacancyDraft['occupation']): void;
  onSkillsChange(skills: DraftSkill[]): void;
  errors: Errors;
}) {
  const locale = useLanguage();
  const t = useTranslations();
  const trpc = useTRPC();
  const proposals = useQuery({
    ...trpc.taxonomy.occupationSkills.queryOptions(occupation ? { occupationId: occupation.id } : skipToken),
    staleTime: 5 * 60_000,
  });
  const chosen = new Set(skills.map((s) => s.id));
  const notChosen = <T extends { id: string }>(list: T[] | undefined) => (list ?? []).filter((s) => !chosen.has(s.id));

  function accept(accepted: AcceptedSkill[], level: SkillLevel) {
    const added = accepted
      .filter((a) => !chosen.has(a.skill.id))
      .map(({ skill, relation }) => ({
        id: skill.id,
        labelNl: skill.labelNl,
        labelEn: skill.labelEn,
        importance: (relation === 'essential' ? 'required' : 'optional') as Importance,
        minLevel: level,
      }));
    onSkillsChange([...skills, ...added]);
  }
  const update = (id: string, change: Partial<DraftSkill>) =>
    onSkillsChange(skills.map((s) => (s.id === id ? { ...s, ...change } : s)));

  return (
    <>
      <OccupationCombobox
        id={fieldId('occupationId')}
        initialText={occupation?.label}
        hint={t('vacancyForm.occupationHint')}
        onSelect={(o) => onOccupationChange(o ? { id: o.id, label: o.label } : null)}
        error={errors.occupationId?.join(' ')}
      />
      {occupation && proposals.data && (
        <ProposedSkills
          idPrefix="vacancy-proposals"
          occupationLabel={occupation.label}
          essential={notChosen(proposals.data.essential)}
          optional={notChosen(proposals.data.optional)}
          onAccept={accept}
        />
      )}

      <h3 id="vacancy-skills-title">{t('vacancyForm.skills')}</h3>
      <p id="vacancy-skills-intro" className="field-hint">
        {t('vacancyForm.skillsIntro')}
      </p>
      {skills.length === 0 ? (
        <p id={fieldId('skills')} tabIndex={-1}>
          {t('vacancyForm.noSkills')}
        </p>
      ) : (
        <div
          id={fieldId('skills')}
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-labelledby="vacancy-skills-title"
        >
          <table aria-describedby="vacancy-skills-intro">
            <thead>
              <tr>
                <th scope="col">{t('vacancyForm.skill')}</th>
                <th scope="col">{t('vacancyForm.importance')}</th>
                <th scope="col">{t('vacancyForm.minLevel')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('vacancyForm.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {skills.map((s) => {
                const label = conceptLabel(locale, s.labelNl, s.labelEn);
                return (
                  <tr key={s.id}>
                    <th scope="row">
                      <ConceptName labelNl={s.labelNl} labelEn={s.labelEn} />
                    </th>
                    <td>
                      <select
                        aria-label={t('vacancyForm.importanceFor', { skill: label })}
                        value={s.importance}
                        onChange={(e) => update(s.id, { importance: e.target.value as Importance })}
                      >
                        <option value="required">{t('enums.importance.required')}</option>
                        <option value="optional">{t('enums.importance.optional')}</option>
                      </select>
                    </td>
                    <td>
                      <LevelSelect
                        id={`vacancy-skill-level-${s.id}`}
                        label={t('vacancyForm.minLevelFor', { skill: label })}
                        value={s.minLevel}
                        onChange={(minLevel) => update(s.id, { minLevel })}
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button-secondary button-small"
                        aria-label={t('vacancyForm.removeSkill', { skill: label })}
                        onClick={() => onSkillsChange(skills.filter((x) => x.id !== s.id))}
                      >
                        {t('vacancyForm.remove')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <FieldError name="skills" errors={errors} />

      <SkillCombobox
        id="vacancy-extra-skill"
        label={t('vacancyForm.extraSkill')}
        clearOnSelect
        excludeIds={skills.map((s) => s.id)}
        onSelect={(skill) =>
          skill &&
          onSkillsChange([
            ...skills,
            { id: skill.id, labelNl: skill.labelNl, labelEn: skill.labelEn, importance: 'required', minLevel: 2 },
          ])
        }
      />
    </>
  );
}
