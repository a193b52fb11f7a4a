import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '~/db/client';
import { vacancies, vacancySkills } from '~/db/schema';
import type { EmployerActor } from '~/server/auth/actor';
import { notFound } from '~/server/lib/errors';
import { inPriorityWindow } from '~/server/lib/priority-window';
import { vacancyDocumentOf } from '~/server/search/documents';
import type { SearchHit, VacancyDocument } from '~/server/search/types';
import { matchCardVacancies, type MatchCardVacancy } from './matching';
import type { vacancyIdInput } from './vacancies';

export interface VacancyPreview {
  status: (typeof vacancies.$inferSelect)['status'];
  /** Until then only the region's at-risk workers see it; null when it has no priority window (yet). */
  priorityUntil: Date | null;
  /** Open and in its priority window now. */
  inPriorityWindow: boolean;
  /** Its last day (ISO date), if it has one. */
  closesAt: string | null;
  /** The vacancy as a hit of a worker's vacancy search (search.vacancies) shows it. */
  searchHit: SearchHit<VacancyDocument>;
  /** The vacancy as an item of a worker's matches (matching.forMe) shows it. */
  match: { vacancy: MatchCardVacancy };
  /** It lists no required skills: matching cannot tell who fits (server/matching/score.ts). */
  noRequiredSkills: boolean;
}

/**
 * One of the employer's own vacancies, in any state, exactly as workers will see it: built by
 * the same code as the search index's documents and the workers' match list, so a preview
 * cannot drift from what is really shown.
 */
export async function previewVacancy(
  db: Database,
  actor: EmployerActor,
  input: z.infer<typeof vacancyIdInput>,
): Promise<VacancyPreview> {
  const [own] = await db
    .select({ status: vacancies.status, priorityUntil: vacancies.priorityUntil, closesAt: vacancies.closesAt })
    .from(vacancies)
    .where(and(eq(vacancies.id, input.vacancyId), eq(vacancies.organisationId, actor.organisationId)));
  if (!own) throw notFound('Vacancy');
  const [document, [card], [required]] = await Promise.all([
    vacancyDocumentOf(db, input.vacancyId),
    matchCardVacancies(db, [input.vacancyId], { openOnly: false }),
    db
      .select({ skillId: vacancySkills.skillId })
      .from(vacancySkills)
      .where(and(eq(vacancySkills.vacancyId, input.vacancyId), eq(vacancySkills.importance, 'required')))
      .limit(1),
  ]);
  if (!document || !card) throw notFound('Vacancy');
  return {
    ...own,
    inPriorityWindow: inPriorityWindow(own),
    searchHit: { document, distanceKm: null },
    match: { vacancy: card },
    noRequiredSkills: !required,
  };
}
