import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { MAX_VACANCY_ROWS } from '~/server/services/vacancy-csv';
import { MAX_CSV_CHARACTERS } from '~/server/services/vacancy-import';
import { requireApprovedEmployer } from '~/app/_lib/require-role';
import { ImportForm } from './import-form';

export const metadata: Metadata = { title: 'Vacatures importeren / Import vacancies' };

/** Uploading a CSV file of vacancies: all or nothing, with a report by line and column when anything is wrong. */
export default async function ImportVacanciesPage() {
  await requireApprovedEmployer();
  const t = await getTranslations('vacancyImport');
  return (
    <>
      <p>
        <Link href="/employer/vacancies">← {t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <nav aria-label={t('help')}>
        <ul className="plain-list">
          <li>
            <Link href="/employer/vacancies/import/columns">{t('columnsLink')}</Link>
          </li>
          <li>
            <a href="/employer/vacancies/import/vacancies.csv" download>
              {t('sampleLink')}
            </a>
          </li>
        </ul>
      </nav>
      <ImportForm maxCharacters={MAX_CSV_CHARACTERS} maxRows={MAX_VACANCY_ROWS} />
    </>
  );
}
