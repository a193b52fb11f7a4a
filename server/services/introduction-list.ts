/**
 * Introductions as each side sees them. The worker: their own, with the vacancy and the firm.
 * The employer: its organisation's, each candidate by the employer's own pseudonym, and by
 * name and e-mail only while identitiesRevealedTo() allows it. Both a page at a time.
 */
import { and, asc, count, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { introductionStatusValues } from '~/db/schema/enums';
import {
  introductions,
  introductionStatusHistory,
  organisations,
  placements,
  regions,
  vacancies,
  workerProfiles,
} from '~/db/schema';
import type { EmployerActor, WorkerActor } from '~/server/auth/actor';
import { addMonths } from '~/server/lib/dates';
import { notFound } from '~/server/lib/errors';
import { todayIso } from '~/server/lib/input';
import { offsetOf, PAGE_SIZE, pageNumber } from '~/server/lib/pagination';
import { candidatePseudonymsFor } from './candidate-pseudonyms';
import { identitiesRevealedTo, type RevealedIdentity } from './introduction-identity';
import { stepsFrom, type IntroductionSide, type IntroductionStatus } from './introduction-steps';
import { requireOwnProfile } from './worker-profile';

export const introductionListFilter = z
  .object({
    status: z.enum(introductionStatusValues).optional(),
    vacancyId: z.uuid().optional(),
    page: pageNumber,
  })
  .default({ page: 1 });
export type IntroductionListFilter = z.infer<typeof introductionListFilter>;

const columns = {
  id: introductions.id,
  workerId: introductions.workerId,
  vacancyId: introductions.vacancyId,
  vacancyTitle: vacancies.title,
  organisationName: organisations.name,
  initiatedBy: introductions.initiatedBy,
  status: introductions.status,
  message: introductions.message,
  createdAt: introductions.createdAt,
  updatedAt: introductions.updatedAt,
};

async function page(db: Database, owner: ReturnType<typeof eq>, filter: IntroductionListFilter) {
  const where = and(
    owner,
    filter.status ? eq(introductions.status, filter.status) : undefined,
    filter.vacancyId ? eq(introductions.vacancyId, filter.vacancyId) : undefined,
  );
  const [rows, byStatus] = await Promise.all([
    db
      .select(columns)
      .from(introductions)
      .innerJoin(vacancies, eq(vacancies.id, introductions.vacancyId))
      .innerJoin(organisations, eq(organisations.id, introductions.organisationId))
      .where(where)
      .orderBy(desc(introductions.updatedAt), introductions.id)
      .limit(PAGE_SIZE)
      .offset(offsetOf(filter.page)),
    db
      .select({ status: introductions.status, n: count() })
      .from(introductions)
      .where(and(owner, filter.vacancyId ? eq(introductions.vacancyId, filter.vacancyId) : undefined))
      .groupBy(introductions.status),
  ]);
  const counts = Object.fromEntries(introductionStatusValues.map((s) => [s, 0])) as Record<IntroductionStatus, number>;
  for (const { status, n } of byStatus) counts[status] = n;
  const total = filter.status ? counts[filter.status] : Object.values(counts).reduce((a, b) => a + b, 0);
  return { rows, counts, total, page: filter.page, pageSize: PAGE_SIZE };
}

/** The candidate of an introduction as the employer sees it; the worker's own lists carry none. */
export interface EmployerCandidate {
  candidateId: string;
  identity: RevealedIdentity | null;
}

/** Each candidate as the employer may see them now: pseudonym always, name and e-mail only when revealed. */
async function candidatesOf(db: Database, actor: EmployerActor, workerIds: string[]) {
  const [codes, revealed] = await Promise.all([
    candidatePseudonymsFor(db, actor, { workerIds }),
    identitiesRevealedTo(db, actor.organisationId, workerIds),
  ]);
  return (workerId: string): EmployerCandidate => ({
    candidateId: codes.get(workerId)!,
    identity: revealed.get(workerId) ?? null,
  });
}

/** The worker's own introductions, newest change first. */
export async function listWorkerIntroductions(db: Database, actor: WorkerActor, filter: IntroductionListFilter) {
  const profile = await requireOwnProfile(db, actor);
  const result = await page(db, eq(introductions.workerId, profile.id), filter);
  return {
    ...result,
    rows: result.rows.map(({ workerId: _w, ...row }) => ({ ...row, candidate: null as EmployerCandidate | null })),
  };
}

/** The organisation's introductions, newest change first; the worker id never leaves the server. */
export async function listEmployerIntroductions(db: Database, actor: EmployerActor, filter: IntroductionListFilter) {
  const result = await page(db, eq(introductions.organisationId, actor.organisationId), filter);
  const candidate = await candidatesOf(
    db,
    actor,
    result.rows.map((r) => r.workerId),
  );
  return {
    ...result,
    rows: result.rows.map(({ workerId, ...row }) => ({
      ...row,
      candidate: candidate(workerId) as EmployerCandidate | null,
    })),
  };
}

/** Which steps the caller's side may take now (for the buttons; the services check again). */
function stepsFor(row: { status: IntroductionStatus; initiatedBy: IntroductionSide }, side: IntroductionSide) {
  return Object.entries(stepsFrom(row))
    .filter(([, sides]) => sides?.includes(side))
    .map(([to]) => to as IntroductionStatus);
}

/** One introduction with its history and placements, for either side; anyone else's answers like a missing one. */
export async function getIntroduction(
  db: Database,
  actor: WorkerActor | EmployerActor,
  input: { introductionId: string },
) {
  const [row] = await db
    .select({
      ...columns,
      organisationId: introductions.organisationId,
      workerUserId: workerProfiles.userId,
      safetyWindowMonths: regions.safetyWindowMonths,
    })
    .from(introductions)
    .innerJoin(vacancies, eq(vacancies.id, introductions.vacancyId))
    .innerJoin(organisations, eq(organisations.id, introductions.organisationId))
    .innerJoin(workerProfiles, eq(workerProfiles.id, introductions.workerId))
    .innerJoin(regions, eq(regions.id, workerProfiles.regionId))
    .where(eq(introductions.id, input.introductionId));
  const mine =
    actor.role === 'worker' ? row?.workerUserId === actor.userId : row?.organisationId === actor.organisationId;
  if (!row || !mine) throw notFound('Introduction');
  const [history, placementRows] = await Promise.all([
    db
      .select()
      .from(introductionStatusHistory)
      .where(eq(introductionStatusHistory.introductionId, row.id))
      .orderBy(asc(introductionStatusHistory.changedAt), asc(introductionStatusHistory.id)),
    db.select().from(placements).where(eq(placements.introductionId, row.id)).orderBy(asc(placements.startDate)),
  ]);
  const { workerId, workerUserId, safetyWindowMonths, organisationId: _o, ...introduction } = row;
  const today = todayIso();
  return {
    ...introduction,
    candidate: actor.role === 'employer' ? (await candidatesOf(db, actor, [workerId]))(workerId) : null,
    nextSteps: stepsFor(row, actor.role),
    history: history.map((h) => ({
      id: h.id,
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      // Which side took it, not who: the worker does not learn the names of the firm's HR users.
      by: (h.changedByUserId === null
        ? null
        : h.changedByUserId === workerUserId
          ? 'worker'
          : 'employer') as IntroductionSide | null,
      note: h.note,
      stepDate: h.stepDate,
      changedAt: h.changedAt,
    })),
    placements: placementRows.map((p) => {
      const reopenUntil = p.kind === 'hire' ? addMonths(p.startDate, safetyWindowMonths) : null;
      return {
        id: p.id,
        kind: p.kind,
        startDate: p.startDate,
        endDate: p.endDate,
        reopenedAt: p.reopenedAt,
        reopenUntil,
        canReopen: actor.role === 'worker' && !p.reopenedAt && reopenUntil !== null && today <= reopenUntil,
      };
    }),
  };
}

/** The caller's introductions: the worker's own, or the employer's organisation's. */
export async function listIntroductions(
  db: Database,
  actor: WorkerActor | EmployerActor,
  filter: IntroductionListFilter,
) {
  return actor.role === 'worker'
    ? listWorkerIntroductions(db, actor, filter)
    : listEmployerIntroductions(db, actor, filter);
}
