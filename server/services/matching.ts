import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import type { WorkerActor } from '~/server/auth/actor';
import { workerProfiles } from '~/db/schema';
import { notFound } from '~/server/lib/errors';
import { explanationLines } from '~/i18n/explanation';
import { rankVacanciesForWorker } from '~/server/matching/engine';
import { getMatchContext } from '~/server/matching/runtime';
import { interestedVacancyIds } from './vacancy-interest';
import { hiddenVacancyIds, reactionsTo } from './vacancy-reactions';

export const matchListInput = z.object({
  limit: z.int().min(1).max(50).default(20),
  locale: z.enum(['nl', 'en']).default('nl'),
});

/**
 * The vacancy as a worker's match list shows it, for the given ids that are still open: the
 * matching pool learns of a closed vacancy only at the next outbox sync (in another app
 * instance, at its next reload), the database at once.
 */
export async function matchCardVacancies(db: Database, ids: string[], { openOnly }: { openOnly: boolean }) {
  if (ids.length === 0) return [];
  return db.query.vacancies.findMany({
    where: (v, { and: all, eq: is, inArray }) => all(inArray(v.id, ids), openOnly ? is(v.status, 'open') : undefined),
    columns: {
      id: true,
      title: true,
      city: true,
      contractType: true,
      hoursMin: true,
      hoursMax: true,
      remote: true,
      startDate: true,
    },
    with: { organisation: { columns: { name: true } } },
  });
}
export type MatchCardVacancy = Awaited<ReturnType<typeof matchCardVacancies>>[number];

/**
 * The worker's best vacancies at other employers, each with a plain explanation, leaving out
 * the ones the worker hid ("not for me"), and each marked saved or interested.
 */
export async function matchesForWorker(db: Database, actor: WorkerActor, input: z.infer<typeof matchListInput>) {
  const [profile] = await db
    .select({ id: workerProfiles.id })
    .from(workerProfiles)
    .where(eq(workerProfiles.userId, actor.userId));
  if (!profile) throw notFound('Worker profile');
  const hidden = new Set(await hiddenVacancyIds(db, profile.id));
  // Ranks as many more as were hidden, so that hiding one does not shorten the list.
  const ranked = (await rankVacanciesForWorker(db, await getMatchContext(db), profile.id, input.limit + hidden.size))
    .filter((m) => !hidden.has(m.vacancyId))
    .slice(0, input.limit);
  const ids = ranked.map((m) => m.vacancyId);
  const [details, reactions, interested] = await Promise.all([
    matchCardVacancies(db, ids, { openOnly: true }),
    reactionsTo(db, profile.id, ids),
    interestedVacancyIds(db, profile.id, ids),
  ]);
  const byId = new Map(details.map((d) => [d.id, d]));
  return ranked.flatMap((m) => {
    const vacancy = byId.get(m.vacancyId);
    if (!vacancy) return []; // closed since the pool was last refreshed
    return [
      {
        vacancy,
        score: m.score,
        components: m.components,
        explanation: m.explanation,
        lines: explanationLines(m.explanation, input.locale),
        saved: reactions.get(m.vacancyId) === 'saved',
        interested: interested.has(m.vacancyId),
      },
    ];
  });
}
