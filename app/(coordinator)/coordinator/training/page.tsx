import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { DataTable } from '~/app/_components/data-table';
import { Pagination } from '~/app/_components/pagination';
import { pageParam } from '~/app/_lib/page-param';
import { requireRole } from '~/app/_lib/require-role';
import { getLanguage } from '~/i18n/server';
import { MAX_CSV_CHARACTERS } from '~/server/services/vacancy-import';
import { serverApi } from '~/trpc/server';
import { RemoveOffer } from './remove-offer';
import { TrainingImportForm } from './training-import-form';
import { TrainingOfferForm } from './training-offer-form';

export const metadata: Metadata = { title: 'Scholingsaanbod / Training offers' };

const params = z.object({ page: pageParam });

/** The region's training offers: the list with who pays, adding one, removing one, and a CSV import. */
export default async function TrainingOffers({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole('coordinator');
  const { page } = params.parse(await searchParams);
  const api = await serverApi();
  const [t, format, locale, offers] = await Promise.all([
    getTranslations('coordinatorTools.training'),
    getFormatter(),
    getLanguage(),
    api.coordination.trainingOffers({ page }),
  ]);
  const title = (o: (typeof offers.rows)[number]) => (locale === 'en' ? o.titleEn : o.titleNl);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <section aria-labelledby="training-list">
        <h2 id="training-list">{t('list')}</h2>
        <DataTable
          caption={t('list')}
          rows={offers.rows}
          rowKey={(o) => o.id}
          empty={t('empty')}
          columns={[
            {
              key: 'title',
              header: t('columns.title'),
              rowHeader: true,
              cell: (o) => (
                <>
                  {title(o)}
                  <span className="cell-detail">
                    {o.provider} · {o.city} · {t(`modes.${o.mode}`)}
                  </span>
                </>
              ),
            },
            {
              key: 'skills',
              header: t('columns.skills'),
              cell: (o) => o.skills.map((s) => (locale === 'en' ? s.labelEn : s.labelNl)).join(', '),
            },
            { key: 'duration', header: t('columns.duration'), cell: (o) => t('weeks', { weeks: o.durationWeeks }) },
            {
              key: 'cost',
              header: t('columns.cost'),
              cell: (o) =>
                o.costEuros === 0
                  ? t('free')
                  : format.number(o.costEuros, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
            },
            { key: 'paidBy', header: t('columns.paidBy'), cell: (o) => t(`payers.${o.paidBy}`) },
            {
              key: 'actions',
              header: t('columns.actions'),
              cell: (o) => <RemoveOffer trainingOfferId={o.id} title={title(o)} />,
            },
          ]}
        />
        <Pagination
          label={t('list')}
          page={offers.page}
          pageSize={offers.pageSize}
          total={offers.total}
          path="/coordinator/training"
          params={{}}
          fragment="training-list"
        />
      </section>
      <TrainingOfferForm />
      <TrainingImportForm maxCharacters={MAX_CSV_CHARACTERS} />
    </>
  );
}
