import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { DataTable } from '~/app/_components/data-table';
import { requireRole } from '~/app/_lib/require-role';
import { calendarDate } from '~/i18n/config';
import { serverApi } from '~/trpc/server';

export const metadata: Metadata = { title: 'Overstappaden / Transition paths' };

/** The region's redundancy announcements, each leading to its cohort's transition paths. */
export default async function CoordinatorCohorts() {
  await requireRole('coordinator');
  const [t, format, cohorts] = await Promise.all([
    getTranslations('transitionPaths.coordinator'),
    getFormatter(),
    (await serverApi()).transitionPaths.cohorts(),
  ]);
  return (
    <>
      <p>
        <Link href="/coordinator">← {t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <DataTable
        caption={t('title')}
        rows={cohorts}
        rowKey={(c) => c.id}
        empty={<p>{t('none')}</p>}
        columns={[
          {
            key: 'title',
            header: t('columns.title'),
            rowHeader: true,
            cell: (c) => <Link href={`/coordinator/cohorts/${c.id}`}>{c.title}</Link>,
          },
          { key: 'employer', header: t('columns.employer'), cell: (c) => c.organisationName },
          {
            key: 'date',
            header: t('columns.date'),
            cell: (c) => format.dateTime(calendarDate(c.expectedDate), { dateStyle: 'medium' }),
          },
          { key: 'affected', header: t('columns.affected'), cell: (c) => format.number(c.affectedCount) },
        ]}
      />
    </>
  );
}
