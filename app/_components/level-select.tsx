'use client';

import { useTranslations } from 'next-intl';

export const skillLevels = [1, 2, 3, 4] as const;
export type SkillLevel = (typeof skillLevels)[number];

/** A skill level 1–4 with its name; `label` is its accessible name when no visible label points at it. */
export function LevelSelect({
  id,
  value,
  onChange,
  label,
  disabled,
}: {
  id: string;
  value: SkillLevel;
  onChange(level: SkillLevel): void;
  label?: string;
  disabled?: boolean;
}) {
  const t = useTranslations('enums.level');
  return (
    <select
      id={id}
      value={value}
      aria-label={label}
      disabled={disabled}
      onChange={(e) => onChange(Number(e.target.value) as SkillLevel)}
    >
      {skillLevels.map((level) => (
        <option key={level} value={level}>
          {t(`${level}`)}
        </option>
      ))}
    </select>
  );
}
