'use client';

import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { useTRPC } from '~/trpc/react';

interface Visibility {
  visibleToEmployers: boolean;
  openToOtherRegions: boolean;
}

/** The worker's consent: revocable at any time, saved through tRPC. */
export function VisibilityForm({ initial }: { initial: Visibility }) {
  const t = useTranslations('worker');
  const trpc = useTRPC();
  const [value, setValue] = useState(initial);
  const save = useMutation(trpc.worker.setVisibility.mutationOptions());

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save.mutate(value, {
      onSuccess: (saved) =>
        setValue({ visibleToEmployers: saved.visibleToEmployers, openToOtherRegions: saved.openToOtherRegions }),
    });
  }

  return (
    <form onSubmit={onSubmit} className="form">
      <fieldset>
        <legend className="visually-hidden">{t('visibility')}</legend>
        <div className="checkbox">
          <input
            id="visible-to-employers"
            type="checkbox"
            checked={value.visibleToEmployers}
            onChange={(e) =>
              setValue({
                visibleToEmployers: e.target.checked,
                openToOtherRegions: e.target.checked && value.openToOtherRegions,
              })
            }
          />
          <label htmlFor="visible-to-employers">{t('visibleToEmployers')}</label>
        </div>
        <div className="checkbox">
          <input
            id="open-to-other-regions"
            type="checkbox"
            checked={value.openToOtherRegions}
            disabled={!value.visibleToEmployers}
            onChange={(e) => setValue({ ...value, openToOtherRegions: e.target.checked })}
          />
          <label htmlFor="open-to-other-regions">{t('openToOtherRegions')}</label>
        </div>
      </fieldset>
      <button type="submit" disabled={save.isPending}>
        {save.isPending ? t('saving') : t('save')}
      </button>
      <p role="status" className="status-line">
        {save.isSuccess ? t('saved') : ''}
        {save.error ? <span className="error">{save.error.message}</span> : null}
      </p>
    </form>
  );
}
