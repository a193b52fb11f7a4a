'use client';

import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useTRPC } from '~/trpc/react';

/** Hands the browser the export as a file; the export is a mutation, since it is written to the audit log. */
function download(data: unknown, fileName: string) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export function ExportButton() {
  const t = useTranslations('myData.export');
  const trpc = useTRPC();
  const exportData = useMutation(trpc.myData.export.mutationOptions());
  return (
    <>
      <button
        type="button"
        disabled={exportData.isPending}
        onClick={() =>
          exportData.mutate(undefined, {
            onSuccess: (data) =>
              download(data, `overstap-${t('fileName')}-${data.exportedAt.toISOString().slice(0, 10)}.json`),
          })
        }
      >
        {exportData.isPending ? t('busy') : t('button')}
      </button>
      <p className="status-line" role="status">
        {exportData.isSuccess ? t('done') : ''}
      </p>
      {exportData.error && (
        <p role="alert" className="error">
          {t('failed')}
        </p>
      )}
    </>
  );
}
