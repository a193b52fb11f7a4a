/**
 * Redundancy announcements, as the employer who makes them keeps them: create, edit, cancel.
 * An announcement is only ever looked up within the actor's own firm; another firm's answers
 * exactly like a missing one. Cancelling keeps the row (and its history); its open invitation
 * links die with it.
 */
import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { invitations, occupations, redundancies, regions, workerProfiles, type RedundancyRole } from '~/db/schema';
import { redundancyReasonValues } from '~/db/schema/enums';
import type { EmployerActor } from '~/server/auth/actor';
import { guidanceDeadline } from '~/server/lib/guidance';
import { conflict, invalid, notFound } from '~/server/lib/errors';
import { isoDate, singleLineText, todayIso } from '~/server/lib/input';
import { recordAudit } from './audit';
import { enqueueSearchSync } from './outbox';

/**
 * How long a guidance window may be. The column behind the product describes a collective
 * agreement that extended it from 7 to 24 months; shorter than 3 months is no guidance, and
 * longer than 3 years is beyond any agreement we know of (and most likely a typing error).
 */
export const GUIDANCE_WINDOW_MONTHS = { min: 3, max: 36 } as const;

const roleInput = z.object({
  /** The firm's own name for the role; the occupation's Dutch label when left out. */
  title: singleLineText({ min: 2, max: 120 }).optional(),
  occupationId: z.uuid(),
  count: z.int('count is a whole number').min(1, 'at least one person').max(10_000, 'at most 10,000 people'),
});

const announcementFields = {
  title: singleLineText({ min: 3, max: 160, minMessage: 'title needs at least 3 characters' }),
  roles: z
    .array(roleInput)
    .min(1, 'name at least one role that will disappear')
    .max(50, 'at most 50 roles')
    .refine(
      (list) => new Set(list.map((r) => `${r.occupationId}|${r.title ?? ''}`)).size === list.length,
      'each role can be listed only once',
    ),
  /** The day it was announced (today when left out): the affected workers' guidance window starts here. */
  announcedOn: isoDate()
    .refine((d) => d <= todayIso(), 'an announcement date cannot be in the future')
    .optional(),
  expectedDate: isoDate(),
  reason: z.enum(redundancyReasonValues),
  guidanceWindowMonths: z
    .int('guidanceWindowMonths is a whole number of months')
    .min(GUIDANCE_WINDOW_MONTHS.min, `at least ${GUIDANCE_WINDOW_MONTHS.min} months`)
    .max(GUIDANCE_WINDOW_MONTHS.max, `at most ${GUIDANCE_WINDOW_MONTHS.max} months`),
};

const expectedAfterAnnounced = (v: { announcedOn?: string; expectedDate: string }) =>
  v.announcedOn === undefined || v.expectedDate >= v.announcedOn;
const expectedAfterAnnouncedIssue = { path: ['expectedDate'], message: 'cannot be before the announcement date' };

export const announcementInput = z
  .object(announcementFields)
  .refine(expectedAfterAnnounced, expectedAfterAnnouncedIssue);
export type AnnouncementInput = z.infer<typeof announcementInput>;

/** An edit sends the whole form again; an announcement date left out stays as it is. */
export const announcementUpdateInput = z
  .object({ redundancyId: z.uuid(), ...announcementFields })
  .refine(expectedAfterAnnounced, expectedAfterAnnouncedIssue);

export const announcementRefInput = z.object({ redundancyId: z.uuid() });

type Announcement = typeof redundancies.$inferSelect;

/**
 * An announcement as the employer's pages get it. `warnCyclical`: job-to-job mobility helps
 * with structural change; for a cyclical dip the page warns that other instruments (such as
 * short-time work) may fit better.
 */
