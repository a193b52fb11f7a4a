/**
 * A worker's own reactions to vacancies: saved for later, or hidden ("not for me", with an
 * optional coded reason the coordinator counts). Saved and hidden exclude each other: the
 * last choice counts. Every call can be repeated; undoing what is not there does nothing.
 */
import { and, asc, count, desc, eq, gte, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { organisations, vacancies, vacancyReactions, workerProfiles } from '~/db/schema';
import { hideReasonValues } from '~/db/schema/enums';
import type { CoordinatorActor, WorkerActor } from '~/server/auth/actor';
import { notFound } from '~/server/lib/errors';
import { offsetOf, PAGE_SIZE, pageNumber } from '~/server/lib/pagination';
import { neighbourRegionIds } from '~/server/lib/region-neighbours';

export const vacancyReactionInput = z.object({ vacancyId: z.uuid() });
export const hideVacancyInput = vacancyReactionInput.extend({ reason: z.enum(hideReasonValues).nullish() });
export const reactionListInput = z.object({ page: pageNumber });
export const hideReasonCountsInput = z.object({ sinceDays: z.int().min(1).max(3660).optional() });

/** The signed-in worker's profile, with what decides which vacancies are theirs to react to. */
export async function marketWorker(db: Database, actor: WorkerActor) {
  const [profile] = await db
    .select({
      id: workerProfiles.id,
      status: workerProfiles.status,
      regionId: workerProfiles.regionId,
      currentOrganisationId: workerProfiles.currentOrganisationId,
      openToOtherRegions: workerProfiles.openToOtherRegions,
    })
    .from(workerProfiles)
    .where(eq(workerProfiles.userId, actor.userId));
  if (!profile) throw notFound('Worker profile');
  return profile;
}
export type MarketWorker = Awaited<ReturnType<typeof marketWorker>>;

/**
 * An open vacancy the worker may find: of the worker's region, or of a neighbouring one when
 * the worker is open to other regions. Anything else answers like a missing vacancy.
 */
export async function marketVacancy(db: Database, worker: MarketWorker, vacancyId: string) {
  const regions = worker.openToOtherRegions
    ? [worker.regionId, ...(await neighbourRegionIds(db, worker.regionId))]
    : [worker.regionId];
  const [vacancy] = await db
    .select({ id: vacancies.id, title: vacancies.title, organisationId: vacancies.organisationId })
    .from(vacancies)
    .where(and(eq(vacancies.id, vacancyId), eq(vacancies.status, 'open'), inArray(vacancies.regionId, regions)));
  if (!vacancy) throw notFound('Vacancy');
  return vacancy;
}

/** Ids of the vacancies the worker hid: left out of their matches and search results. */
export async function hiddenVacancyIds(db: Database, workerId: string): Promise<string[]> {
  const rows = await db
    .select({ vacancyId: vacancyReactions.vacancyId })
    .from(vacancyReactions)
    .where(and(eq(vacancyReactions.workerId, workerId), eq(vacancyReactions.kind, 'hidden')));
  return rows.map((r) => r.vacancyId);
}

/** The worker's reactions to the given vacancies (vacancy id → saved / hidden), for marking cards. */
export async function reactionsTo(db: Database, workerId: string, vacancyIds: readonly string[]) {
  if (vacancyIds.length === 0) return new Map<string, 'saved' | 'hidden'>();
  const rows = await db
    .select({ vacancyId: vacancyReactions.vacancyId, kind: vacancyReactions.kind })
    .from(vacancyReactions)
    .where(and(eq(vacancyReactions.workerId, workerId), inArray(vacancyReactions.vacancyId, [...vacancyIds])));
  return new Map(rows.map((r) => [r.vacancyId, r.kind]));
}

const reactionOf = (workerId: string, vacancyId: string, kind: 'saved' | 'hidden') =>
  and(
    eq(vacancyReactions.workerId, workerId),
    eq(vacancyReactions.vacancyId, vacancyId),
    eq(vacancyReactions.kind, kind),
  );

export async function saveVacancy(db: Database, actor: WorkerActor, input: z.infer<typeof vacancyReactionInput>) {
  const worker = await marketWorker(db, actor);
  const vacancy = await marketVacancy(db, worker, input.vacancyId);
  await db.transaction(async (tx) => {
    await tx.delete(vacancyReactions).where(reactionOf(worker.id, vacancy.id, 'hidden'));
    await tx
      .insert(vacancyReactions)
      .values({ workerId: worker.id, vacancyId: vacancy.id, kind: 'saved' })
      .onConflictDoNothing();
  });
  return { vacancyId: vacancy.id, reaction: 'saved' as const };
}

export async function hideVacancy(db: Database, actor: WorkerActor, input: z.infer<typeof hideVacancyInput>) {
  const worker = await marketWorker(db, actor);
  const vacancy = await marketVacancy(db, worker, input.vacancyId);
  const hideReason = input.reason ?? null;
  await db.transaction(async (tx) => {
    await tx.delete(vacancyReactions).where(reactionOf(worker.id, vacancy.id, 'saved'));
    // Hiding again with another reason keeps the latest reason.
    await tx
      .insert(vacancyReactions)
      .values({ workerId: worker.id, vacancyId: vacancy.id, kind: 'hidden', hideReason })
      .onConflictDoUpdate({
        target: [vacancyReactions.workerId, vacancyReactions.vacancyId, vacancyReactions.kind],
        set: { hideReason },
      });
  });
  return { vacancyId: vacancy.id, reaction: 'hidden' as const, reason: hideReason };
}

/** Undoes a save or a hide. Works on a vacancy that has closed since; one that was never saved or hidden changes nothing. */
async function undo(db: Database, actor: WorkerActor, vacancyId: string, kind: 'saved' | 'hidden') {
  const worker = await marketWorker(db, actor);
  const removed = await db
    .delete(vacancyReactions)
    .where(reactionOf(worker.id, vacancyId, kind))
    .returning({ vacancyId: vacancyReactions.vacancyId });
  return { vacancyId, removed: removed.length > 0 };
}

export const unsaveVacancy = (db: Database, actor: WorkerActor, input: z.infer<typeof vacancyReactionInput>) =>
  undo(db, actor, input.vacancyId, 'saved');
export const unhideVacancy = (db: Database, actor: WorkerActor, input: z.infer<typeof vacancyReactionInput>) =>
  undo(db, actor, input.vacancyId, 'hidden');

/** The worker's saved or hidden vacancies, newest reaction first, a page at a time (closed ones too, marked). */
async function listReactions(db: Database, actor: WorkerActor, page: number, kind: 'saved' | 'hidden') {
  const worker = await marketWorker(db, actor);
  const mine = and(eq(vacancyReactions.workerId, worker.id), eq(vacancyReactions.kind, kind));
  const [rows, [total]] = await Promise.all([
    db
      .select({
        vacancyId: vacancies.id,
        title: vacancies.title,
        organisationName: organisations.name,
        city: vacancies.city,
        contractType: vacancies.contractType,
        hoursMin: vacancies.hoursMin,
        hoursMax: vacancies.hoursMax,
        status: vacancies.status,
        reason: vacancyReactions.hideReason,
        reactedAt: vacancyReactions.createdAt,
      })
      .from(vacancyReactions)
      .innerJoin(vacancies, eq(vacancies.id, vacancyReactions.vacancyId))
      .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
      .where(mine)
      .orderBy(desc(vacancyReactions.createdAt), asc(vacancies.id))
      .limit(PAGE_SIZE)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(vacancyReactions).where(mine),
  ]);
  return { rows, total: total?.n ?? 0, page, pageSize: PAGE_SIZE };
}

export const listSavedVacancies = (db: Database, actor: WorkerActor, input: z.infer<typeof reactionListInput>) =>
  listReactions(db, actor, input.page, 'saved');
export const listHiddenVacancies = (db: Database, actor: WorkerActor, input: z.infer<typeof reactionListInput>) =>
  listReactions(db, actor, input.page, 'hidden');

/**
 * How often the region's workers hid a vacancy, per reason (a hide without a reason counts as
 * 'none'): what the coordinator sees of "not for me". Counts only, never who or which vacancy.
 */
export async function hideReasonCounts(
  db: Database,
  actor: CoordinatorActor,
  input: z.infer<typeof hideReasonCountsInput>,
) {
  const since = input.sinceDays ? new Date(Date.now() - input.sinceDays * 86_400_000) : null;
  const rows = await db
    .select({ reason: vacancyReactions.hideReason, n: count() })
    .from(vacancyReactions)
    .innerJoin(workerProfiles, eq(workerProfiles.id, vacancyReactions.workerId))
    .where(
      and(
        eq(vacancyReactions.kind, 'hidden'),
        eq(workerProfiles.regionId, actor.regionId),
        since ? gte(vacancyReactions.createdAt, since) : undefined,
      ),
    )
    .groupBy(vacancyReactions.hideReason);
  const counts = Object.fromEntries([...hideReasonValues, 'none'].map((r) => [r, 0])) as Record<
    (typeof hideReasonValues)[number] | 'none',
    number
  >;
  for (const row of rows) counts[row.reason ?? 'none'] = row.n;
  return { counts, total: rows.reduce((sum, r) => sum + r.n, 0) };
}
