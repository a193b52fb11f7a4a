import type { Metadata } from 'next';
import Link from 'next/link';
import { getMessages } from '~/i18n/server';
import { serverApi } from '~/trpc/server';
import { requireRole } from '~/app/_lib/require-role';
import { VacancyForm } from './vacancy-form';

export const metadata: Metadata = { title: 'Nieuwe vacature / New vacancy' };

export default async function NewVacancyPage() {
  await requireRole('employer');
  const api = await serverApi();
  const [{ t }, organisation, locations] = await Promise.all([
    getMessages(),
    api.organisation.mine(),
    api.vacancy.locations(),
  ]);
  return (
    <>
      <p>
        <Link href="/employer/vacancies">← {t.vacancyForm.back}</Link>
      </p>
      <h1>{t.vacancyForm.title}</h1>
      {organisation.approvalStatus === 'approved' ? (
        <>
          <p>{t.vacancyForm.intro}</p>
          <VacancyForm locations={locations} />
        </>
      ) : (
        <p className="notice" role="status">
          {t.employer.pendingApproval}
        </p>
      )}
    </>
  );
}
