import type { inferRouterOutputs } from '@trpc/server';
import { useTranslations } from 'next-intl';
import type { AppRouter } from '~/server/api/root';
import { inPriorityWindow } from '~/server/lib/priority-window';
import type { VacancyOutcome } from './after-saving';

type SavedVacancy = inferRouterOutputs<AppRouter>['vacancy']['get'];

/** What the form just did with a vacancy; once published, also who sees it first, and until when. */
export function SavedNotice({ vacancy, done }: { vacancy: SavedVacancy; done: VacancyOutcome }) {
  const t = useTranslations('employerVacancies');
  return (
    <p className="notice notice-success" role="status">
      {t(done, { title: vacancy.title })}
      {inPriorityWindow(vacancy) && vacancy.priorityUntil && (
        <> {t('priorityNotice', { date: vacancy.priorityUntil })}</>
      )}
    </p>
  );
}