export function presentAnnouncement(row: Announcement) {
  return {
    id: row.id,
    title: row.title,
    roles: row.roles,
    announcedOn: row.announcedOn,
    expectedDate: row.expectedDate,
    reason: row.reason,
    warnCyclical: row.reason === 'cyclical',
    affectedCount: row.affectedCount,
    guidanceWindowMonths: row.guidanceWindowMonths,
    status: row.status,
    cancelledAt: row.cancelledAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The actor's own announcement; another firm's answers exactly like a missing one. */
export async function requireOwnAnnouncement(db: Database, actor: EmployerActor, redundancyId: string, lock = false) {
  const query = db
    .select()
    .from(redundancies)
    .where(and(eq(redundancies.id, redundancyId), eq(redundancies.organisationId, actor.organisationId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('Announcement');
  return row;
}

/** Cancelled announcements keep their history but take no more changes or invitations. */
export function requireNotCancelled(row: Announcement, doing: string) {
  if (row.status === 'cancelled') {
    throw conflict(`This announcement was cancelled; ${doing} is no longer possible.`);
  }
}

/** The employer's own redundancy announcements, with how many affected workers joined. */
export async function listOrganisationRedundancies(db: Database, actor: EmployerActor) {
  const rows = await db
    .select({ announcement: redundancies, registeredWorkers: count(workerProfiles.id) })
    .from(redundancies)
    .leftJoin(workerProfiles, eq(workerProfiles.redundancyId, redundancies.id))
    .where(eq(redundancies.organisationId, actor.organisationId))
    .groupBy(redundancies.id)
    .orderBy(desc(redundancies.expectedDate), desc(redundancies.createdAt));
  return rows.map((r) => ({ ...presentAnnouncement(r.announcement), registeredWorkers: r.registeredWorkers }));
}

/** What the new-announcement form starts with: today, the region's guidance window, and its bounds. */
export async function getAnnouncementDefaults(db: Database, actor: EmployerActor) {
  const [region] = await db
    .select({ guidanceWindowMonths: regions.guidanceWindowMonths })
    .from(regions)
    .where(eq(regions.id, actor.regionId));
  if (!region) throw notFound('Region');
  return {
    announcedOn: todayIso(),
    guidanceWindowMonths: region.guidanceWindowMonths,
    guidanceWindowBounds: GUIDANCE_WINDOW_MONTHS,
    reasons: redundancyReasonValues,
    /** Reasons for which the page warns that job-to-job mobility may not be the instrument. */
    warnFor: ['cyclical'] as const,
  };
}

/**
 * The roles with their occupations checked against the taxonomy (current ones only) and a
 * title for each: the firm's own, or the occupation's Dutch label.
 */
async function resolveRoles(db: Database, roles: AnnouncementInput['roles']): Promise<RedundancyRole[]> {
  const ids = [...new Set(roles.map((r) => r.occupationId))];
  const found = await db
    .select({ id: occupations.id, labelNl: occupations.preferredLabelNl, labelEn: occupations.preferredLabelEn })
    .from(occupations)
    .where(and(inArray(occupations.id, ids), isNull(occupations.retiredAt)));
  const byId = new Map(found.map((o) => [o.id, o]));
  const missing = roles.findIndex((r) => !byId.has(r.occupationId));
  if (missing >= 0) throw invalid(`Role ${missing + 1}: this occupation is not in the taxonomy.`, 'roles');
  return roles.map((r) => {
    const occupation = byId.get(r.occupationId)!;
    return {
      title: r.title ?? occupation.labelNl ?? occupation.labelEn ?? '',
      occupationId: r.occupationId,
      count: r.count,
    };
  });
}

export async function getAnnouncement(db: Database, actor: EmployerActor, input: z.infer<typeof announcementRefInput>) {
  return presentAnnouncement(await requireOwnAnnouncement(db, actor, input.redundancyId));
}

export async function createAnnouncement(db: Database, actor: EmployerActor, input: AnnouncementInput) {
  return db.transaction(async (tx) => {
    const roles = await resolveRoles(tx, input.roles);
    const [row] = await tx
      .insert(redundancies)
      .values({
        organisationId: actor.organisationId,
        regionId: actor.regionId,
        title: input.title,
        roles,
        announcedOn: input.announcedOn ?? todayIso(),
        expectedDate: input.expectedDate,
        reason: input.reason,
        affectedCount: roles.reduce((n, r) => n + r.count, 0),
        guidanceWindowMonths: input.guidanceWindowMonths,
      })
      .returning();
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'redundancy.create',
      subjectType: 'redundancy',
      subjectId: row!.id,
      organisationId: actor.organisationId,
      regionId: actor.regionId,
    });
    return presentAnnouncement(row!);
  });
}

/**
 * Edits an announcement. When its date or guidance window changes, the workers who already
 * joined get the new window too: it is the announcement's, not theirs.
 */
export async function updateAnnouncement(
  db: Database,
  actor: EmployerActor,
  input: z.infer<typeof announcementUpdateInput>,
) {
  return db.transaction(async (tx) => {
    const before = await requireOwnAnnouncement(tx, actor, input.redundancyId, true);
    requireNotCancelled(before, 'editing it');
    const announcedOn = input.announcedOn ?? before.announcedOn;
    if (input.expectedDate < announcedOn) {
      throw invalid('cannot be before the announcement date', 'expectedDate');
    }
    const roles = await resolveRoles(tx, input.roles);
    const [row] = await tx
      .update(redundancies)
      .set({
        title: input.title,
        roles,
        announcedOn,
        expectedDate: input.expectedDate,
        reason: input.reason,
        affectedCount: roles.reduce((n, r) => n + r.count, 0),
        guidanceWindowMonths: input.guidanceWindowMonths,
      })
      .where(eq(redundancies.id, before.id))
      .returning();
    const windowChanged =
      announcedOn !== before.announcedOn || input.guidanceWindowMonths !== before.guidanceWindowMonths;
    const rescheduled = windowChanged ? await rescheduleCohort(tx, row!) : [];
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'redundancy.update',
      subjectType: 'redundancy',
      subjectId: before.id,
      organisationId: actor.organisationId,
      regionId: actor.regionId,
      metadata: {
        changed: editableFields.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(row![k])),
        rescheduledWorkers: rescheduled.length,
      },
    });
    return presentAnnouncement(row!);
  });
}

