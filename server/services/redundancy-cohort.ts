/**
 * The people of an announcement as their employer sees them: how many were invited, joined,
 * consented to be matched, are in transition or placed, and per person where they stand and
 * how many days of guidance are left. The employer knows these people by name (they are its
 * own employees), but never sees what they keep to themselves: preferences, home, self-declared
 * skills, or whether one of them chose to be visible to other employers. `cohortRowFields` is
 * that deliberate list of what a row shows; a test holds the rows to it.
 */
import { and, asc, count, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '~/db/client';
import {
  invitations,
  occupations,
  organisations,
  placements,
  skills,
  users,
  workerProfiles,
  workerSkills,
} from '~/db/schema';
import type { workerStatusValues } from '~/db/schema/enums';
import type { EmployerActor } from '~/server/auth/actor';
import { daysBetween, type IsoDate } from '~/server/lib/dates';
import { guidanceDeadline } from '~/server/lib/guidance';
import { todayIso } from '~/server/lib/input';
import { linkStateOf } from './invitation-links';
import { presentAnnouncement, requireOwnAnnouncement, type announcementRefInput } from './redundancies';

export type CohortStage = 'invited' | 'invitation_expired' | 'invitation_revoked' | (typeof workerStatusValues)[number];

export interface CohortSkill {
  skillId: string;
  level: number;
  labelNl: string | null;
  labelEn: string | null;
}

/** One person of the announcement, as the employer sees them. Nothing else is ever in a row. */
export interface CohortRow {
  /** The invitation, while the person has not joined (and for re-sending or revoking it). */
  invitationId: string | null;
  /** The worker's profile once they joined (for confirming skills). */
  workerId: string | null;
  name: string;
  /** The address the employer invited them at; null for someone who joined otherwise. */
  email: string | null;
  roleTitle: string | null;
  occupationId: string | null;
  occupationLabelNl: string | null;
  occupationLabelEn: string | null;
  stage: CohortStage;
  invitationSentAt: Date | null;
  invitationExpiresAt: Date | null;
  guidanceDeadline: IsoDate;
  /** Days until the guidance deadline; 0 once it has passed. */
  daysLeft: number;
  /** The skills this employer confirmed (on the invitation, or on the profile once joined). */
  confirmedSkills: CohortSkill[];
  /**
   * Where the person went, once hired by another firm: the day and the new employer's sector,
   * never its name (the worker shared who they are with the new employer only). Null while not
   * placed, and again once the safety net reopened the transition.
   */
  placement: CohortPlacement | null;
}

export interface CohortPlacement {
  kind: 'hire';
  startDate: IsoDate;
  sector: string;
}

export const cohortRowFields = [
  'invitationId',
  'workerId',
  'name',
  'email',
  'roleTitle',
  'occupationId',
  'occupationLabelNl',
  'occupationLabelEn',
  'stage',
  'invitationSentAt',
  'invitationExpiresAt',
  'guidanceDeadline',
  'daysLeft',
  'confirmedSkills',
  'placement',
] as const satisfies readonly (keyof CohortRow)[];

type Ref = z.infer<typeof announcementRefInput>;

/** The latest hire away from this firm of each of the given workers, unless the safety net reopened it. */
async function currentHires(db: Database, organisationId: string, workerIds: string[]) {
  if (workerIds.length === 0) return new Map<string, CohortPlacement>();
  const rows = await db
    .select({ workerId: placements.workerId, startDate: placements.startDate, sector: organisations.sector })
    .from(placements)
    .innerJoin(organisations, eq(organisations.id, placements.toOrganisationId))
    .where(
      and(
        inArray(placements.workerId, workerIds),
        eq(placements.fromOrganisationId, organisationId),
        eq(placements.kind, 'hire'),
        isNull(placements.reopenedAt),
      ),
    )
    .orderBy(asc(placements.startDate));
  // Ascending: a later hire overwrites an earlier one.
  return new Map(
    rows.map((r): [string, CohortPlacement] => [
      r.workerId,
      { kind: 'hire', startDate: r.startDate, sector: r.sector },
    ]),
  );
}

/** The five figures of an announcement, plus the invitations whose link expired unused (to send again). */
export async function cohortCounts(db: Database, redundancyId: string) {
  const pending = and(
    eq(invitations.redundancyId, redundancyId),
    eq(invitations.kind, 'worker'),
    isNull(invitations.acceptedAt),
    isNull(invitations.revokedAt),
  );
  const [[open], [joined]] = await Promise.all([
    db
      .select({
        waiting: count(),
        expired: count(sql`case when ${lte(invitations.expiresAt, sql`now()`)} then 1 end`),
      })
      .from(invitations)
      .where(pending),
    db
      .select({
        joined: count(),
        consented: count(sql`case when ${workerProfiles.visibleToEmployers} then 1 end`),
        inTransition: count(sql`case when ${workerProfiles.status} = 'in_transition' then 1 end`),
        placed: count(sql`case when ${workerProfiles.status} = 'placed' then 1 end`),
      })
      .from(workerProfiles)
      .where(eq(workerProfiles.redundancyId, redundancyId)),
  ]);
  return {
    /** Everyone invited whose invitation was not revoked, joined or not. */
    invited: open!.waiting + joined!.joined,
    /** Joined: accepted their invitation (or were registered otherwise). */
    accepted: joined!.joined,
    /** Joined and visible, anonymised, to employers: they can be matched. */
    consented: joined!.consented,
    inTransition: joined!.inTransition,
    placed: joined!.placed,
    /** Invitations waiting for an answer whose link has expired. */
    expiredInvitations: open!.expired,
  };
}

/** An announcement with its figures. */
export async function getAnnouncementOverview(db: Database, actor: EmployerActor, input: Ref) {
  const announcement = await requireOwnAnnouncement(db, actor, input.redundancyId);
  return { ...presentAnnouncement(announcement), counts: await cohortCounts(db, announcement.id) };
}

async function skillLabels(db: Database, ids: string[]) {
  if (ids.length === 0) return new Map<string, { labelNl: string | null; labelEn: string | null }>();
  const rows = await db
    .select({ id: skills.id, labelNl: skills.preferredLabelNl, labelEn: skills.preferredLabelEn })
    .from(skills)
    .where(inArray(skills.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Everyone of an announcement: those who joined and those still invited (or whose invitation was revoked). */
export async function listCohort(db: Database, actor: EmployerActor, input: Ref): Promise<CohortRow[]> {
  const announcement = await requireOwnAnnouncement(db, actor, input.redundancyId);
  const today = todayIso();
  const now = new Date();
  const windowEnd = guidanceDeadline(announcement.announcedOn, announcement.guidanceWindowMonths);
  const daysLeft = (deadline: IsoDate) => Math.max(0, daysBetween(today, deadline));

  const waiting = await db
    .select({ invitation: invitations, labelNl: occupations.preferredLabelNl, labelEn: occupations.preferredLabelEn })
    .from(invitations)
    .leftJoin(occupations, eq(occupations.id, invitations.occupationId))
    .where(
      and(
        eq(invitations.redundancyId, announcement.id),
        eq(invitations.kind, 'worker'),
        isNull(invitations.acceptedAt),
      ),
    );
  const joined = await db
    .select({
      workerId: workerProfiles.id,
      name: users.name,
      status: workerProfiles.status,
      occupationId: workerProfiles.currentOccupationId,
      labelNl: occupations.preferredLabelNl,
      labelEn: occupations.preferredLabelEn,
      guidanceDeadline: workerProfiles.guidanceDeadline,
      email: invitations.email,
      roleTitle: invitations.roleTitle,
    })
    .from(workerProfiles)
    .innerJoin(users, eq(users.id, workerProfiles.userId))
    .leftJoin(occupations, eq(occupations.id, workerProfiles.currentOccupationId))
    .leftJoin(
      invitations,
      and(eq(invitations.acceptedUserId, users.id), eq(invitations.redundancyId, workerProfiles.redundancyId)),
    )
    .where(eq(workerProfiles.redundancyId, announcement.id));
  const confirmed = joined.length
    ? await db
        .select({ workerId: workerSkills.workerId, skillId: workerSkills.skillId, level: workerSkills.level })
        .from(workerSkills)
        .where(
          and(
            inArray(
              workerSkills.workerId,
              joined.map((j) => j.workerId),
            ),
            eq(workerSkills.source, 'employer'),
            eq(workerSkills.confirmedByOrganisationId, actor.organisationId),
          ),
        )
    : [];
  const placedAt = await currentHires(
    db,
    actor.organisationId,
    joined.filter((j) => j.status === 'placed').map((j) => j.workerId),
  );
  const labels = await skillLabels(db, [
    ...confirmed.map((c) => c.skillId),
    ...waiting.flatMap((w) => w.invitation.confirmedSkills.map((s) => s.skillId)),
  ]);
  const withLabels = (list: { skillId: string; level: number }[]): CohortSkill[] =>
    list.map(({ skillId, level }) => ({
      skillId,
      level,
      labelNl: labels.get(skillId)?.labelNl ?? null,
      labelEn: labels.get(skillId)?.labelEn ?? null,
    }));

  const rows: CohortRow[] = [
    ...waiting.map(({ invitation, labelNl, labelEn }): CohortRow => {
      const state = linkStateOf(invitation, now);
      return {
        invitationId: invitation.id,
        workerId: null,
        name: invitation.name,
        email: invitation.email,
        roleTitle: invitation.roleTitle,
        occupationId: invitation.occupationId,
        occupationLabelNl: labelNl,
        occupationLabelEn: labelEn,
        stage: state === 'revoked' ? 'invitation_revoked' : state === 'expired' ? 'invitation_expired' : 'invited',
        invitationSentAt: invitation.sentAt,
        invitationExpiresAt: invitation.expiresAt,
        guidanceDeadline: windowEnd,
        daysLeft: daysLeft(windowEnd),
        confirmedSkills: withLabels(invitation.confirmedSkills),
        placement: null,
      };
    }),
    ...joined.map((j): CohortRow => ({
      invitationId: null,
      workerId: j.workerId,
      name: j.name,
      email: j.email,
      roleTitle: j.roleTitle,
      occupationId: j.occupationId,
      occupationLabelNl: j.labelNl,
      occupationLabelEn: j.labelEn,
      stage: j.status,
      invitationSentAt: null,
      invitationExpiresAt: null,
      guidanceDeadline: j.guidanceDeadline,
      daysLeft: daysLeft(j.guidanceDeadline),
      confirmedSkills: withLabels(confirmed.filter((c) => c.workerId === j.workerId)),
      placement: placedAt.get(j.workerId) ?? null,
    })),
  ];
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'nl') || (a.email ?? '').localeCompare(b.email ?? ''));
}
