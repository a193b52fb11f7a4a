import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { MAX_VACANCY_ROWS, vacancyCsvColumnGuide } from '~/server/services/vacancy-csv';
import { DataTable } from '~/app/_components/data-table';
import { requireApprovedEmployer } from '~/app/_lib/require-role';

export const metadata: Metadata = { title: 'Kolommen / Columns' };

/**
 * The columns a vacancy file can have. The names a column may go by and whether it is required
 * come from the import's own definition (vacancy-csv.ts), so this page cannot drift from what
 * the import accepts; what the values look like is described in the reader's language.
 */
export default async function ImportColumnsPage() {
  await requireApprovedEmployer();
  const [t, yesNo] = await Promise.all([getTranslations('vacancyImport.columns'), getTranslations('enums')]);
  const columns = vacancyCsvColumnGuide();
  return (
    <>
      <p>
        <Link href="/employer/vacancies/import">← {t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro', { rows: MAX_VACANCY_ROWS })}</p>
      <DataTable
        caption={t('table')}
        rows={columns}
        rowKey={(c) => c.field}
        empty=""
        columns={[
          { key: 'field', header: t('field'), rowHeader: true, cell: (c) => t(`fields.${c.field}.name`) },
          {
            key: 'headers',
            header: t('headers'),
            cell: (c) => (
              <ul className="plain-list">
                {c.headers.map((h) => (
                  <li key={h}>
                    <code>{h}</code>
                  </li>
                ))}
              </ul>
            ),
          },
          { key: 'required', header: t('required'), cell: (c) => (c.required ? yesNo('yes') : yesNo('no')) },
          { key: 'values', header: t('values'), cell: (c) => t(`fields.${c.field}.values`) },
        ]}
      />
    </>
  );
}
