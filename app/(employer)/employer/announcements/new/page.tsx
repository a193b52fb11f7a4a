import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { serverApi } from '~/trpc/server';
import { requireApprovedEmployer } from '~/app/_lib/require-role';
import { newDraft } from '../announcement-draft';
import { AnnouncementForm } from '../announcement-form';

export const metadata: Metadata = { title: 'Nieuwe aankondiging / New announcement' };

export default async function NewAnnouncementPage() {
  await requireApprovedEmployer();
  const api = await serverApi();
  const [t, defaults] = await Promise.all([getTranslations('announcementForm'), api.redundancy.formDefaults()]);
  return (
    <>
      <p>
        <Link href="/employer/announcements">← {t('back')}</Link>
      </p>
      <h1>{t('newTitle')}</h1>
      <p>{t('intro')}</p>
      <AnnouncementForm initial={newDraft(defaults)} defaults={defaults} regionMonths={defaults.guidanceWindowMonths} />
    </>
  );
}
