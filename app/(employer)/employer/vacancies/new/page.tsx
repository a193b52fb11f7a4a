import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { serverApi } from '~/trpc/server';
import { requireApprovedEmployer } from '~/app/_lib/require-role';
import { VacancyForm } from '../_form/vacancy-form';

export const metadata: Metadata = { title: 'Nieuwe vacature / New vacancy' };

export default async function NewVacancyPage() {
  await requireApprovedEmployer();
  const api = await serverApi();
  const [t, locations] = await Promise.all([getTranslations('vacancyForm'), api.vacancy.locations()]);
  return (
    <>
      <p>
        <Link href="/employer/vacancies">← {t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <VacancyForm locations={locations} />
    </>
  );
}
