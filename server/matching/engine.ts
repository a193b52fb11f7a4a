/**
 * The matching engine: worker → ranked vacancies and vacancy → ranked candidates, one scoring
 * core for both. Also stores each side's top matches and notifies workers and employers of new
 * strong ones (server/notifications/strong-matches.ts).
 */
import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { arrayParam } from '~/server/lib/sql';
import { matches, workerProfiles } from '~/db/schema';
import { notifyStrongMatches, STRONG_MATCH } from '~/server/notifications/strong-matches';
import { explainMatch, type MatchExplanation } from './explain';
import { loadVacancies, loadWorkers, type LoadedContext } from './load';
import { loadExplainLookups } from './lookups';
import { openVacancyIds } from './pool';
import { COVERED_THRESHOLD, type MatchResult, type MatchVacancy, type MatchWorker } from './score';
import { vacancyIndexOf } from './vacancy-index';
import { workerIndexOf, type RankedWorker } from './worker-index';

/** How many matches each side keeps stored. */
export const STORED_MATCHES = 50;
export { STRONG_MATCH };

export interface ExplainedMatch extends MatchResult {
  explanation: MatchExplanation;
}

async function explainAll(
  db: Database,
  regionId: string,
  pairs: { result: MatchResult; worker: MatchWorker; vacancy: MatchVacancy }[],
) {
  const skillIds = pairs.flatMap(({ result }) =>
    [...result.required, ...result.optional].flatMap((c) => [c.skillId, c.viaSkillId ?? c.skillId]),
  );
  const lookups = await loadExplainLookups(db, regionId, skillIds);
  return pairs.map(({ result, worker, vacancy }) => ({
    ...result,
    explanation: explainMatch(result, worker, vacancy, lookups),
  }));
}

/** The best vacancies for a worker from the in-memory pool: hard filters, then score. */
function topVacancies(worker: MatchWorker, context: LoadedContext, limit: number) {
  return vacancyIndexOf(context.vacancyPool, context.trainableSkills).top(worker, context, limit);
}

/** A worker's best vacancies at other employers, explained. */
export async function rankVacanciesForWorker(
  db: Database,
  context: LoadedContext,
  workerId: string,
  limit = 20,
): Promise<ExplainedMatch[]> {
  const [worker] = await loadWorkers(db, [workerId]);
  if (!worker) return [];
  return explainAll(
    db,
    worker.regionId,
    topVacancies(worker, context, limit).map((p) => ({ ...p, worker })),
  );
}

/**
 * A vacancy's best candidates (consenting workers only), scored but not explained: a page that
 * filters hundreds and shows twenty explains only those twenty (`explainCandidates`).
 */
export async function scoreCandidatesForVacancy(
  db: Database,
  context: LoadedContext,
  vacancyId: string,
  limit = 20,
): Promise<ScoredCandidates | null> {
  const [vacancy] = await loadVacancies(db, [vacancyId]);
  if (!vacancy) return null;
  return { vacancy, ranked: workerIndexOf(context.workerPool, context).top(vacancy, context, limit) };
}
export interface ScoredCandidates {
  vacancy: MatchVacancy;
  ranked: RankedWorker[];
}

/** The explanations of some of a vacancy's scored candidates, in their order. */
export function explainCandidates(db: Database, vacancy: MatchVacancy, ranked: readonly RankedWorker[]) {
  return explainAll(
    db,
    vacancy.regionId,
    ranked.map((p) => ({ ...p, vacancy })),
  );
}

/** A vacancy's best candidates (consenting workers only), explained. Callers anonymise them. */
export async function rankCandidatesForVacancy(
  db: Database,
  context: LoadedContext,
  vacancyId: string,
  limit = 20,
): Promise<ExplainedMatch[]> {
  const scored = await scoreCandidatesForVacancy(db, context, vacancyId, limit);
  return scored ? explainCandidates(db, scored.vacancy, scored.ranked) : [];
}

/**
 * What a stored match keeps of its explanation: ids and facts, no labels or course details
 * (those are resolved when it is shown, in the reader's language). A region's rematch stores a
 * million of these, so they must stay small.
 */
export function compactExplanation(m: MatchResult) {
  const covered = (c: MatchResult['required'][number]) => c.viaSkillId !== null && c.credit >= COVERED_THRESHOLD;
  return {
    matching: [...m.required, ...m.optional].filter(covered).map((c) => c.skillId),
    missingRequired: m.required.filter((c) => !covered(c)).map((c) => c.skillId),
    trainable: m.required.filter((c) => c.trainable && !covered(c)).map((c) => c.skillId),
    ...(m.skillsUnknown ? { skillsUnknown: true } : {}),
    distanceKm: m.distanceKm,
    ...m.conditions,
  };
}

/**
 * Makes the stored matches of the given workers (or vacancies) exactly `found`, in one
 * statement with the rows as one JSON parameter (at a million rows per regional rematch, far
 * cheaper than six parameters per row). A pair whose score and explanation did not change is
 * not written at all, so a rematch after a small change costs little; `computed_at` is when
 * the pair's result last changed. Pairs no longer found are deleted.
 */
