'use client';

import { skipToken, useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useTranslations } from 'next-intl';
import { useLanguage } from '~/i18n/language';
import type { AppRouter } from '~/server/api/root';
import { useTRPC } from '~/trpc/react';
import { SUGGESTION_QUERY, SUGGESTIONS, TaxonomyPicker, usePickerText, type PickerProps } from './taxonomy-picker';

export type SkillSuggestion = inferRouterOutputs<AppRouter>['taxonomy']['searchSkills'][number];

/** Skill autocomplete over the taxonomy (typo tolerant, Dutch and English, synonyms), in the user's language. */
export function SkillCombobox({ label, hint, ...props }: PickerProps<SkillSuggestion>) {
  const locale = useLanguage();
  const t = useTranslations();
  const trpc = useTRPC();
  const input = usePickerText();
  const search = useQuery({
    ...trpc.taxonomy.searchSkills.queryOptions(
      input.settled ? { query: input.settled, locale, limit: SUGGESTIONS } : skipToken,
    ),
    ...SUGGESTION_QUERY,
  });
  return (
    <TaxonomyPicker
      {...props}
      label={label ?? t('skillPicker.label')}
      hint={hint ?? t('skillPicker.hint')}
      input={input}
      search={search}
    />
  );
}
