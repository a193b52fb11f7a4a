'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { conceptLabel } from '~/i18n/config';
import { useLanguage } from '~/i18n/language';
import { LevelSelect, type SkillLevel } from './level-select';

export interface ProposedSkill {
  id: string;
  labelNl: string | null;
  labelEn: string | null;
}

export interface AcceptedSkill {
  skill: ProposedSkill;
  relation: 'essential' | 'optional';
}

/**
 * The skills an occupation asks for, offered to take over one by one or all at once, at a
 * level chosen first (it can be changed per skill afterwards). Skills already taken over are
 * left out by the caller.
 */
export function ProposedSkills({
  idPrefix,
  occupationLabel,
  essential,
  optional,
  onAccept,
  busy,
}: {
  idPrefix: string;
  occupationLabel: string;
  essential: ProposedSkill[];
  optional: ProposedSkill[];
  onAccept(skills: AcceptedSkill[], level: SkillLevel): void;
  busy?: boolean;
}) {
  const locale = useLanguage();
  const t = useTranslations('proposals');
  const [level, setLevel] = useState<SkillLevel>(2);
  const headingId = `${idPrefix}-title`;
  const all: AcceptedSkill[] = [
    ...essential.map((skill) => ({ skill, relation: 'essential' as const })),
    ...optional.map((skill) => ({ skill, relation: 'optional' as const })),
  ];
  const group = (relation: AcceptedSkill['relation'], title: string) => {
    const items = all.filter((a) => a.relation === relation);
    if (items.length === 0) return null;
    return (
      <>
        <h4>{title}</h4>
        <ul className="proposal-list">
          {items.map((item) => {
            const label = conceptLabel(locale, item.skill.labelNl, item.skill.labelEn);
            return (
              <li key={item.skill.id}>
                <span>{label}</span>
                <button
                  type="button"
                  className="button-secondary button-small"
                  aria-label={t('acceptSkill', { skill: label })}
                  disabled={busy}
                  onClick={() => onAccept([item], level)}
                >
                  {t('accept')}
                </button>
              </li>
            );
          })}
        </ul>
      </>
    );
  };
  return (
    <section className="proposals" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('title', { occupation: occupationLabel })}</h3>
      {all.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <>
          <div className="field field-inline">
            <label htmlFor={`${idPrefix}-level`}>{t('level')}</label>
            <LevelSelect id={`${idPrefix}-level`} value={level} onChange={setLevel} />
          </div>
          {group('essential', t('essential'))}
          {group('optional', t('optional'))}
          <button type="button" disabled={busy} onClick={() => onAccept(all, level)}>
            {t('acceptAll')}
          </button>
        </>
      )}
    </section>
  );
}