async function replaceMatches(db: Database, side: 'worker' | 'vacancy', ids: string[], found: MatchResult[]) {
  const rows = found.map((m) => ({
    worker_id: m.workerId,
    vacancy_id: m.vacancyId,
    score: m.score,
    components: m.components,
    explanation: compactExplanation(m),
  }));
  const owner = sql.raw(side === 'worker' ? 'worker_id' : 'vacancy_id');
  await db.execute(sql`
    with incoming as (
      select * from json_to_recordset(${JSON.stringify(rows)}::json)
        as r(worker_id uuid, vacancy_id uuid, score real, components jsonb, explanation jsonb)
    ),
    written as (
      insert into ${matches} (worker_id, vacancy_id, score, components, explanation, computed_at)
      select worker_id, vacancy_id, score, components, explanation, now() from incoming
      on conflict (worker_id, vacancy_id) do update
        set score = excluded.score, components = excluded.components, explanation = excluded.explanation, computed_at = excluded.computed_at
        where (${matches}.score, ${matches}.components, ${matches}.explanation) is distinct from (excluded.score, excluded.components, excluded.explanation)
    )
    delete from ${matches} m
    where m.${owner} = any(${arrayParam(ids, 'uuid')})
      and not exists (select 1 from incoming i where i.worker_id = m.worker_id and i.vacancy_id = m.vacancy_id)`);
}

/** The found pairs that are strong now and were not among the previously stored strong ones. */
function newlyStrongOf(found: MatchResult[], previouslyStrong: { workerId: string; vacancyId: string }[]) {
  const wasStrong = new Set(previouslyStrong.map((p) => `${p.workerId}:${p.vacancyId}`));
  return found.filter((m) => m.score >= STRONG_MATCH && !wasStrong.has(`${m.workerId}:${m.vacancyId}`));
}

/** Replaces the stored matches of one worker or vacancy in one transaction, and notifies the newly strong ones. */
async function storeMatches(db: Database, side: 'worker' | 'vacancy', id: string, found: MatchResult[]) {
  return db.transaction(async (tx) => {
    const column = side === 'worker' ? matches.workerId : matches.vacancyId;
    const previous = await tx
      .select({ workerId: matches.workerId, vacancyId: matches.vacancyId })
      .from(matches)
      .where(and(eq(column, id), gte(matches.score, STRONG_MATCH)));
    await replaceMatches(tx, side, [id], found);
    const notified = await notifyStrongMatches(tx, newlyStrongOf(found, previous));
    return { stored: found.length, newStrong: notified.workers };
  });
}

/** Replaces the stored matches of many workers at once: one transaction per batch, not per worker. */
async function storeWorkerBatch(db: Database, workerIds: string[], found: Map<string, MatchResult[]>, notify: boolean) {
  return db.transaction(async (tx) => {
    const previous = await tx
      .select({ workerId: matches.workerId, vacancyId: matches.vacancyId })
      .from(matches)
      .where(and(inArray(matches.workerId, workerIds), gte(matches.score, STRONG_MATCH)));
    const rows = workerIds.flatMap((id) => found.get(id) ?? []);
    await replaceMatches(tx, 'worker', workerIds, rows);
    const notified = notify ? await notifyStrongMatches(tx, newlyStrongOf(rows, previous)) : { workers: 0 };
    return { stored: rows.length, newStrong: notified.workers };
  });
}

/** Recomputes and stores a worker's top matches (after their profile or skills changed). */
export async function rematchWorker(db: Database, context: LoadedContext, workerId: string) {
  return storeMatches(db, 'worker', workerId, await rankVacanciesForWorker(db, context, workerId, STORED_MATCHES));
}

/**
 * Recomputes and stores a vacancy's top candidates (after the vacancy changed). A vacancy that
 * is not open keeps none: closing it deleted its matches, and a rematch that comes after (the
 * outbox sync of that very change) must not bring them back.
 */
export async function rematchVacancy(db: Database, context: LoadedContext, vacancyId: string) {
  const open = (await openVacancyIds(db, [vacancyId])).length > 0;
  const found = open ? await rankCandidatesForVacancy(db, context, vacancyId, STORED_MATCHES) : [];
  return storeMatches(db, 'vacancy', vacancyId, found);
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Rematches every active worker of a region in one sweep, in batches: workers are loaded and
 * their matches stored per batch, candidates come from the in-memory vacancy pool. Reports progress.
 * `notify: false` stores without notifying: a fresh demo's first matches are not news to anyone.
 */
export async function rematchRegion(
  db: Database,
  context: LoadedContext,
  regionId: string,
  onProgress?: (done: number, total: number) => void,
  { notify = true }: { notify?: boolean } = {},
) {
  const workerIds = (
    await db
      .select({ id: workerProfiles.id })
      .from(workerProfiles)
      .where(and(eq(workerProfiles.regionId, regionId), inArray(workerProfiles.status, ['at_risk', 'in_transition'])))
      .orderBy(workerProfiles.id)
  ).map((w) => w.id);
  let stored = 0;
  let newStrong = 0;
  const BATCH = 250;
  // Scoring (here) and storing (in PostgreSQL) overlap: while one batch is written, the next is
  // scored. At most one write is in flight, so memory stays bounded.
  let writing: Promise<void> | null = null;
  for (let i = 0; i < workerIds.length; i += BATCH) {
    const workers = await loadWorkers(db, workerIds.slice(i, i + BATCH));
    const byWorker = new Map<string, MatchResult[]>();
    for (const worker of workers) {
      byWorker.set(
        worker.id,
        topVacancies(worker, context, STORED_MATCHES).map((p) => p.result),
      );
      // Lets the pending write's next round trip go out: its transaction is several statements,
      // and a loop that never yields would hold each back until the whole batch is scored
      // (measured at 100k vacancies: 213 s → 166 s for a full rematch).
      await yieldToEventLoop();
    }
    await writing;
    const done = Math.min(i + BATCH, workerIds.length);
    writing = storeWorkerBatch(
      db,
      workers.map((w) => w.id),
      byWorker,
      notify,
    ).then((result) => {
      stored += result.stored;
      newStrong += result.newStrong;
      onProgress?.(done, workerIds.length);
    });
    // Awaited on the next round; until then a failure must not count as unhandled.
    writing.catch(() => undefined);
  }
  await writing;
  return { workers: workerIds.length, stored, newStrong };
}
