'use client';

import { useEffect, useRef } from 'react';

/** Messages per field, keyed like the API's `fieldErrors` (and like a form's own checks). */
export type FieldErrors = Record<string, string[] | undefined>;

/** The ids of a form's controls and their error messages: `${form}-${field}` and `…-error`. */
export function formIds(form: string) {
  const field = (name: string) => `${form}-${name}`;
  const error = (name: string) => `${form}-${name}-error`;
  return {
    field,
    error,
    /** What ties a control to its message (if it has one), so a screen reader reads both. */
    invalid(name: string, errors: FieldErrors, hintId?: string) {
      const has = Boolean(errors[name]?.length);
      const describedBy = [hintId, has ? error(name) : undefined].filter(Boolean).join(' ');
      return {
        ...(has ? { 'aria-invalid': true as const } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      };
    },
  };
}

export function FieldError({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <span id={id} className="error">
      {messages.join(' ')}
    </span>
  );
}

/**
 * What is wrong, at the top of a form: a link to each field with its message, or one message
 * when the problem is not about a field. It takes the focus each time it (re)appears, so keyboard
 * and screen-reader users learn at once that the form was not sent and why.
 */
export function ErrorSummary({
  attempt,
  errors,
  labels,
  href,
  intro,
  message,
}: {
  /** Changes with every failed attempt (the error object): the summary is focused again. */
  attempt: unknown;
  errors: FieldErrors;
  /** A readable name per field; a field without one is shown by its key. */
  labels: Record<string, string>;
  /** Where each field's link goes (its control's id with '#'). */
  href(name: string): string;
  intro: string;
  /** Said when no field is named: the server's or the form's own message. */
  message: string | null;
}) {
  const box = useRef<HTMLDivElement>(null);
  // Focus once the summary is rendered: a mutation's onError runs before React renders it.
  useEffect(() => {
    if (attempt) box.current?.focus();
  }, [attempt]);
  if (!attempt) return null;
  const named = Object.entries(errors).filter(([, messages]) => messages?.length);
  return (
    <div ref={box} tabIndex={-1} role="alert" className="error-summary">
      {named.length > 0 ? (
        <>
          <p>{intro}</p>
          <ul>
            {named.map(([name, messages]) => (
              <li key={name}>
                <a href={href(name)}>{labels[name] ?? name}</a>: {messages!.join(' ')}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{message}</p>
      )}
    </div>
  );
}
