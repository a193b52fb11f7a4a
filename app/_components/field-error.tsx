'use client';

import { useEffect, useRef } from 'react';

/**
 * Ties a form's controls to their hints and to the error the server gave for them. Ids are the
 * form's prefix and the API's field name, so an error from `fieldErrors` finds its control.
 */
export const controlId = (form: string, field: string) => `${form}-${field}`;
export const errorId = (form: string, field: string) => `${form}-${field}-error`;

/** The aria attributes of a control: its hints, and its error (then also aria-invalid) when it has one. */
export function describedBy(form: string, field: string, error: string | undefined, ...hintIds: string[]) {
  const ids = [...hintIds, ...(error ? [errorId(form, field)] : [])];
  return {
    'aria-invalid': error ? (true as const) : undefined,
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
  };
}

export function FieldError({ form, field, error }: { form: string; field: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <span id={errorId(form, field)} className="error">
      {error}
    </span>
  );
}

export interface SummaryItem {
  field: string;
  label: string;
  message: string;
}

/**
 * What is wrong, at the top of the form, each item a link to its control; it takes the focus
 * when it appears (each failed attempt renders it anew), so keyboard and screen-reader users
 * learn what went wrong without searching the form.
 */
export function ErrorSummary({
  form,
  title,
  items,
  attempt,
}: {
  form: string;
  /** The sentence above the list, or the whole message when no field is named. */
  title: string;
  items: SummaryItem[];
  /** Changes with every failed attempt, so the summary takes the focus again. */
  attempt: unknown;
}) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    summary.current?.focus();
  }, [attempt]);
  return (
    <div ref={summary} tabIndex={-1} role="alert" className="error-summary">
      <p>{title}</p>
      {items.length > 0 && (
        <ul>
          {items.map((item) => (
            <li key={item.field}>
              <a href={`#${controlId(form, item.field)}`}>{item.label}</a>: {item.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Messages per field, keyed like the API's `fieldErrors` (or like a form's own checks). */
export type FieldErrors = Record<string, string[] | undefined>;

/**
 * Field errors as summary items: each field's messages with its label, linked to `target(field)`
 * (a field whose control has another id, e.g. the first of a group of radio buttons).
 */
export function summaryItems(
  errors: FieldErrors,
  labels: Record<string, string>,
  target: (field: string) => string = (field) => field,
): SummaryItem[] {
  return Object.entries(errors).flatMap(([field, messages]) =>
    messages?.length ? [{ field: target(field), label: labels[field] ?? field, message: messages.join(' ') }] : [],
  );
}
