import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { calendarDate } from '~/i18n/config';
import { serverApi } from '~/trpc/server';
import { IntroductionHistory } from '~/app/_components/introduction-history';
import { requireRole } from '~/app/_lib/require-role';
import { ReopenTransition, WorkerIntroductionActions } from './worker-actions';

export const metadata: Metadata = { title: 'Voorstel / Introduction' };

/** One of the worker's introductions: the employer's message, the answer or withdrawal, the history and any placement with its safety net. */
export default async function WorkerIntroduction({ params }: { params: Promise<{ introductionId: string }> }) {
  await requireRole('worker');
  const { introductionId } = await params;
  if (!z.uuid().safeParse(introductionId).success) notFound();
  const api = await serverApi();
  const [t, format, introduction] = await Promise.all([
    getTranslations('introductions'),
    getFormatter(),
    api.introduction.get({ introductionId }).catch(() => null),
  ]);
  if (!introduction) notFound();
  const date = (iso: string) => format.dateTime(calendarDate(iso), 'medium');
  return (
    <>
      <p>
        <Link href="/worker/introductions">← {t('backToList')}</Link>
      </p>
      <h1>
        {introduction.vacancyTitle} · {introduction.organisationName}
      </h1>
      <p>
        <strong>{t('columns.status')}:</strong> {t(`status.${introduction.status}`)}
      </p>
      {introduction.message && introduction.initiatedBy === 'employer' && (
        <section aria-labelledby="introduction-message">
          <h2 id="introduction-message">{t('message')}</h2>
          <p className="introduction-note">{introduction.message}</p>
        </section>
      )}
      <WorkerIntroductionActions
        introductionId={introduction.id}
        organisation={introduction.organisationName}
        nextSteps={introduction.nextSteps}
      />
      {introduction.placements.length > 0 && (
        <section aria-labelledby="introduction-placements">
          <h2 id="introduction-placements">{t('placement.title')}</h2>
          <ul>
            {introduction.placements.map((p) => (
              <li key={p.id}>
                {t(`placement.kinds.${p.kind}`)} {t('placement.from', { date: date(p.startDate) })}
                {p.endDate && <> {t('placement.until', { date: date(p.endDate) })}</>}
                {p.reopenedAt && (
                  <span className="cell-note">
                    {t('placement.reopened', { date: format.dateTime(p.reopenedAt, { dateStyle: 'medium' }) })}
                  </span>
                )}
                {p.canReopen && p.reopenUntil && (
                  <ReopenTransition placementId={p.id} until={date(p.reopenUntil)} startDate={p.startDate} />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <IntroductionHistory steps={introduction.history} />
    </>
  );
}
