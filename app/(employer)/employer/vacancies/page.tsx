import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import { serverApi } from '~/trpc/server';
import { requireApprovedEmployer } from '~/app/_lib/require-role';
import { VacancyTable } from '~/app/(employer)/employer/vacancy-table';

export const metadata: Metadata = { title: 'Vacatures / Vacancies' };

const params = z.object({ created: z.uuid().optional().catch(undefined) });

/** The employer's own vacancies, newest first; after posting one it is confirmed and marked. */
export default async function EmployerVacancies({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireApprovedEmployer();
  const { created } = params.parse(await searchParams);
  const api = await serverApi();
  const [t, organisation, vacancies] = await Promise.all([
    getTranslations(),
    api.organisation.mine(),
    api.vacancy.listMine({}),
  ]);
  const just = created ? vacancies.find((v) => v.id === created) : undefined;
  return (
    <>
      <p>
        <Link href="/employer">← {t('employerVacancies.back')}</Link>
      </p>
      <h1>{t('employerVacancies.title', { organisation: organisation.name })}</h1>
      {just && (
        <p className="notice notice-success" role="status">
          {t('employerVacancies.created', { title: just.title })}
        </p>
      )}
      <p>
        <Link href="/employer/vacancies/new" className="button-link">
          {t('employer.newVacancy')}
        </Link>
      </p>
      <VacancyTable vacancies={vacancies} highlightId={just?.id} />
    </>
  );
}
