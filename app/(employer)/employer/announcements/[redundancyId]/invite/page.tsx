import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { serverApi } from '~/trpc/server';
import { orNotFound } from '~/app/_lib/or-not-found';
import { requireApprovedEmployer } from '~/app/_lib/require-role';
import { CsvUpload } from './csv-upload';
import { InviteWorkerForm } from './invite-worker-form';

export const metadata: Metadata = { title: 'Medewerkers uitnodigen / Invite employees' };

/** Inviting the people of an announcement: one by one, or all at once from a CSV file. */
export default async function InviteWorkersPage({ params }: { params: Promise<{ redundancyId: string }> }) {
  await requireApprovedEmployer();
  const { redundancyId } = await params;
  const api = await serverApi();
  const [t, announcement] = await Promise.all([getTranslations(), orNotFound(api.redundancy.get({ redundancyId }))]);
  const back = `/employer/announcements/${redundancyId}`;
  return (
    <>
      <p>
        <Link href={back}>← {t('announcementForm.backToAnnouncement')}</Link>
      </p>
      <h1>{t('inviteWorkers.title', { title: announcement.title })}</h1>
      {announcement.status === 'cancelled' ? (
        <p className="notice">{t('inviteWorkers.cancelled')}</p>
      ) : (
        <>
          <p>{t('inviteWorkers.intro')}</p>
          <section className="card" aria-labelledby="invite-one-title">
            <h2 id="invite-one-title">{t('inviteWorkers.oneTitle')}</h2>
            <InviteWorkerForm redundancyId={redundancyId} />
          </section>
          <section className="card" aria-labelledby="invite-file-title">
            <h2 id="invite-file-title">{t('csvUpload.title')}</h2>
            <p>{t('csvUpload.intro')}</p>
            <ul>
              <li>
                <a href="/employer/invitations/sample.csv" download="uitnodigingen-voorbeeld.csv">
                  {t('csvUpload.sample')}
                </a>
              </li>
              <li>
                <Link href="/employer/invitations/csv">{t('csvUpload.columns')}</Link>
              </li>
            </ul>
            <CsvUpload redundancyId={redundancyId} />
          </section>
          <p>
            <Link href={`${back}#cohort-title`}>{t('inviteWorkers.seeList')}</Link>
          </p>
        </>
      )}
    </>
  );
}
