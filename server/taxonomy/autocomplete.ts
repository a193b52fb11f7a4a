import { z } from 'zod';
import type { Database } from '~/db/client';
import { singleLineText } from '~/server/lib/input';
import type { skillTypeValues } from '~/db/schema/enums';
import { labelLanguage, localLabel, searchLabels } from './label-search';

export const skillSearchInput = z.object({
  query: singleLineText({ min: 1, max: 100, minMessage: 'type at least one letter' }),
  /** The user's language: results carry their label in it, and its labels win ties. */
  locale: z.enum(['nl', 'en']).default('nl'),
  limit: z.int().min(1).max(50).default(10),
});
export type SkillSearchInput = z.input<typeof skillSearchInput>;

export interface SkillSuggestion {
  id: string;
  uri: string;
  /** The preferred label in the requested language (the other language when it has none). */
  label: string;
  /**
   * The language `label` is in. Differs from the requested locale when the skill has no label in
   * it (most ESCO skills have no Dutch label yet): the UI can then say "English label".
   */
  labelLang: 'nl' | 'en';
  labelNl: string | null;
  labelEn: string | null;
  /** The label that matched, when it is not `label` (a synonym, or the other language). */
  matchedLabel: string | null;
  skillType: (typeof skillTypeValues)[number];
  popularity: number;
}

/** Skill autocomplete: typo tolerant, both languages, alternative labels; see label-search.ts for ranking. */
export async function searchSkills(db: Database, rawInput: SkillSearchInput): Promise<SkillSuggestion[]> {
  const input = skillSearchInput.parse(rawInput);
  const matches = await searchLabels(db, 'skill', input);
  return matches.map((m) => {
    const label = localLabel(m, input.locale);
    return {
      id: m.conceptId,
      uri: m.uri,
      label,
      labelLang: labelLanguage(m, input.locale),
      labelNl: m.labelNl,
      labelEn: m.labelEn,
      matchedLabel: m.matchedLabel === label ? null : m.matchedLabel,
      skillType: m.skillType,
      popularity: m.popularity,
    };
  });
}
