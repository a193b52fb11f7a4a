'use client';

import { useTranslations } from 'next-intl';

/** What a failed tRPC mutation tells the browser (server/api/trpc.ts's error formatter). */
export interface ApiError {
  data?: {
    code?: string;
    fieldErrors?: Record<string, string[] | undefined> | null;
    reference?: string | null;
  } | null;
}

export interface FormErrors<F extends string> {
  /** The form's fields the server refused, each with what to do, in the user's language. */
  fields: Partial<Record<F, string>>;
  /** A problem that is not about one of the form's fields (gone, too many attempts, our fault), or null. */
  general: string | null;
}

/**
 * The server names the fields it refuses (fieldErrors) but words its reasons in English for
 * API clients; a form shows, at each refused field, its own message for that field in the
 * user's language. `messages` has one for every field the form shows.
 */
export function useFormErrors<F extends string>(error: ApiError | null, messages: Record<F, string>): FormErrors<F> {
  const t = useTranslations('workerProfile.errors');
  if (!error) return { fields: {}, general: null };
  const fields: Partial<Record<F, string>> = {};
  let other = false;
  for (const [name, reasons] of Object.entries(error.data?.fieldErrors ?? {})) {
    if (!reasons?.length) continue;
    if (Object.hasOwn(messages, name)) fields[name as F] = messages[name as F];
    else other = true;
  }
  if (Object.keys(fields).length > 0 && !other) return { fields, general: null };
  const code = error.data?.code;
  const general =
    code === 'NOT_FOUND'
      ? t('notFound')
      : code === 'TOO_MANY_REQUESTS'
        ? t('tooMany')
        : error.data?.reference
          ? t('server', { reference: error.data.reference })
          : code === 'BAD_REQUEST'
            ? t('invalid')
            : t('failed');
  return { fields, general };
}

/** The attributes that tie a control to its hint and its error (if any). */
export function describedBy(id: string, error: string | undefined, hint = false) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return { 'aria-invalid': error ? (true as const) : undefined, 'aria-describedby': ids || undefined };
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <span id={`${id}-error`} className="error">
      {error}
    </span>
  );
}
