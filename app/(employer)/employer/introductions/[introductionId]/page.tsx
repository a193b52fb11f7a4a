import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { calendarDate } from '~/i18n/config';
import { serverApi } from '~/trpc/server';
import { IntroductionHistory } from '~/app/_components/introduction-history';
import { requireApprovedEmployer } from '~/app/_lib/require-role';
import { EmployerIntroductionActions } from './employer-actions';

export const metadata: Metadata = { title: 'Voorstel / Introduction' };

/** One introduction of the firm: the candidate (named only once revealed), its history, placements and the next steps. */
export default async function EmployerIntroduction({ params }: { params: Promise<{ introductionId: string }> }) {
  await requireApprovedEmployer();
  const { introductionId } = await params;
  if (!z.uuid().safeParse(introductionId).success) notFound();
  const api = await serverApi();
  const [t, format, introduction] = await Promise.all([
    getTranslations('introductions'),
    getFormatter(),
    api.introduction.get({ introductionId }).catch(() => null),
  ]);
  if (!introduction?.candidate) notFound();
  const { candidateId, identity } = introduction.candidate;
  const date = (iso: string) => format.dateTime(calendarDate(iso), 'medium');
  return (
    <>
      <p>
        <Link href="/employer/introductions">← {t('backToList')}</Link>
      </p>
      <h1>
        {identity?.name ?? t('candidate', { code: candidateId })} · {introduction.vacancyTitle}
      </h1>
      <p>
        <strong>{t('columns.status')}:</strong> {t(`status.${introduction.status}`)} ·{' '}
        {t(`initiatedBy.${introduction.initiatedBy}`)}
      </p>
      <section aria-labelledby="candidate-identity">
        <h2 id="candidate-identity">{t('identity.title')}</h2>
        <dl className="introduction-identity">
          <dt>{t('columns.candidate')}</dt>
          <dd>{t('candidate', { code: candidateId })}</dd>
          {identity ? (
            <>
              <dt>{t('identity.name')}</dt>
              <dd>{identity.name}</dd>
              <dt>{t('identity.email')}</dt>
              <dd>
                <a href={`mailto:${identity.email}`}>{identity.email}</a>
              </dd>
            </>
          ) : (
            <>
              <dt>{t('identity.name')}</dt>
              <dd>{t('hidden')}</dd>
            </>
          )}
        </dl>
      </section>
      {introduction.placements.length > 0 && (
        <section aria-labelledby="introduction-placements">
          <h2 id="introduction-placements">{t('placement.title')}</h2>
          <ul>
            {introduction.placements.map((p) => (
              <li key={p.id}>
                {t(`placement.kinds.${p.kind}`)} {t('placement.from', { date: date(p.startDate) })}
                {p.endDate && <> {t('placement.until', { date: date(p.endDate) })}</>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <EmployerIntroductionActions
        introductionId={introduction.id}
        initiatedBy={introduction.initiatedBy}
        nextSteps={introduction.nextSteps}
      />
      <IntroductionHistory steps={introduction.history} />
    </>
  );
}
