'use client';

import { skipToken, useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useTranslations } from 'next-intl';
import { useLanguage } from '~/i18n/language';
import type { AppRouter } from '~/server/api/root';
import { useTRPC } from '~/trpc/react';
import { SUGGESTION_QUERY, SUGGESTIONS, TaxonomyPicker, usePickerText, type PickerProps } from './taxonomy-picker';

export type OccupationSuggestion = inferRouterOutputs<AppRouter>['taxonomy']['searchOccupations'][number];

/** Occupation autocomplete: the same combobox as for skills, over the occupations of the taxonomy. */
export function OccupationCombobox({
  label,
  hint,
  initialText,
  ...props
}: Omit<PickerProps<OccupationSuggestion>, 'excludeIds' | 'clearOnSelect'> & { initialText?: string }) {
  const locale = useLanguage();
  const t = useTranslations();
  const trpc = useTRPC();
  const input = usePickerText(initialText);
  const search = useQuery({
    ...trpc.taxonomy.searchOccupations.queryOptions(
      input.settled ? { query: input.settled, locale, limit: SUGGESTIONS } : skipToken,
    ),
    ...SUGGESTION_QUERY,
  });
  return (
    <TaxonomyPicker
      {...props}
      label={label ?? t('occupationPicker.label')}
      hint={hint ?? t('occupationPicker.hint')}
      input={input}
      search={search}
    />
  );
}
