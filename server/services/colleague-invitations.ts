/**
 * An approved firm's HR brings in colleagues: an invitation by e-mail, accepted with a password,
 * makes the colleague HR of the same firm. The firm sees its invitations that were not used;
 * sending again and revoking are shared with worker invitations (invitation-links.ts).
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { invitations } from '~/db/schema';
import type { EmployerActor } from '~/server/auth/actor';
import { newPassword } from '~/server/auth/password-policy';
import { locales } from '~/i18n/config';
import { conflict } from '~/server/lib/errors';
import { emailAddress, singleLineText } from '~/server/lib/input';
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

export const inviteColleagueInput = z.object({
  name: singleLineText({ min: 2, max: 120, minMessage: 'name needs at least 2 characters' }),
  email: emailAddress(),
  language: z.enum(locales).default('nl'),
});

export async function inviteColleague(
  db: Database,
  actor: EmployerActor,
  input: z.infer<typeof inviteColleagueInput>,
  origin: string,
) {
  return db.transaction(async (tx) => {
    const [open] = await tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(
        and(
          eq(invitations.organisationId, actor.organisationId),
          eq(invitations.kind, 'colleague'),
          eq(invitations.email, input.email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      );
    if (open) throw conflict('This colleague has already been invited; send the invitation again instead.');
    const now = new Date();
    const { token, ...link } = freshLink(now);
    const [row] = await tx
      .insert(invitations)
      .values({
        ...link,
        kind: 'colleague',
        organisationId: actor.organisationId,
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
      organisationId: actor.organisationId,
      regionId: actor.regionId,
      metadata: { kind: 'colleague' },
    });
    return presentInvitation(row!);
  });
}

/** The firm's colleague invitations that were neither used nor revoked (expired ones too: they can be sent again). */
export async function listPendingColleagueInvitations(db: Database, actor: EmployerActor) {
  const rows = await db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.organisationId, actor.organisationId),
        eq(invitations.kind, 'colleague'),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .orderBy(asc(invitations.name), asc(invitations.id));
  const now = new Date();
  return rows.map((row) => presentInvitation(row, now));
}

export const acceptColleagueInvitationInput = z.object({ token: linkToken(), password: newPassword() });

/** The colleague sets a password and becomes HR of the firm that invited them. */
export async function acceptColleagueInvitation(db: Database, input: z.infer<typeof acceptColleagueInvitationInput>) {
  return db.transaction(async (tx) => {
    const invitation = await claimInvitation(tx, input.token, 'colleague');
    const userId = await createInvitedAccount(
      tx,
      invitation,
      input.password,
      { role: 'employer', organisationId: invitation.organisationId, regionId: invitation.regionId },
      'your colleague',
    );
    await markInvitationUsed(tx, invitation.id, userId);
    await recordAudit(tx, {
      actorUserId: userId,
      action: 'invitation.accept',
      subjectType: 'user',
      subjectId: userId,
      organisationId: invitation.organisationId,
      regionId: invitation.regionId,
      metadata: { invitationId: invitation.id, kind: 'colleague', invitedBy: invitation.createdByUserId },
    });
    return { userId: userId, email: invitation.email };
  });
}
