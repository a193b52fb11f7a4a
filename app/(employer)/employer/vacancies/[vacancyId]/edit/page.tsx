import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import { getLanguage } from '~/i18n/server';
import { serverApi } from '~/trpc/server';
import { orNotFound } from '~/app/_lib/or-not-found';
import { requireApprovedEmployer } from '~/app/_lib/require-role';
import { draftOf, locationsFor } from '../../_form/draft';
import { VacancyForm } from '../../_form/vacancy-form';

export const metadata: Metadata = { title: 'Vacature bewerken / Edit vacancy' };

const params = z.object({ copied: z.literal('1').optional().catch(undefined) });

/** The new-vacancy form, filled in with a draft or open vacancy to change (a fresh copy lands here too). */
export default async function EditVacancyPage({
  params: route,
  searchParams,
}: {
  params: Promise<{ vacancyId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireApprovedEmployer();
  const [{ vacancyId }, { copied }] = await Promise.all([route, searchParams.then((p) => params.parse(p))]);
  const api = await serverApi();
  const [locale, t, vacancy, offered] = await Promise.all([
    getLanguage(),
    getTranslations(),
    orNotFound(api.vacancy.get({ vacancyId })),
    api.vacancy.locations(),
  ]);
  const back = (
    <p>
      <Link href="/employer/vacancies">← {t('vacancyForm.back')}</Link>
    </p>
  );
  if (vacancy.status === 'closed' || vacancy.status === 'filled') {
    return (
      <>
        {back}
        <h1>{t('vacancyForm.editTitle')}</h1>
        <p className="notice" role="status">
          <strong>{vacancy.title}</strong>: {t('vacancyForm.notEditable', { status: vacancy.status })}
        </p>
      </>
    );
  }
  const { locations, locationKey } = locationsFor(vacancy, offered);
  return (
    <>
      {back}
      <h1>{t('vacancyForm.editTitle')}</h1>
      {copied ? (
        <p className="notice" role="status">
          {t('vacancyForm.copied')}
        </p>
      ) : vacancy.status === 'draft' ? (
        <p className="notice">{t('vacancyForm.draftNote')}</p>
      ) : null}
      <p>{t('vacancyForm.editIntro')}</p>
      <VacancyForm
        locations={locations}
        initial={draftOf(vacancy, locale, locationKey)}
        mode={{ kind: 'edit', vacancyId: vacancy.id, status: vacancy.status }}
      />
    </>
  );
}
