'use client';

import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useState } from 'react';
import { format } from '~/i18n/config';
import { useMessages } from '~/i18n/client';
import type { AppRouter } from '~/server/api/root';
import { useTRPC } from '~/trpc/react';
import { Combobox, type ComboboxOption } from './combobox';
import { useDebouncedValue } from './use-debounced-value';

export type SkillSuggestion = inferRouterOutputs<AppRouter>['taxonomy']['searchSkills'][number];

/** Pause in typing before a search: short enough to feel instant, long enough to skip most keys. */
export const SEARCH_DEBOUNCE_MS = 200;
const SUGGESTIONS = 8;

export interface PickerProps<T> {
  id: string;
  label?: string;
  hint?: string;
  /** Picked; null again as soon as the text is edited after a pick. */
  onSelect(item: T | null): void;
  /** Ids that are shown but cannot be picked (already added). */
  excludeIds?: readonly string[];
  /** Empty the input after a pick (for "add another" lists) instead of showing the pick. */
  clearOnSelect?: boolean;
  error?: string | null;
}

/** The line under a picker, also read out by screen readers. */
export function usePickerStatus(typed: string, settled: string, query: { isFetching: boolean; isError: boolean; data?: unknown[] }) {
  const { t } = useMessages();
  if (!typed) return '';
  if (query.isError) return t.combobox.failed;
  if (typed !== settled || query.isFetching || !query.data) return t.combobox.searching;
  const count = query.data.length;
  if (count === 0) return format(t.combobox.noResults, { query: typed });
  return count === 1 ? t.combobox.oneResult : format(t.combobox.results, { count });
}

/** Picker options from suggestions: the synonym that matched, and "already added" for excluded ones. */
export function useSuggestionOptions(
  items: { id: string; label: string; matchedLabel: string | null }[] | undefined,
  excludeIds: readonly string[] = [],
): ComboboxOption[] {
  const { t } = useMessages();
  return (items ?? []).map((s) => {
    const excluded = excludeIds.includes(s.id);
    return {
      id: s.id,
      label: s.label,
      detail: s.matchedLabel ? format(t.combobox.matchedVia, { label: s.matchedLabel }) : null,
      disabled: excluded,
      note: excluded ? t.combobox.alreadyAdded : null,
    };
  });
}

/** Skill autocomplete over the taxonomy (typo tolerant, Dutch and English, synonyms), in the user's language. */
export function SkillCombobox({ id, label, hint, onSelect, excludeIds, clearOnSelect, error }: PickerProps<SkillSuggestion>) {
  const { locale, t } = useMessages();
  const trpc = useTRPC();
  const [text, setText] = useState('');
  const typed = text.trim();
  const settled = useDebouncedValue(typed, SEARCH_DEBOUNCE_MS);
  const search = useQuery({
    ...trpc.taxonomy.searchSkills.queryOptions(settled ? { query: settled, locale, limit: SUGGESTIONS } : skipToken),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
  const status = usePickerStatus(typed, settled, search);
  const options = useSuggestionOptions(search.data, excludeIds);
  const [picked, setPicked] = useState(false);

  return (
    <Combobox
      id={id}
      label={label ?? t.skillPicker.label}
      hint={hint ?? t.skillPicker.hint}
      value={text}
      onValueChange={(value) => {
        setText(value);
        if (picked) {
          setPicked(false);
          onSelect(null);
        }
      }}
      options={options}
      status={status}
      error={error}
      onSelect={(option) => {
        const skill = search.data?.find((s) => s.id === option.id);
        if (!skill) return;
        setText(clearOnSelect ? '' : skill.label);
        setPicked(!clearOnSelect);
        onSelect(skill);
      }}
    />
  );
}
