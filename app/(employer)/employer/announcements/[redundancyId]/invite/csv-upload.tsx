'use client';

import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTRPC } from '~/trpc/react';
import { DataTable } from '~/app/_components/data-table';
import { MAX_CSV_CHARACTERS, readCsvFile } from './read-csv-file';

const FILE_INPUT = 'invite-csv-file';

/**
 * Invites everyone in a CSV file at once. The browser reads the file and sends its text; the
 * server checks it as a whole: either everyone new is invited (people invited before are counted,
 * never invited twice), or nobody is and the report says per line and column what is wrong.
 */
export function CsvUpload({ redundancyId }: { redundancyId: string }) {
  const t = useTranslations('csvUpload');
  const trpc = useTRPC();
  const upload = useMutation(trpc.invitation.importWorkers.mutationOptions());
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const result = useRef<HTMLDivElement>(null);

  // The outcome takes the focus: it says what happened to every row of the file.
  useEffect(() => {
    if (upload.data || upload.error || problem) result.current?.focus();
  }, [upload.data, upload.error, problem]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    upload.reset();
    const file = (event.currentTarget.elements.namedItem('file') as HTMLInputElement).files?.[0];
    if (!file) {
      setProblem(t('chooseFile'));
      return;
    }
    setReading(true);
    const text = await readCsvFile(file).finally(() => setReading(false));
    if (text.length > MAX_CSV_CHARACTERS) {
      setProblem(t('tooLarge'));
      return;
    }
    setProblem(null);
    upload.mutate({ redundancyId, csv: text });
  }

  const outcome = upload.data;
  return (
    <>
      <form onSubmit={onSubmit} className="form" noValidate>
        <div className="field">
          <label htmlFor={FILE_INPUT}>{t('file')}</label>
          <span id={`${FILE_INPUT}-hint`} className="field-hint">
            {t('fileHint')}
          </span>
          <input
            id={FILE_INPUT}
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`${FILE_INPUT}-hint`}
            onChange={() => {
              setProblem(null);
              upload.reset();
            }}
          />
        </div>
        <div>
          <button type="submit" disabled={reading || upload.isPending}>
            {reading || upload.isPending ? t('uploading') : t('submit')}
          </button>
        </div>
      </form>

      <div ref={result} tabIndex={-1} className="upload-result">
        {problem && (
          <p role="alert" className="error">
            {problem}
          </p>
        )}
        {upload.error && (
          <p role="alert" className="error">
            {t('failed')} {upload.error.message}
          </p>
        )}
        {outcome?.ok === true && (
          <div role="status" className="notice notice-success">
            <p>{t('invited', { count: outcome.invited })}</p>
            {outcome.alreadyInvited > 0 && (
              <p>
                {t('alreadyInvited', {
                  count: outcome.alreadyInvited,
                  lines: outcome.alreadyInvitedLines.join(', '),
                })}
              </p>
            )}
          </div>
        )}
        {outcome?.ok === false && (
          <>
            <p role="alert" className="error">
              {t('rejected', { count: outcome.issues.length })}
            </p>
            <DataTable
              caption={t('report')}
              rows={outcome.issues}
              rowKey={(issue) => `${issue.line}|${issue.column ?? ''}|${issue.problem}`}
              empty=""
              columns={[
                { key: 'line', header: t('line'), rowHeader: true, cell: (issue) => issue.line },
                { key: 'column', header: t('column'), cell: (issue) => issue.column ?? t('wholeLine') },
                { key: 'problem', header: t('problem'), cell: (issue) => issue.problem },
              ]}
            />
          </>
        )}
      </div>
    </>
  );
}
