import type { inferRouterOutputs } from '@trpc/server';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { calendarDate } from '~/i18n/config';
import type { AppRouter } from '~/server/api/root';
import { DataTable } from '~/app/_components/data-table';
import { CandidateSummary } from './candidate-summary';

type Row = inferRouterOutputs<AppRouter>['market']['candidates']['rows'][number];

/** One page of a vacancy's candidates: who (pseudonym, or name once revealed), the fit and why, and the practical facts. */
export function CandidateTable({ vacancyId, rows }: { vacancyId: string; rows: Row[] }) {
  const t = useTranslations('market.candidates');
  const bands = useTranslations('candidateDistance');
  return (
    <DataTable
      caption={t('table')}
      rows={rows}
      rowKey={(r) => r.candidateId}
      empty={t('none')}
      columns={[
        {
          key: 'candidate',
          header: t('candidate'),
          rowHeader: true,
          cell: (r) => <CandidateSummary candidate={r} interested={r.interested} identity={r.identity} />,
        },
        {
          key: 'fit',
          header: t('fit'),
          cell: (r) =>
            r.match ? (
              <>
                <meter min={0} max={1} value={r.match.score} aria-label={t('fit')} /> {Math.round(r.match.score * 100)}%
                <span className="cell-note">
                  {t('matching')}: {r.match.matchingSkills.join(', ') || t('nothing')}
                </span>
                <span className="cell-note">
                  {t('missing')}: {r.match.missingSkills.map((s) => s.label).join(', ') || t('nothing')}
                </span>
              </>
            ) : (
              t('noScore')
            ),
        },
        {
          key: 'details',
          header: t('details'),
          cell: (r) => (
            <>
              {bands(r.distanceBand)}
              <span className="cell-note">{t('hours', { min: r.hoursMin, max: r.hoursMax })}</span>
              <span className="cell-note">
                {r.availableFrom ? t('availableFrom', { date: calendarDate(r.availableFrom) }) : t('availableNow')}
              </span>
              <span className="cell-note">{t('guidanceDaysLeft', { days: r.guidanceDaysLeft })}</span>
            </>
          ),
        },
        {
          key: 'open',
          header: t('open'),
          cell: (r) => (
            <Link
              href={`/employer/vacancies/${vacancyId}/candidates/${r.candidateId}`}
              aria-label={t('openCandidate', { code: r.candidateId })}
            >
              {t('open')}
            </Link>
          ),
        },
      ]}
    />
  );
}
