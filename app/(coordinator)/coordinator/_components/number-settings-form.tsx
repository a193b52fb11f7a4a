'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';

/** One labelled number of the form, with the limits the procedure accepts (for the browser's own checks). */
export interface NumberField<F extends string> {
  name: F;
  min: number;
  max: number;
  step: number;
  /** A whole number: the phone shows a keyboard of digits only. */
  whole?: boolean;
}

/** The form's words: its title, the fields' labels and hints (`<name>Hint`), and the button's and outcome's. */
type Words<F extends string> = (key: 'title' | 'save' | 'saving' | 'saved' | 'failed' | F | `${F}Hint`) => string;

/** The save mutation (useMutation's result), taking every field's value. */
interface Save<F extends string> {
  mutate(values: Record<F, number>, options: { onSuccess: () => void }): void;
  isPending: boolean;
  error: unknown;
}

/**
 * A coordinator's form of labelled numbers saved at once: the region's settings, the societal
 * value's assumptions. Saving reads the page again, so what depends on the numbers follows.
 * `id` names the section (`<id>s-title`) and each field (`<id>-<name>`).
 */
export function NumberSettingsForm<F extends string>({
  id,
  t,
  intro,
  fields,
  values,
  save,
}: {
  id: string;
  t: Words<F>;
  intro: string;
  fields: readonly NumberField<F>[];
  values: Record<F, number>;
  save: Save<F>;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(false);
    const value = (name: F) => Number(String(form.get(name)).replace(',', '.'));
    save.mutate(Object.fromEntries(fields.map((f) => [f.name, value(f.name)])) as Record<F, number>, {
      onSuccess: () => {
        setSaved(true);
        router.refresh();
      },
    });
  }

  return (
    <section aria-labelledby={`${id}s-title`}>
      <h2 id={`${id}s-title`}>{t('title')}</h2>
      <p>{intro}</p>
      <form className="form card" onSubmit={onSubmit}>
        {fields.map((f) => (
          <div className="field" key={f.name}>
            <label htmlFor={`${id}-${f.name}`}>{t(f.name)}</label>
            <span id={`${id}-${f.name}-hint`} className="field-hint">
              {t(`${f.name}Hint`)}
            </span>
            <input
              id={`${id}-${f.name}`}
              name={f.name}
              type="number"
              inputMode={f.whole ? 'numeric' : undefined}
              required
              min={f.min}
              max={f.max}
              step={f.step}
              defaultValue={values[f.name]}
              aria-describedby={`${id}-${f.name}-hint`}
            />
          </div>
        ))}
        {save.error !== null && (
          <p className="error" role="alert">
            {t('failed')}
          </p>
        )}
        {saved && <p role="status">{t('saved')}</p>}
        <div>
          <button type="submit" disabled={save.isPending}>
            {save.isPending ? t('saving') : t('save')}
          </button>
        </div>
      </form>
    </section>
  );
}
