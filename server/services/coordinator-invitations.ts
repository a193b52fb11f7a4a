/**
 * A coordinator brings in a colleague coordinator of the same region: an invitation by e-mail,
 * accepted with a password, makes them a coordinator of the region that invited them (no firm).
 * The region's coordinators see the invitations that were not used; sending again and revoking
 * are shared with the other invitations (invitation-links.ts).
 */
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { invitations, users } from '~/db/schema';
import type { CoordinatorActor } from '~/server/auth/actor';
import { newPassword } from '~/server/auth/password-policy';
import { locales } from '~/i18n/config';
import { conflict } from '~/server/lib/errors';
import { emailAddress, singleLineText } from '~/server/lib/input';
import { offsetOf, pageNumber, PAGE_SIZE } from '~/server/lib/pagination';
import { recordAudit } from './audit';
import {
  claimInvitation,
  createInvitedAccount,
  freshLink,
  linkToken,
  mailInvitation,
  markInvitationUsed,
  presentInvitation,
} from './invitation-links';

export const inviteCoordinatorInput = z.object({
  name: singleLineText({ min: 2, max: 120, minMessage: 'name needs at least 2 characters' }),
  email: emailAddress(),
  language: z.enum(locales).default('nl'),
});

/** The region's coordinator invitations that are still open (neither used nor revoked). */
const openOfRegion = (regionId: string) =>
  and(
    eq(invitations.regionId, regionId),
    eq(invitations.kind, 'coordinator'),
    isNull(invitations.acceptedAt),
    isNull(invitations.revokedAt),
  );

export async function inviteCoordinator(
  db: Database,
  actor: CoordinatorActor,
  input: z.infer<typeof inviteCoordinatorInput>,
  origin: string,
) {
  return db.transaction(async (tx) => {
    // An account has one role: someone who already has one cannot become a coordinator by a link.
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (taken) throw conflict('An account with this e-mail address already exists; it cannot be invited.', 'email');
    const [open] = await tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(and(openOfRegion(actor.regionId), eq(invitations.email, input.email)));
    if (open) throw conflict('This coordinator has already been invited; send the invitation again instead.');
    const now = new Date();
    const { token, ...link } = freshLink(now);
    const [row] = await tx
      .insert(invitations)
      .values({
        ...link,
        kind: 'coordinator',
        organisationId: null,
        regionId: actor.regionId,
        name: input.name,
        email: input.email,
        language: input.language,
        sentAt: now,
        sendCount: 1,
        createdByUserId: actor.userId,
      })
      .returning();
    await mailInvitation(tx, row!, token, origin);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'invitation.create',
      subjectType: 'invitation',
      subjectId: row!.id,
      regionId: actor.regionId,
      metadata: { kind: 'coordinator' },
    });
    return presentInvitation(row!);
  });
}

export const coordinatorInvitationsInput = z.object({ page: pageNumber });

/** A page of the region's open coordinator invitations (expired ones too: they can be sent again). */
export async function listPendingCoordinatorInvitations(
  db: Database,
  actor: CoordinatorActor,
  input: z.infer<typeof coordinatorInvitationsInput>,
) {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(invitations)
      .where(openOfRegion(actor.regionId))
      .orderBy(asc(invitations.name), asc(invitations.id))
      .limit(PAGE_SIZE)
      .offset(offsetOf(input.page)),
    db.select({ n: count() }).from(invitations).where(openOfRegion(actor.regionId)),
  ]);
  const now = new Date();
  return {
    rows: rows.map((row) => presentInvitation(row, now)),
    total: total?.n ?? 0,
    page: input.page,
    pageSize: PAGE_SIZE,
  };
}

export const acceptCoordinatorInvitationInput = z.object({ token: linkToken(), password: newPassword() });

/** The invitee sets a password and becomes a coordinator of the region that invited them. */
export async function acceptCoordinatorInvitation(
  db: Database,
  input: z.infer<typeof acceptCoordinatorInvitationInput>,
) {
  return db.transaction(async (tx) => {
    const invitation = await claimInvitation(tx, input.token, 'coordinator');
    const userId = await createInvitedAccount(
      tx,
      invitation,
      input.password,
      { role: 'coordinator', organisationId: null, regionId: invitation.regionId },
      'the coordinator who invited you',
    );
    await markInvitationUsed(tx, invitation.id, userId);
    await recordAudit(tx, {
      actorUserId: userId,
      action: 'invitation.accept',
      subjectType: 'user',
      subjectId: userId,
      regionId: invitation.regionId,
      metadata: { invitationId: invitation.id, kind: 'coordinator', invitedBy: invitation.createdByUserId },
    });
    return { userId: userId, email: invitation.email };
  });
}
