import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requireApprovedEmployer } from '~/app/_lib/require-role';
import { IntroduceCandidate } from '~/app/(employer)/employer/_components/introduce-candidate';
import { CandidateProfile } from './candidate-profile';

export const metadata: Metadata = { title: 'Kandidaat / Candidate' };

/**
 * One anonymised candidate in full, for one of the employer's vacancies (market.candidate):
 * opening it is recorded in the audit log, which the worker can read (fetched by the browser,
 * see candidate-profile.tsx).
 */
export default async function CandidateDetail({
  params,
}: {
  params: Promise<{ vacancyId: string; candidateId: string }>;
}) {
  await requireApprovedEmployer();
  const { vacancyId, candidateId } = await params;
  const t = await getTranslations();
  return (
    <>
      <p>
        <Link href={`/employer/vacancies/${vacancyId}/candidates`}>← {t('market.candidate.back')}</Link>
      </p>
      <CandidateProfile vacancyId={vacancyId} candidateId={candidateId} />
      <section aria-labelledby="introduce-heading">
        <h2 id="introduce-heading">{t('introductions.invite.submit')}</h2>
        <IntroduceCandidate vacancyId={vacancyId} candidateId={candidateId} />
      </section>
    </>
  );
}
