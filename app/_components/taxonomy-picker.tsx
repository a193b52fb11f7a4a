'use client';

import { keepPreviousData } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Locale } from '~/i18n/config';
import { Combobox, type ComboboxOption } from './combobox';
import { useDebouncedValue } from './use-debounced-value';

/** Pause in typing before a search: short enough to feel instant, long enough to skip most keys. */
const SEARCH_DEBOUNCE_MS = 200;
export const SUGGESTIONS = 8;
/** Query options every taxonomy search shares: keep the last list while typing on, and the taxonomy rarely changes. */
export const SUGGESTION_QUERY = { placeholderData: keepPreviousData, staleTime: 5 * 60_000 } as const;

interface Suggestion {
  id: string;
  label: string;
  matchedLabel: string | null;
  /** The language of `label` (skills): marked when it is not the page's. */
  labelLang?: Locale;
}

interface SuggestionSearch<T> {
  data?: T[];
  isFetching: boolean;
  isError: boolean;
}

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

/** What is typed in a picker, and the text to search for once typing pauses. */
export function usePickerText(initialText = '') {
  const [text, setText] = useState(initialText);
  const typed = text.trim();
  return { text, setText, typed, settled: useDebouncedValue(typed, SEARCH_DEBOUNCE_MS) };
}

/** The line under a picker, also read out by screen readers. */
function usePickerStatus(typed: string, settled: string, search: SuggestionSearch<unknown>) {
  const t = useTranslations('combobox');
  if (!typed) return '';
  if (search.isError) return t('failed');
  if (typed !== settled || search.isFetching || !search.data) return t('searching');
  const count = search.data.length;
  return count === 0 ? t('noResults', { query: typed }) : t('results', { count });
}

/** Picker options from suggestions: the synonym that matched, and "already added" for excluded ones. */
function useSuggestionOptions(
  items: readonly Suggestion[] | undefined,
  excludeIds: readonly string[] = [],
): ComboboxOption[] {
  const t = useTranslations('combobox');
  return (items ?? []).map((s) => {
    const excluded = excludeIds.includes(s.id);
    return {
      id: s.id,
      label: s.label,
      labelLang: s.labelLang ?? null,
      detail: s.matchedLabel ? t('matchedVia', { label: s.matchedLabel }) : null,
      disabled: excluded,
      note: excluded ? t('alreadyAdded') : null,
    };
  });
}

/**
 * A combobox over taxonomy suggestions (skills, occupations): status line, synonyms shown,
 * excluded items disabled, and the pick undone as soon as its text is edited.
 */
export function TaxonomyPicker<T extends Suggestion>({
  input,
  search,
  id,
  label,
  hint,
  onSelect,
  excludeIds,
  clearOnSelect,
  error,
}: Omit<PickerProps<T>, 'label' | 'hint'> & {
  label: string;
  hint: string;
  input: ReturnType<typeof usePickerText>;
  search: SuggestionSearch<T>;
}) {
  const status = usePickerStatus(input.typed, input.settled, search);
  const options = useSuggestionOptions(search.data, excludeIds);
  // Text given at the start is a pick made earlier (an occupation already chosen).
  const [picked, setPicked] = useState(Boolean(input.text));

  return (
    <Combobox
      id={id}
      label={label}
      hint={hint}
      value={input.text}
      onValueChange={(value) => {
        input.setText(value);
        if (picked) {
          setPicked(false);
          onSelect(null);
        }
      }}
      options={options}
      status={status}
      error={error}
      onSelect={(option) => {
        const item = search.data?.find((s) => s.id === option.id);
        if (!item) return;
        input.setText(clearOnSelect ? '' : item.label);
        setPicked(!clearOnSelect);
        onSelect(item);
      }}
    />
  );
}
