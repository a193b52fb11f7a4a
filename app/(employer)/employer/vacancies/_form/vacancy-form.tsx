'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useMessages, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTRPC } from '~/trpc/react';
import { afterSaving, type VacancyOutcome } from '../after-saving';
import {
  CURRENT_PLACE,
  emptyDraft,
  toVacancyFields,
  type ContractType,
  type RemotePolicy,
  type VacancyDraft,
  type VacancyLocation,
} from './draft';
import { FieldError, fieldId, invalidProps } from './field-error';
import { VacancySkills } from './vacancy-skills';

/** A new vacancy, or one that exists (a draft or open; a closed one is reopened before it is edited). */
export type VacancyFormMode = { kind: 'new' } | { kind: 'edit'; vacancyId: string; status: 'draft' | 'open' };

/** What the pressed button asks for: publish (also "post"), keep or save as a draft, or save an open vacancy. */
type Intent = 'publish' | 'draft' | 'save';

/**
 * Posts a vacancy (`vacancy.create`, published or as a draft) or saves changes to one
 * (`vacancy.update`, and `vacancy.publish` when a draft is published from the form); the server
 * validates, and its errors are shown at the fields.
 */
export function VacancyForm({
  locations,
  initial,
  mode = { kind: 'new' },
}: {
  locations: VacancyLocation[];
  initial?: VacancyDraft;
  mode?: VacancyFormMode;
}) {
  const t = useTranslations();
  const f = useTranslations('vacancyForm');
  // The option lists are the enumerations' own keys, in the order the messages give them.
  const { enums } = useMessages();
  const trpc = useTRPC();
  const router = useRouter();
  const [draft, setDraft] = useState<VacancyDraft>(
    initial ?? { ...emptyDraft, locationKey: locations[0]?.key ?? 'own' },
  );
  const [intent, setIntent] = useState<Intent | null>(null);
  const create = useMutation(trpc.vacancy.create.mutationOptions());
  const update = useMutation(trpc.vacancy.update.mutationOptions());
  const publish = useMutation(trpc.vacancy.publish.mutationOptions());
  const mutations = [create, update, publish];
  const pending = mutations.some((m) => m.isPending);
  const [done, setDone] = useState(false);
  const error = create.error ?? update.error ?? publish.error;
  const summary = useRef<HTMLDivElement>(null);
  const set = <K extends keyof VacancyDraft>(key: K, value: VacancyDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  // Move focus to the summary once it is on the page (each failed attempt renders it anew), so
  // keyboard and screen-reader users learn what went wrong. The mutation's own onError runs
  // before React has rendered the summary, so focusing from there finds nothing to focus.
  useEffect(() => {
    if (error) summary.current?.focus();
  }, [error]);

  const errors: Record<string, string[] | undefined> = error?.data?.fieldErrors ?? {};
  const labels: Record<string, string> = {
    title: f('jobTitle'),
    description: f('description'),
    occupationId: t('occupationPicker.label'),
    skills: f('skills'),
    hoursMin: f('hoursMin'),
    hoursMax: f('hoursMax'),
    contractType: f('contractType'),
    city: f('location'),
    lat: f('location'),
    lon: f('location'),
    remote: f('remote'),
    salaryMin: f('salaryMin'),
    salaryMax: f('salaryMax'),
    startDate: f('startDate'),
    closesAt: f('closesAt'),
  };
  const fieldOf = (name: string) => (['city', 'lat', 'lon'].includes(name) ? 'locationKey' : name);

  async function save(chosen: Intent, location: VacancyLocation): Promise<[string, VacancyOutcome]> {
    const fields = toVacancyFields(draft, location);
    if (mode.kind === 'new') {
      const vacancy = await create.mutateAsync({ ...fields, status: chosen === 'draft' ? 'draft' : 'open' });
      return [vacancy.id, chosen === 'draft' ? 'drafted' : 'created'];
    }
    const vacancy = await update.mutateAsync({ ...fields, vacancyId: mode.vacancyId });
    if (chosen !== 'publish' || mode.status !== 'draft') return [vacancy.id, 'updated'];
    await publish.mutateAsync({ vacancyId: vacancy.id });
    return [vacancy.id, 'published'];
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Enter in a field submits with the first button: posting a new vacancy, saving an existing one.
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const chosen = (submitter?.value || (mode.kind === 'new' ? 'publish' : 'draft')) as Intent;
    const location = locations.find((l) => l.key === draft.locationKey) ?? locations[0];
    if (!location) return;
    mutations.forEach((m) => m.reset());
    setIntent(chosen);
    save(chosen, location).then(
      ([vacancyId, outcome]) => {
        setDone(true);
        router.push(afterSaving(vacancyId, outcome));
      },
      () => undefined, // shown from the mutation's error
    );
  }

  const busy = pending || done;
  const buttonText = (own: Intent, label: string) =>
    busy && intent === own ? (mode.kind === 'new' && own === 'publish' ? f('submitting') : f('saving')) : label;
  const summaryTitle = publish.error || create.error ? f('invalid') : f('notSaved');
  const failedText = publish.error || create.error ? f('failed') : f('saveFailed');

  const text = (
    name: 'title' | 'hoursMin' | 'hoursMax' | 'salaryMin' | 'salaryMax' | 'startDate' | 'closesAt',
    label: string,
    type = 'text',
    extra: ReactNode = null,
  ) => (
    <div className="field">
      <label htmlFor={fieldId(name)}>{label}</label>
      <input
        id={fieldId(name)}
        type={type}
        inputMode={type === 'number' ? 'numeric' : undefined}
        value={draft[name]}
        onChange={(e) => set(name, e.target.value)}
        {...invalidProps(name, errors)}
      />
      {extra}
      <FieldError name={name} errors={errors} />
    </div>
  );

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      {error && (
        <div ref={summary} tabIndex={-1} role="alert" className="error-summary">
          {Object.keys(errors).length > 0 ? (
            <>
              <p>{summaryTitle}</p>
              <ul>
                {Object.entries(errors).map(([name, messages]) => (
                  <li key={name}>
                    <a href={`#${fieldId(fieldOf(name))}`}>{(labels[name] ?? name).replace(' *', '')}</a>:{' '}
                    {messages?.join(' ')}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>
              {failedText} {error.message}
            </p>
          )}
        </div>
      )}

      <section className="card" aria-labelledby="vacancy-job-title">
        <h2 id="vacancy-job-title">{f('job')}</h2>
        {text('title', f('jobTitle'))}
        <div className="field">
          <label htmlFor={fieldId('description')}>{f('description')}</label>
          <textarea
            id={fieldId('description')}
            rows={5}
            value={draft.description}
            onChange={(e) => set('description', e.target.value)}
            {...invalidProps('description', errors)}
          />
          <FieldError name="description" errors={errors} />
        </div>
        <VacancySkills
          occupation={draft.occupation}
          skills={draft.skills}
          onOccupationChange={(occupation) => set('occupation', occupation)}
          onSkillsChange={(skills) => set('skills', skills)}
          errors={errors}
        />
        {/* Allowed, but a vacancy without required skills cannot be matched on what it asks. */}
        {!draft.skills.some((s) => s.importance === 'required') && (
          <p className="notice" role="status" data-testid="vacancy-no-skills">
            <strong>{t('matchQuality.vacancyNoSkills.title')}</strong> {t('matchQuality.vacancyNoSkills.body')}
          </p>
        )}
      </section>

      <section className="card" aria-labelledby="vacancy-conditions-title">
        <h2 id="vacancy-conditions-title">{f('conditions')}</h2>
        <div className="form-row">
          {text('hoursMin', f('hoursMin'), 'number')}
          {text('hoursMax', f('hoursMax'), 'number')}
        </div>
        <div className="form-row">
          <div className="field">
            <label htmlFor={fieldId('contractType')}>{f('contractType')}</label>
            <select
              id={fieldId('contractType')}
              value={draft.contractType}
              onChange={(e) => set('contractType', e.target.value as ContractType)}
              {...invalidProps('contractType', errors)}
            >
              {(Object.keys(enums.contract) as ContractType[]).map((c) => (
                <option key={c} value={c}>
                  {t(`enums.contract.${c}`)}
                </option>
              ))}
            </select>
            <FieldError name="contractType" errors={errors} />
          </div>
          <div className="field">
            <label htmlFor={fieldId('remote')}>{f('remote')}</label>
            <select
              id={fieldId('remote')}
              value={draft.remote}
              onChange={(e) => set('remote', e.target.value as RemotePolicy)}
            >
              {(Object.keys(enums.remote) as RemotePolicy[]).map((r) => (
                <option key={r} value={r}>
                  {t(`enums.remote.${r}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor={fieldId('locationKey')}>{f('location')}</label>
          <span id="vacancy-location-hint" className="field-hint">
            {f('locationHint')}
          </span>
          <select
            id={fieldId('locationKey')}
            aria-describedby="vacancy-location-hint"
            value={draft.locationKey}
            onChange={(e) => set('locationKey', e.target.value)}
          >
            {locations.map((l) => (
              <option key={l.key} value={l.key}>
                {l.address
                  ? f('ownAddress', { address: l.address })
                  : l.key === CURRENT_PLACE
                    ? f('currentPlace', { city: l.city })
                    : l.city}
              </option>
            ))}
          </select>
          <FieldError name="city" errors={errors} />
        </div>
        <div className="form-row">
          {text('salaryMin', f('salaryMin'), 'number')}
          {text('salaryMax', f('salaryMax'), 'number')}
        </div>
        <div className="form-row">
          {text('startDate', f('startDate'), 'date')}
          {text('closesAt', f('closesAt'), 'date')}
        </div>
        <div className="checkbox">
          <input
            id={fieldId('openToRetraining')}
            type="checkbox"
            checked={draft.openToRetraining}
            onChange={(e) => set('openToRetraining', e.target.checked)}
          />
          <label htmlFor={fieldId('openToRetraining')}>{f('openToRetraining')}</label>
        </div>
      </section>

      <div className="actions">
        {mode.kind === 'edit' && mode.status === 'open' ? (
          <button type="submit" name="intent" value="save" disabled={busy}>
            {buttonText('save', f('saveChanges'))}
          </button>
        ) : mode.kind === 'new' ? (
          <>
            <button type="submit" name="intent" value="publish" disabled={busy}>
              {buttonText('publish', f('submit'))}
            </button>
            <button type="submit" name="intent" value="draft" className="button-secondary" disabled={busy}>
              {buttonText('draft', f('saveDraft'))}
            </button>
          </>
        ) : (
          // A draft being edited: Enter in a field (the first button) saves it, and only the button publishes it.
          <>
            <button type="submit" name="intent" value="draft" className="button-secondary" disabled={busy}>
              {buttonText('draft', f('saveDraft'))}
            </button>
            <button type="submit" name="intent" value="publish" disabled={busy}>
              {buttonText('publish', f('publish'))}
            </button>
          </>
        )}
      </div>
    </form>
  );
}
