'use client';

import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { Locale } from '~/i18n/config';
import { LabelInLanguage } from './concept-name';

export interface ComboboxOption {
  id: string;
  label: string;
  /** The label's language: marked ("(Engels)") when it is not the page's. */
  labelLang?: Locale | null;
  /** A second line, e.g. the synonym that matched. */
  detail?: string | null;
  /** Shown but not selectable (e.g. already added), with the reason as its note. */
  disabled?: boolean;
  note?: string | null;
}

export interface ComboboxProps {
  /** The input's id (its label points at it). */
  id: string;
  label: string;
  hint?: string;
  /** What is typed; the parent owns it so it can search for it. */
  value: string;
  onValueChange(value: string): void;
  options: ComboboxOption[];
  /** What the status line says (searching, n results, nothing found); read out by screen readers. */
  status: string;
  onSelect(option: ComboboxOption): void;
  /** A field error from the form; marks the input invalid. */
  error?: string | null;
}

/**
 * A text input with a list of suggestions: the WAI-ARIA 1.2 combobox pattern (list
 * autocomplete, no automatic selection). Focus stays in the input; arrow keys move the active
 * option (aria-activedescendant), Enter picks it, Escape closes the list or else clears the
 * input. Options are large enough to tap on a phone.
 */
export function Combobox({ id, label, hint, value, onValueChange, options, status, onSelect, error }: ComboboxProps) {
  const listboxId = useId();
  const hintId = `${id}-hint`;
  const statusId = `${id}-status`;
  const errorId = `${id}-error`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  // New suggestions invalidate the active one: it would silently point at another option.
  const optionsKey = options.map((o) => o.id).join('|');
  const [seenKey, setSeenKey] = useState(optionsKey);
  if (optionsKey !== seenKey) {
    setSeenKey(optionsKey);
    setActive(-1);
  }

  const expanded = open && value.trim().length > 0 && options.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;
  const activeId = expanded && active >= 0 && options[active] ? optionId(active) : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  /** The next selectable option from `from` in direction `step`, wrapping around. */
  function move(from: number, step: 1 | -1) {
    for (let i = 1; i <= options.length; i++) {
      const next = (from + step * i + options.length * 2) % options.length;
      if (!options[next]?.disabled) return next;
    }
    return -1;
  }

  function choose(index: number) {
    const option = options[index];
    if (!option || option.disabled) return;
    setOpen(false);
    setActive(-1);
    onSelect(option);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (options.length === 0 || value.trim().length === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setOpen(true);
        setActive(expanded ? move(active, step) : move(step === 1 ? -1 : 0, step));
        return;
      }
      case 'Enter':
        // An open list must not submit the surrounding form with a half-typed word.
        if (!expanded) return;
        event.preventDefault();
        if (active >= 0) choose(active);
        return;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (value) {
          event.preventDefault();
          onValueChange('');
        }
        return;
      case 'Tab':
        setOpen(false);
        return;
    }
  }

  const describedBy = [hint ? hintId : null, statusId, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="field combobox">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      <div className="combobox-anchor">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={activeId}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          value={value}
          onChange={(e) => {
            onValueChange(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        <ul id={listboxId} role="listbox" aria-label={label} className="combobox-list" hidden={!expanded}>
          {options.map((option, index) => (
            <li
              key={option.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              aria-disabled={option.disabled || undefined}
              className="combobox-option"
              // Keep focus in the input: a mouse or touch pick must not blur (and close) first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(index)}
            >
              <span className="combobox-label">
                {option.labelLang ? <LabelInLanguage label={option.label} lang={option.labelLang} /> : option.label}
              </span>
              {option.detail && <span className="combobox-detail">{option.detail}</span>}
              {option.note && <span className="combobox-detail">{option.note}</span>}
            </li>
          ))}
        </ul>
      </div>
      <span id={statusId} role="status" className="field-hint combobox-status">
        {value.trim() ? status : ''}
      </span>
      {error && (
        <span id={errorId} className="error">
          {error}
        </span>
      )}
    </div>
  );
}
