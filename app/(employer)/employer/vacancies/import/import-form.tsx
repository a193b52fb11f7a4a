'use client';

import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTRPC } from '~/trpc/react';
import { ImportedReport, IssuesReport } from './import-result';
import { readTextFile } from './read-file';

/**
 * Sends the chosen file's text to `vacancy.importCsv`, as drafts or published, and shows the
 * answer: the report of a refused file, or what was created and what had been imported before.
 */
export function ImportForm({ maxCharacters, maxRows }: { maxCharacters: number; maxRows: number }) {
  const t = useTranslations('vacancyImport');
  const trpc = useTRPC();
  const importCsv = useMutation(trpc.vacancy.importCsv.mutationOptions());
  const [problem, setProblem] = useState('');
  const [reading, setReading] = useState(false);
  const outcome = useRef<HTMLHeadingElement>(null);
  const problemBox = useRef<HTMLParagraphElement>(null);
  const busy = reading || importCsv.isPending;

  // The answer replaces the form's focus point: move there, so keyboard and screen-reader users hear it.
  useEffect(() => {
    if (importCsv.data) outcome.current?.focus();
  }, [importCsv.data]);
  useEffect(() => {
    if (problem || importCsv.error) problemBox.current?.focus();
  }, [problem, importCsv.error]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    importCsv.reset();
    setProblem('');
    if (!(file instanceof File) || file.size === 0) return setProblem(t('chooseFile'));
    setReading(true);
    let csv: string;
    try {
      csv = await readTextFile(file);
    } catch {
      return setProblem(t('unreadable'));
    } finally {
      setReading(false);
    }
    if (csv.length > maxCharacters) return setProblem(t('tooLarge', { max: maxCharacters }));
    importCsv.mutate({ csv, publish: form.get('as') === 'published' });
  }

  const result = importCsv.data;
  const error = problem || (importCsv.error ? t('failed', { message: importCsv.error.message }) : '');
  return (
    <>
      <form className="form card" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="vacancy-csv">{t('file')}</label>
          <span id="vacancy-csv-hint" className="field-hint">
            {t('fileHint', { rows: maxRows })}
          </span>
          <input
            id="vacancy-csv"
            name="file"
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-describedby={error ? 'vacancy-csv-hint vacancy-csv-error' : 'vacancy-csv-hint'}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <fieldset className="radio-group">
          <legend>{t('as')}</legend>
          <div className="radio">
            <input id="import-as-draft" type="radio" name="as" value="draft" defaultChecked />
            <label htmlFor="import-as-draft">{t('asDraft')}</label>
          </div>
          <div className="radio">
            <input id="import-as-published" type="radio" name="as" value="published" />
            <label htmlFor="import-as-published">{t('asPublished')}</label>
          </div>
        </fieldset>
        {error && (
          <p ref={problemBox} id="vacancy-csv-error" className="error" role="alert" tabIndex={-1}>
            {error}
          </p>
        )}
        <div>
          <button type="submit" disabled={busy}>
            {busy ? t('submitting') : t('submit')}
          </button>
        </div>
      </form>

      {result && (
        <section aria-labelledby="import-outcome-title" className={result.ok ? undefined : 'error-summary'}>
          <h2 id="import-outcome-title" ref={outcome} tabIndex={-1}>
            {result.ok ? t('imported') : t('rejected')}
          </h2>
          {result.ok ? <ImportedReport result={result} /> : <IssuesReport result={result} />}
        </section>
      )}
    </>
  );
}
