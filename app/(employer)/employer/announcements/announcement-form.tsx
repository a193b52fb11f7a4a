'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '~/trpc/react';
import {
  controlId,
  describedBy,
  ErrorSummary,
  FieldError,
  summaryItems,
  type FieldErrors,
} from '~/app/_components/field-error';
import { OccupationCombobox } from '~/app/_components/occupation-combobox';
import {
  emptyRole,
  toAnnouncementInput,
  type AnnouncementDefaults,
  type AnnouncementDraft,
  type Reason,
  type RoleDraft,
} from './announcement-draft';

const FORM = 'announcement';
const roleField = (key: number, part: string) => `role-${key}-${part}`;
const roleId = (key: number, part: string) => controlId(FORM, roleField(key, part));

/**
 * Creates or edits a redundancy announcement. The roles are rows of an occupation from the
 * taxonomy and a number of people; choosing a cyclical reason shows why job-to-job mobility may
 * not be the instrument; the guidance window starts as the region's.
 */
export function AnnouncementForm({
  initial,
  defaults,
  redundancyId,
  regionMonths,
}: {
  initial: AnnouncementDraft;
  defaults: AnnouncementDefaults;
  /** Set when editing an existing announcement. */
  redundancyId?: string;
  /** The region's guidance window, named in the hint. */
  regionMonths: number;
}) {
  const t = useTranslations('announcementForm');
  const e = useTranslations('enums');
  const trpc = useTRPC();
  const router = useRouter();
  const [draft, setDraft] = useState(initial);
  const [nextKey, setNextKey] = useState(initial.roles.length);
  const [checked, setChecked] = useState<{ errors: FieldErrors; roles: Record<number, string> } | null>(null);
  const create = useMutation(trpc.redundancy.create.mutationOptions());
  const update = useMutation(trpc.redundancy.update.mutationOptions());
  const mutation = redundancyId ? update : create;
  const busy = mutation.isPending || mutation.isSuccess;

  const set = <K extends keyof AnnouncementDraft>(key: K, value: AnnouncementDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const setRole = (key: number, change: Partial<RoleDraft>) =>
    setDraft((d) => ({ ...d, roles: d.roles.map((r) => (r.key === key ? { ...r, ...change } : r)) }));

  const errors: FieldErrors = checked?.errors ?? mutation.error?.data?.fieldErrors ?? {};
  const error = (name: string) => errors[name]?.join(' ');
  const labels: Record<string, string> = {
    title: t('title'),
    roles: t('roles'),
    announcedOn: t('announcedOn'),
    expectedDate: t('expectedDate'),
    reason: t('reason'),
    guidanceWindowMonths: t('guidanceWindowMonths'),
  };
  /** The control a summary item links to: a role's occupation, the first reason. */
  const targetOf = (name: string) => {
    if (name === 'roles') {
      const first = draft.roles.find((r) => checked?.roles[r.key]) ?? draft.roles[0];
      return roleField(first?.key ?? 0, 'occupation');
    }
    return name === 'reason' ? 'reason-structural' : name;
  };
  const items = summaryItems(errors, labels, targetOf);

  /** What the server cannot say well: a role without a chosen occupation, no reason chosen. */
  function checkDraft() {
    const roles: Record<number, string> = {};
    draft.roles.forEach((role, index) => {
      if (!role.occupation) roles[role.key] = t('chooseOccupation', { role: index + 1 });
    });
    const found: FieldErrors = {};
    if (Object.keys(roles).length > 0) found.roles = Object.values(roles);
    if (!draft.reason) found.reason = [t('chooseReason')];
    return Object.keys(found).length > 0 ? { errors: found, roles } : null;
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problems = checkDraft();
    setChecked(problems);
    if (problems) return;
    const input = toAnnouncementInput(draft);
    const done = (announcement: { id: string }) =>
      router.push(`/employer/announcements/${announcement.id}?done=${redundancyId ? 'saved' : 'created'}`);
    if (redundancyId) update.mutate({ ...input, redundancyId }, { onSuccess: done });
    else create.mutate(input, { onSuccess: done });
  }

  function addRole() {
    setDraft((d) => ({ ...d, roles: [...d.roles, emptyRole(nextKey)] }));
    const key = nextKey;
    setNextKey((k) => k + 1);
    requestAnimationFrame(() => document.getElementById(roleId(key, 'occupation'))?.focus());
  }

  function removeRole(key: number) {
    const index = draft.roles.findIndex((r) => r.key === key);
    setDraft((d) => ({ ...d, roles: d.roles.filter((r) => r.key !== key) }));
    const neighbour = draft.roles[index + 1] ?? draft.roles[index - 1];
    requestAnimationFrame(() =>
      document.getElementById(neighbour ? roleId(neighbour.key, 'occupation') : 'announcement-add-role')?.focus(),
    );
  }

  const textField = (name: 'title' | 'announcedOn' | 'expectedDate', type: string, hint?: string) => {
    const hintId = `${controlId(FORM, name)}-hint`;
    return (
      <div className="field">
        <label htmlFor={controlId(FORM, name)}>{labels[name]}</label>
        {hint && (
          <span id={hintId} className="field-hint">
            {hint}
          </span>
        )}
        <input
          id={controlId(FORM, name)}
          type={type}
          value={draft[name]}
          max={name === 'announcedOn' ? defaults.announcedOn : undefined}
          onChange={(event) => set(name, event.target.value)}
          {...describedBy(FORM, name, error(name), ...(hint ? [hintId] : []))}
        />
        <FieldError form={FORM} field={name} error={error(name)} />
      </div>
    );
  };

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      {(checked ?? mutation.error) && (
        <ErrorSummary
          form={FORM}
          attempt={checked ?? mutation.error}
          title={items.length > 0 ? t('invalid') : `${t('failed')} ${mutation.error?.message ?? ''}`}
          items={items}
        />
      )}

      <section className="card" aria-labelledby="announcement-what">
        <h2 id="announcement-what">{t('what')}</h2>
        {textField('title', 'text', t('titleHint'))}
        <fieldset className="roles" aria-describedby="announcement-roles-hint">
          <legend>{t('roles')}</legend>
          <span id="announcement-roles-hint" className="field-hint">
            {t('rolesHint')}
          </span>
          {draft.roles.map((role, index) => (
            <fieldset key={role.key} className="role-row">
              <legend>{t('role', { number: index + 1 })}</legend>
              <OccupationCombobox
                id={roleId(role.key, 'occupation')}
                label={t('occupation')}
                initialText={role.occupation?.label}
                onSelect={(o) => setRole(role.key, { occupation: o ? { id: o.id, label: o.label } : null })}
                error={checked?.roles[role.key] ?? null}
              />
              <div className="form-row">
                <div className="field">
                  <label htmlFor={roleId(role.key, 'count')}>{t('count')}</label>
                  <input
                    id={roleId(role.key, 'count')}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    value={role.count}
                    onChange={(event) => setRole(role.key, { count: event.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor={roleId(role.key, 'title')}>{t('roleTitle')}</label>
                  <input
                    id={roleId(role.key, 'title')}
                    value={role.title}
                    onChange={(event) => setRole(role.key, { title: event.target.value })}
                  />
                </div>
              </div>
              {draft.roles.length > 1 && (
                <div>
                  <button
                    type="button"
                    className="button-secondary button-small"
                    aria-label={t('removeRole', { number: index + 1 })}
                    onClick={() => removeRole(role.key)}
                  >
                    {t('remove')}
                  </button>
                </div>
              )}
            </fieldset>
          ))}
          {/* The form's own checks are said at each role; the server's at the list. */}
          <FieldError form={FORM} field="roles" error={checked ? undefined : error('roles')} />
          <div>
            <button id="announcement-add-role" type="button" className="button-secondary" onClick={addRole}>
              {t('addRole')}
            </button>
          </div>
        </fieldset>
      </section>

      <section className="card" aria-labelledby="announcement-when">
        <h2 id="announcement-when">{t('when')}</h2>
        <div className="form-row">
          {textField('announcedOn', 'date', t('announcedOnHint'))}
          {textField('expectedDate', 'date', t('expectedDateHint'))}
        </div>
        <fieldset {...describedBy(FORM, 'reason', error('reason'))}>
          <legend>{t('reason')}</legend>
          {defaults.reasons.map((reason: Reason) => (
            <div className="checkbox" key={reason}>
              <input
                id={controlId(FORM, `reason-${reason}`)}
                type="radio"
                name="reason"
                value={reason}
                checked={draft.reason === reason}
                onChange={() => set('reason', reason)}
                aria-describedby={`${controlId(FORM, `reason-${reason}`)}-hint`}
              />
              <div className="option-text">
                <label htmlFor={controlId(FORM, `reason-${reason}`)}>{e(`reason.${reason}`)}</label>
                <span id={`${controlId(FORM, `reason-${reason}`)}-hint`} className="field-hint">
                  {t(`reasonHint.${reason}`)}
                </span>
              </div>
            </div>
          ))}
          <FieldError form={FORM} field="reason" error={error('reason')} />
        </fieldset>
        <div aria-live="polite">
          {draft.reason && (defaults.warnFor as readonly string[]).includes(draft.reason) && (
            <p className="notice" id="announcement-cyclical-warning">
              <strong>{t('cyclicalTitle')}</strong> {t('cyclicalWarning')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={controlId(FORM, 'guidanceWindowMonths')}>{labels.guidanceWindowMonths}</label>
          <span id="announcement-window-hint" className="field-hint">
            {t('guidanceWindowHint', {
              months: regionMonths,
              min: defaults.guidanceWindowBounds.min,
              max: defaults.guidanceWindowBounds.max,
            })}
          </span>
          <input
            id={controlId(FORM, 'guidanceWindowMonths')}
            type="number"
            inputMode="numeric"
            min={defaults.guidanceWindowBounds.min}
            max={defaults.guidanceWindowBounds.max}
            value={draft.guidanceWindowMonths}
            onChange={(event) => set('guidanceWindowMonths', event.target.value)}
            {...describedBy(FORM, 'guidanceWindowMonths', error('guidanceWindowMonths'), 'announcement-window-hint')}
          />
          <FieldError form={FORM} field="guidanceWindowMonths" error={error('guidanceWindowMonths')} />
        </div>
        {redundancyId && <p className="field-hint">{t('rescheduleNote')}</p>}
      </section>

      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t('saving') : redundancyId ? t('save') : t('submit')}
        </button>
      </div>
    </form>
  );
}
