'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '~/trpc/react';

const fields = [
  { name: 'benefitDays', min: 0, max: 522, step: 1 },
  { name: 'dailyBenefitEuros', min: 0, max: 300, step: 1 },
  { name: 'severancePerServiceYearEuros', min: 0, max: 20000, step: 1 },
  { name: 'averageServiceYears', min: 0, max: 50, step: 0.1 },
] as const;

type Field = (typeof fields)[number]['name'];

/** The region's assumptions, each with where its default comes from; saving recomputes the figures above. */
export function AssumptionsForm({ assumptions }: { assumptions: Record<Field, number> & { isDefault: boolean } }) {
  const t = useTranslations('coordinatorTools.value.assumptions');
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.coordination.setValueAssumptions.mutationOptions());
  const [saved, setSaved] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(false);
    const value = (name: Field) => Number(String(form.get(name)).replace(',', '.'));
    save.mutate(
      {
        benefitDays: value('benefitDays'),
        dailyBenefitEuros: value('dailyBenefitEuros'),
        severancePerServiceYearEuros: value('severancePerServiceYearEuros'),
        averageServiceYears: value('averageServiceYears'),
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
    <section aria-labelledby="assumptions-title">
      <h2 id="assumptions-title">{t('title')}</h2>
      <p>{assumptions.isDefault ? t('defaults') : t('own')}</p>
      <form className="form card" onSubmit={onSubmit}>
        {fields.map((f) => (
          <div className="field" key={f.name}>
            <label htmlFor={`assumption-${f.name}`}>{t(f.name)}</label>
            <span id={`assumption-${f.name}-hint`} className="field-hint">
              {t(`${f.name}Hint`)}
            </span>
            <input
              id={`assumption-${f.name}`}
              name={f.name}
              type="number"
              required
              min={f.min}
              max={f.max}
              step={f.step}
              defaultValue={assumptions[f.name]}
              aria-describedby={`assumption-${f.name}-hint`}
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
