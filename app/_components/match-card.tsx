import type { inferRouterOutputs } from '@trpc/server';
import { useTranslations } from 'next-intl';
import { calendarDate } from '~/i18n/config';
import type { AppRouter } from '~/server/api/root';

export type MatchCardVacancy = inferRouterOutputs<AppRouter>['matching']['forMe'][number]['vacancy'];

/**
 * One vacancy in a worker's matches: the worker's own list shows it with the fit and its
 * reasons, the employer's preview without them (they depend on the worker). One component for
 * both, so the preview shows what workers really see.
 */
export function MatchCard({
  vacancy,
  score,
  lines,
  headingLevel = 2,
}: {
  vacancy: MatchCardVacancy;
  score?: number;
  lines?: string[];
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading className="match-title">{vacancy.title}</Heading>
      <p className="match-meta">
        {vacancy.organisation.name} · {vacancy.city} · {t(`enums.contract.${vacancy.contractType}`)}
        {vacancy.startDate ? ` · ${t('matches.starts', { date: calendarDate(vacancy.startDate) })}` : ''}
      </p>
      {score !== undefined && (
        <p>
          <meter min={0} max={1} value={score} aria-label={t('matches.fit')} /> {t('matches.score', { score })}
        </p>
      )}
      {lines && lines.length > 0 && (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </>
  );
}