const editableFields = [
  'title',
  'roles',
  'announcedOn',
  'expectedDate',
  'reason',
  'guidanceWindowMonths',
] as const satisfies readonly (keyof Announcement)[];

/** Gives the announcement's active workers its (new) window; returns their profile ids. */
async function rescheduleCohort(db: Database, announcement: Announcement): Promise<string[]> {
  const updated = await db
    .update(workerProfiles)
    .set({
      riskStartDate: announcement.announcedOn,
      guidanceDeadline: guidanceDeadline(announcement.announcedOn, announcement.guidanceWindowMonths),
    })
    .where(
      and(
        eq(workerProfiles.redundancyId, announcement.id),
        inArray(workerProfiles.status, ['at_risk', 'in_transition']),
      ),
    )
    .returning({ id: workerProfiles.id, visible: workerProfiles.visibleToEmployers });
  for (const w of updated) await enqueueSearchSync(db, 'worker_profile', w.id, w.visible ? 'upsert' : 'delete');
  return updated.map((w) => w.id);
}

/**
 * Cancels an announcement: it stays, marked cancelled, and every invitation link of it that
 * was not used yet stops working. Workers who joined keep their accounts. Cancelling twice
 * changes nothing.
 */
export async function cancelAnnouncement(
  db: Database,
  actor: EmployerActor,
  input: z.infer<typeof announcementRefInput>,
) {
  return db.transaction(async (tx) => {
    const before = await requireOwnAnnouncement(tx, actor, input.redundancyId, true);
    if (before.status === 'cancelled') return presentAnnouncement(before);
    const now = new Date();
    const [row] = await tx
      .update(redundancies)
      .set({ status: 'cancelled', cancelledAt: now })
      .where(eq(redundancies.id, before.id))
      .returning();
    const revoked = await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(
        and(eq(invitations.redundancyId, before.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)),
      )
      .returning({ id: invitations.id });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'redundancy.cancel',
      subjectType: 'redundancy',
      subjectId: before.id,
      organisationId: actor.organisationId,
      regionId: actor.regionId,
      metadata: { previousStatus: before.status, revokedInvitations: revoked.length },
    });
    return presentAnnouncement(row!);
  });
}
