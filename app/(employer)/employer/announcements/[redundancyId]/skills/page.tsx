import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { conceptLabel } from '~/i18n/config';
import { getLanguage } from '~/i18n/server';
import { serverApi } from '~/trpc/server';
import { orNotFound } from '~/app/_lib/or-not-found';
import { requireApprovedEmployer } from '~/app/_lib/require-role';
import { ConfirmSkillsForm, type SkillsSubject } from './confirm-skills-form';

export const metadata: Metadata = { title: 'Vaardigheden bevestigen / Confirm skills' };

const params = z.object({
  invitation: z.uuid().optional().catch(undefined),
  worker: z.uuid().optional().catch(undefined),
});

/** The skills the employer confirms for one person of an announcement, pre-filled from their occupation. */
export default async function ConfirmSkillsPage({
  params: route,
  searchParams,
}: {
  params: Promise<{ redundancyId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireApprovedEmployer();
  const [{ redundancyId }, { invitation, worker }] = await Promise.all([
    route,
    searchParams.then((p) => params.parse(p)),
  ]);
  const api = await serverApi();
  const [locale, t, announcement, cohort] = await Promise.all([
    getLanguage(),
    getTranslations('confirmSkills'),
    orNotFound(api.redundancy.get({ redundancyId })),
    orNotFound(api.redundancy.cohort({ redundancyId })),
  ]);
  const person = cohort.find((row) =>
    invitation ? row.invitationId === invitation : worker ? row.workerId === worker : false,
  );
  if (!person || announcement.status === 'cancelled') notFound();
  const subject: SkillsSubject = person.invitationId
    ? { kind: 'invitation', invitationId: person.invitationId }
    : { kind: 'worker', workerId: person.workerId! };
  const back = `/employer/announcements/${redundancyId}`;
  return (
    <>
      <p>
        <Link href={`${back}#cohort-title`}>← {t('back', { title: announcement.title })}</Link>
      </p>
      <h1>{t('title', { name: person.name })}</h1>
      <p>{subject.kind === 'invitation' ? t('introInvitation') : t('introWorker')}</p>
      <ConfirmSkillsForm
        subject={subject}
        name={person.name}
        occupation={
          person.occupationId
            ? {
                id: person.occupationId,
                label: conceptLabel(locale, person.occupationLabelNl, person.occupationLabelEn),
              }
            : null
        }
        initial={person.confirmedSkills}
      />
    </>
  );
}
