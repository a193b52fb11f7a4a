import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { conceptLabel } from '~/i18n/config';
import { getLanguage } from '~/i18n/server';
import { serverApi } from '~/trpc/server';
import { orNotFound } from '~/app/_lib/or-not-found';
import { requireApprovedEmployer } from '~/app/_lib/require-role';
import { draftOf } from '../../announcement-draft';
import { AnnouncementForm } from '../../announcement-form';

export const metadata: Metadata = { title: 'Aankondiging bewerken / Edit announcement' };

export default async function EditAnnouncementPage({ params }: { params: Promise<{ redundancyId: string }> }) {
  await requireApprovedEmployer();
  const { redundancyId } = await params;
  const api = await serverApi();
  const [locale, t, announcement, defaults] = await Promise.all([
    getLanguage(),
    getTranslations('announcementForm'),
    orNotFound(api.redundancy.get({ redundancyId })),
    api.redundancy.formDefaults(),
  ]);
  // A cancelled announcement takes no more changes: its own page says so.
  if (announcement.status === 'cancelled') redirect(`/employer/announcements/${redundancyId}`);
  // The roles name their occupations by id; the combobox starts with each one's name.
  const occupations = await Promise.all(
    [...new Set(announcement.roles.flatMap((r) => (r.occupationId ? [r.occupationId] : [])))].map((occupationId) =>
      api.taxonomy.occupationSkills({ occupationId }).then(
        ({ occupation }) => occupation,
        () => null, // an occupation no longer in the taxonomy: the row asks for a new one
      ),
    ),
  );
  const labels = Object.fromEntries(
    occupations.flatMap((o) =>
      o ? [[o.id, { label: conceptLabel(locale, o.labelNl, o.labelEn), labelNl: o.labelNl }]] : [],
    ),
  );
  return (
    <>
      <p>
        <Link href={`/employer/announcements/${redundancyId}`}>← {t('backToAnnouncement')}</Link>
      </p>
      <h1>{t('editTitle', { title: announcement.title })}</h1>
      <AnnouncementForm
        initial={draftOf(announcement, labels)}
        defaults={defaults}
        redundancyId={redundancyId}
        regionMonths={defaults.guidanceWindowMonths}
      />
    </>
  );
}
