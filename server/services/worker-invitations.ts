/**
 * Inviting the workers of an announcement one by one, and the skills their employer confirms
 * for them before they join. Each invitation is one person per announcement (by e-mail
 * address); its link is mailed in the person's language.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { invitations } from '~/db/schema';
import { contractTypeValues } from '~/db/schema/enums';
import type { EmployerActor } from '~/server/auth/actor';
import { locales } from '~/i18n/config';
import { conflict, invalid } from '~/server/lib/errors';
import { emailAddress, singleLineText } from '~/server/lib/input';
import { recordAudit } from './audit';
import { confirmedSkillList } from './employer-confirmed-skills';
import {
  freshLink,
  linkStateOf,
  mailInvitation,
  presentInvitation,
  reissueInvitation,
  requireOwnInvitation,
} from './invitation-links';
import { requireNotCancelled, requireOwnAnnouncement } from './redundancies';
import { requireCurrentOccupation, requireCurrentSkills } from './taxonomy-references';

/** The most weekly hours a job can have (as in the worker's own hours). */
export const MAX_WEEKLY_HOURS = 60;

/** Who is invited: shared by the one-by-one form and each row of a CSV upload. */
export const invitedWorkerFields = {
  name: singleLineText({ min: 2, max: 120, minMessage: 'name needs at least 2 characters' }),
  email: emailAddress(),
  /** The role that disappears, as the firm calls it. */
  roleTitle: singleLineText({ min: 2, max: 120 }).optional(),
  /** The language of the mail and of the account. */
  language: z.enum(locales).default('nl'),
  /**
   * Optional: the contract and the weekly hours of the job that disappears, which the employer
   * knows. They reach the profile when the invitation is accepted, for the region's figures per
   * group (never shown per person).
   */
  contractType: z.enum(contractTypeValues).optional(),
  weeklyHours: z
    .int('is a whole number of hours')
    .min(1, 'is at least 1 hour a week')
    .max(MAX_WEEKLY_HOURS, `is at most ${MAX_WEEKLY_HOURS} hours a week`)
    .optional(),
};

export const inviteWorkerInput = z
  .object({ redundancyId: z.uuid(), ...invitedWorkerFields, occupationId: z.uuid().optional() })
  .refine((v) => v.roleTitle !== undefined || v.occupationId !== undefined, {
    path: ['roleTitle'],
    message: 'give the role title, the occupation, or both',
  });

export const invitationSkillsInput = z.object({ invitationId: z.uuid(), skills: confirmedSkillList() });

/**
 * Invites one worker of an announcement. Someone invited before whose invitation was revoked
 * is invited again (a new link, the details given now); someone with a live or expired
 * invitation is refused with a pointer to sending it again, someone who joined with a conflict.
 */
export async function inviteWorker(
  db: Database,
  actor: EmployerActor,
  input: z.infer<typeof inviteWorkerInput>,
  origin: string,
) {
  return db.transaction(async (tx) => {
    const announcement = await requireOwnAnnouncement(tx, actor, input.redundancyId, true);
    requireNotCancelled(announcement, 'inviting workers');
    if (input.occupationId) await requireCurrentOccupation(tx, input.occupationId, 'occupationId');
    const details = {
      name: input.name,
      roleTitle: input.roleTitle ?? null,
      occupationId: input.occupationId ?? null,
      language: input.language,
      currentContractType: input.contractType ?? null,
      currentWeeklyHours: input.weeklyHours ?? null,
    };
    const [existing] = await tx
      .select()
      .from(invitations)
      .where(
        and(
          eq(invitations.redundancyId, announcement.id),
          eq(invitations.kind, 'worker'),
          eq(invitations.email, input.email),
        ),
      )
      .for('update');
    let row: typeof invitations.$inferSelect;
    if (existing) {
      const state = linkStateOf(existing);
      if (state === 'used') throw conflict('This person has already joined through an invitation.');
      if (state !== 'revoked') {
        throw conflict(
          'This person has already been invited for this announcement; send the invitation again instead.',
        );
      }
      row = await reissueInvitation(tx, existing, details, origin);
    } else {
      const now = new Date();
      const { token, ...link } = freshLink(now);
      [row] = (await tx
        .insert(invitations)
        .values({
          ...details,
          ...link,
          kind: 'worker',
          organisationId: actor.organisationId,
          regionId: announcement.regionId,
          redundancyId: announcement.id,
          email: input.email,
          sentAt: now,
          sendCount: 1,
          createdByUserId: actor.userId,
        })
        .returning()) as [typeof invitations.$inferSelect];
      await mailInvitation(tx, row, token, origin);
    }
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'invitation.create',
      subjectType: 'invitation',
      subjectId: row.id,
      organisationId: actor.organisationId,
      regionId: actor.regionId,
      metadata: { kind: 'worker', redundancyId: announcement.id, reinvited: Boolean(existing) },
    });
    return presentInvitation(row);
  });
}

/**
 * The skills the employer confirms for an invited worker, at a level: the whole list, replacing
 * what was there (an empty list clears it). They reach the profile when the invitation is accepted.
 */
export async function setInvitationSkills(
  db: Database,
  actor: EmployerActor,
  input: z.infer<typeof invitationSkillsInput>,
) {
  return db.transaction(async (tx) => {
    const invitation = await requireOwnInvitation(tx, actor, input.invitationId, true);
    if (invitation.kind !== 'worker') throw invalid('Only a worker’s invitation carries skills.', 'invitationId');
    const state = linkStateOf(invitation);
    if (state === 'used') {
      throw conflict('This person has already joined; confirm skills on their profile instead.');
    }
    if (state === 'revoked') throw conflict('This invitation was revoked; invite the person again first.');
    await requireCurrentSkills(
      tx,
      input.skills.map((s) => s.skillId),
      'skills',
    );
    const [row] = await tx
      .update(invitations)
      .set({ confirmedSkills: input.skills })
      .where(eq(invitations.id, invitation.id))
      .returning();
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'invitation.skills.set',
      subjectType: 'invitation',
      subjectId: invitation.id,
      organisationId: actor.organisationId,
      regionId: actor.regionId,
      metadata: { skills: input.skills },
    });
    return presentInvitation(row!);
  });
}
