/**
 * "Who looked at my profile": the audit entries of employers opening the worker's anonymised
 * profile and of the worker's identity being shared with them, per employer. The worker sees
 * the firm, never which of its HR people looked.
 */
import { and, countDistinct, desc, eq, inArray, isNotNull, max, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { auditLog, organisations } from '~/db/schema';
import type { WorkerActor } from '~/server/auth/actor';
import { offsetOf, pageNumber, PAGE_SIZE, type Page } from '~/server/lib/pagination';
import { requireOwnProfile } from './worker-profile';

/** An employer opened the worker's anonymised candidate profile. */
export const CANDIDATE_VIEW = 'candidate.view';
/** The worker's identity was shared with an employer (after accepting an introduction). */
export const CANDIDATE_REVEAL = 'candidate.reveal';

export const profileViewsInput = z.object({ page: pageNumber });

export interface ProfileViewsByEmployer {
  employerName: string;
  views: number;
  lastViewedAt: Date | null;
  reveals: number;
  lastRevealedAt: Date | null;
}

export async function listProfileViews(
  db: Database,
  actor: WorkerActor,
  input: z.infer<typeof profileViewsInput>,
): Promise<Page<ProfileViewsByEmployer>> {
  const profile = await requireOwnProfile(db, actor);
  const about = and(
    eq(auditLog.subjectType, 'worker_profile'),
    eq(auditLog.subjectId, profile.id),
    inArray(auditLog.action, [CANDIDATE_VIEW, CANDIDATE_REVEAL]),
    isNotNull(auditLog.organisationId),
  );
  const isView = sql`${auditLog.action} = ${CANDIDATE_VIEW}`;
  const isReveal = sql`${auditLog.action} = ${CANDIDATE_REVEAL}`;
  const lastSeen = max(auditLog.at);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        employerName: organisations.name,
        views: sql<number>`count(*) filter (where ${isView})`.mapWith(Number),
        lastViewedAt: sql<Date | null>`max(${auditLog.at}) filter (where ${isView})`.mapWith(auditLog.at),
        reveals: sql<number>`count(*) filter (where ${isReveal})`.mapWith(Number),
        lastRevealedAt: sql<Date | null>`max(${auditLog.at}) filter (where ${isReveal})`.mapWith(auditLog.at),
      })
      .from(auditLog)
      .innerJoin(organisations, eq(organisations.id, auditLog.organisationId))
      .where(about)
      .groupBy(organisations.id, organisations.name)
      .orderBy(desc(lastSeen), organisations.name)
      .limit(PAGE_SIZE)
      .offset(offsetOf(input.page)),
    db
      .select({ n: countDistinct(auditLog.organisationId) })
      .from(auditLog)
      .where(about),
  ]);
  return { rows, total: total?.n ?? 0, page: input.page, pageSize: PAGE_SIZE };
}
