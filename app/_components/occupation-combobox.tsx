'use client';

import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useState } from 'react';
import { useMessages } from '~/i18n/client';
import type { AppRouter } from '~/server/api/root';
import { useTRPC } from '~/trpc/react';
import { Combobox } from './combobox';
import { SEARCH_DEBOUNCE_MS, usePickerStatus, useSuggestionOptions, type PickerProps } from './skill-combobox';
import { useDebouncedValue } from './use-debounced-value';

export type OccupationSuggestion = inferRouterOutputs<AppRouter>['taxonomy']['searchOccupations'][number];

/** Occupation autocomplete: the same combobox as for skills, over the occupations of the taxonomy. */
export function OccupationCombobox({
  id,
  label,
  hint,
  onSelect,
  initialText = '',
  error,
}: Omit<PickerProps<OccupationSuggestion>, 'excludeIds' | 'clearOnSelect'> & { initialText?: string }) {
  const { locale, t } = useMessages();
  const trpc = useTRPC();
  const [text, setText] = useState(initialText);
  const typed = text.trim();
  const settled = useDebouncedValue(typed, SEARCH_DEBOUNCE_MS);
  const search = useQuery({
    ...trpc.taxonomy.searchOccupations.queryOptions(settled ? { query: settled, locale, limit: 8 } : skipToken),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
  const status = usePickerStatus(typed, settled, search);
  const options = useSuggestionOptions(search.data);
  const [picked, setPicked] = useState(Boolean(initialText));

  return (
    <Combobox
      id={id}
      label={label ?? t.occupationPicker.label}
      hint={hint ?? t.occupationPicker.hint}
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
        const occupation = search.data?.find((o) => o.id === option.id);
        if (!occupation) return;
        setText(occupation.label);
        setPicked(true);
        onSelect(occupation);
      }}
    />
  );
}
