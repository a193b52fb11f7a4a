'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { SkillCombobox } from '~/app/_components/skill-combobox';
import { trainingModeValues, trainingPayerValues } from '~/db/schema/enums';
import { useLanguage } from '~/i18n/language';
import { useTRPC } from '~/trpc/react';

interface ChosenSkill {
  id: string;
  label: string;
}

/** Adds one training offer: provider, title, duration, mode, cost, who pays, place, and its skills from the autocomplete. */
export function TrainingOfferForm() {
  const t = useTranslations('coordinatorTools.training');
  const locale = useLanguage();
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.coordination.createTrainingOffer.mutationOptions());
  const [skills, setSkills] = useState<ChosenSkill[]>([]);
  const [added, setAdded] = useState('');
  const [formKey, setFormKey] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setAdded('');
    const title = text('title');
    create.mutate(
      {
        provider: text('provider'),
        title,
        titleEn: text('titleEn') || undefined,
        durationWeeks: Number(form.get('durationWeeks')),
        mode: text('mode') as (typeof trainingModeValues)[number],
        costEuros: Number(form.get('costEuros')),
        paidBy: text('paidBy') as (typeof trainingPayerValues)[number],
        city: text('city'),
        skillIds: skills.map((s) => s.id),
      },
      {
        onSuccess: () => {
          setAdded(title);
          setSkills([]);
          setFormKey((k) => k + 1);
          router.refresh();
        },
      },
    );
  }

  const input = (name: string, label: string, props: Record<string, unknown> = {}) => (
    <div className="field">
      <label htmlFor={`offer-${name}`}>{label}</label>
      <input id={`offer-${name}`} name={name} {...props} />
    </div>
  );
  return (
    <section aria-labelledby="offer-form-title">
      <h2 id="offer-form-title">{t('form.title')}</h2>
      <form key={formKey} className="form card" onSubmit={onSubmit}>
        {input('provider', t('form.provider'), { required: true, maxLength: 160 })}
        {input('title', t('form.name'), { required: true, minLength: 3, maxLength: 200 })}
        {input('titleEn', t('form.nameEn'), { maxLength: 200 })}
        {input('durationWeeks', t('form.weeks'), { type: 'number', required: true, min: 1, max: 260, step: 1 })}
        <div className="field">
          <label htmlFor="offer-mode">{t('form.mode')}</label>
          <select id="offer-mode" name="mode" defaultValue="classroom">
            {trainingModeValues.map((m) => (
              <option key={m} value={m}>
                {t(`modes.${m}`)}
              </option>
            ))}
          </select>
        </div>
        {input('costEuros', t('form.cost'), { type: 'number', required: true, min: 0, max: 100000, step: 1 })}
        <div className="field">
          <label htmlFor="offer-paidBy">{t('form.paidBy')}</label>
          <select id="offer-paidBy" name="paidBy" defaultValue="employer">
            {trainingPayerValues.map((p) => (
              <option key={p} value={p}>
                {t(`payers.${p}`)}
              </option>
            ))}
          </select>
        </div>
        {input('city', t('form.city'), { required: true, maxLength: 120 })}
        <fieldset>
          <legend>{t('form.skills')}</legend>
          {skills.length === 0 ? (
            <p>{t('form.noSkills')}</p>
          ) : (
            <ul className="chosen-skills">
              {skills.map((s) => (
                <li key={s.id}>
                  {s.label}{' '}
                  <button
                    type="button"
                    className="button-secondary"
                    aria-label={t('form.removeSkill', { skill: s.label })}
                    onClick={() => setSkills(skills.filter((other) => other.id !== s.id))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <SkillCombobox
            id="offer-skill"
            clearOnSelect
            excludeIds={skills.map((s) => s.id)}
            onSelect={(skill) =>
              skill &&
              setSkills([
                ...skills,
                { id: skill.id, label: (locale === 'en' ? skill.labelEn : skill.labelNl) ?? skill.label },
              ])
            }
          />
        </fieldset>
        {create.error && (
          <p className="error" role="alert">
            {t('form.failed', { message: create.error.message })}
          </p>
        )}
        {added && <p role="status">{t('form.added', { title: added })}</p>}
        <div>
          <button type="submit" disabled={create.isPending}>
            {create.isPending ? t('form.adding') : t('form.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
