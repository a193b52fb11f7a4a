'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { readTextFile } from '~/app/(employer)/employer/vacancies/import/read-file';
import { IssuesReport } from '~/app/(employer)/employer/vacancies/import/import-result';
import { useTRPC } from '~/trpc/react';

/** Sends a CSV file to `coordination.importTrainingOffers`: all or nothing, a repeated file adds nothing. */
export function TrainingImportForm({ maxCharacters }: { maxCharacters: number }) {
  const t = useTranslations('coordinatorTools.training.import');
  const trpc = useTRPC();
  const router = useRouter();
  const importCsv = useMutation(trpc.coordination.importTrainingOffers.mutationOptions());
  const [problem, setProblem] = useState('');
  const outcome = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (importCsv.data) outcome.current?.focus();
  }, [importCsv.data]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    importCsv.reset();
    setProblem('');
    if (!(file instanceof File) || file.size === 0) return setProblem(t('chooseFile'));
    let csv: string;
    try {
      csv = await readTextFile(file);
    } catch {
      return setProblem(t('unreadable'));
    }
    if (csv.length > maxCharacters) return setProblem(t('tooLarge', { max: maxCharacters }));
    importCsv.mutate({ csv }, { onSuccess: (result) => result.ok && router.refresh() });
  }

  const result = importCsv.data;
  const error = problem || (importCsv.error ? t('failed', { message: importCsv.error.message }) : '');
  return (
    <section aria-labelledby="training-import-title">
      <h2 id="training-import-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <form className="form card" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="training-csv">{t('file')}</label>
          <input
            id="training-csv"
            name="file"
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-describedby={error ? 'training-csv-error' : undefined}
            aria-invalid={error ? true : undefined}
          />
        </div>
        {error && (
          <p id="training-csv-error" className="error" role="alert">
            {error}
          </p>
        )}
        <div>
          <button type="submit" disabled={importCsv.isPending}>
            {importCsv.isPending ? t('submitting') : t('submit')}
          </button>
        </div>
      </form>
      {result && (
        <section aria-labelledby="training-import-outcome" className={result.ok ? undefined : 'error-summary'}>
          <h3 id="training-import-outcome" ref={outcome} tabIndex={-1}>
            {t('done')}
          </h3>
          {result.ok ? (
            <p>
              {t('created', { count: result.created.length })} {t('already', { count: result.alreadyImported.length })}
            </p>
          ) : (
            <IssuesReport result={result} />
          )}
        </section>
      )}
    </section>
  );
}
