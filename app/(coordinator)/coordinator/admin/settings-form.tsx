'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '~/trpc/react';

/** The limits `coordination.updateSettings` accepts (server/services/region-settings.ts), for the browser's own checks. */
const fields = [
  { name: 'guidanceWindowMonths', min: 1, max: 48 },
  { name: 'priorityWindowDays', min: 0, max: 30 },
  { name: 'defaultCommuteKm', min: 1, max: 200 },
  { name: 'safetyWindowMonths', min: 0, max: 36 },
] as const;

type Field = (typeof fields)[number]['name'];

export function SettingsForm({ settings }: { settings: Record<Field, number> }) {
  const t = useTranslations('coordinatorTools.admin.settings');
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.coordination.updateSettings.mutationOptions());
  const [saved, setSaved] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(false);
    const value = (name: Field) => Number(form.get(name));
    save.mutate(
      {
        guidanceWindowMonths: value('guidanceWindowMonths'),
        priorityWindowDays: value('priorityWindowDays'),
        defaultCommuteKm: value('defaultCommuteKm'),
        safetyWindowMonths: value('safetyWindowMonths'),
      },
      {
        onSuccess: () => {
          setSaved(true);
          router.refresh();
        },
      },
    );
  }

  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <form className="form card" onSubmit={onSubmit}>
        {fields.map((f) => (
          <div className="field" key={f.name}>
            <label htmlFor={`setting-${f.name}`}>{t(f.name)}</label>
            <span id={`setting-${f.name}-hint`} className="field-hint">
              {t(`${f.name}Hint`)}
            </span>
            <input
              id={`setting-${f.name}`}
              name={f.name}
              type="number"
              inputMode="numeric"
              required
              min={f.min}
              max={f.max}
              step={1}
              defaultValue={settings[f.name]}
              aria-describedby={`setting-${f.name}-hint`}
            />
          </div>
        ))}
        {save.error && (
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
