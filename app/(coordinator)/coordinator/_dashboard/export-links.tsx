import { getTranslations } from 'next-intl/server';
import { hrefWith } from '~/app/_lib/href';
import type { DashboardTableId } from '~/server/exports/dashboard-tables';

/** The CSV downloads of one dashboard table: comma-separated, and with semicolons for Excel in Dutch. */
export async function ExportLinks({
  table,
  title,
  params = {},
}: {
  table: DashboardTableId;
  /** The table's title, so each link says what it downloads. */
  title: string;
  params?: Record<string, string | undefined>;
}) {
  const t = await getTranslations('dashboard.export');
  const href = (separator: 'comma' | 'semicolon') => hrefWith(`/coordinator/export/${table}`, { ...params, separator });
  return (
    <p className="export-links">
      <a href={href('comma')} download aria-label={`${t('label', { table: title })}: ${t('csv')}`}>
        {t('csv')}
      </a>{' '}
      <a
        href={href('semicolon')}
        download
        aria-label={`${t('label', { table: title })}: ${t('csvExcel')}`}
        data-testid={`export-${table}`}
      >
        {t('csvExcel')}
      </a>
    </p>
  );
}
