/**
 * An approved firm's HR brings in colleagues: an invitation by e-mail, accepted with a password,
 * makes the colleague HR of the same firm. The firm sees its invitations that were not used;
 * sending again and revoking are shared with worker invitations (invitation-links.ts).
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '~/db/client';
import { invitations } from '~/db/schema';
import type { EmployerActor } from '~/server/auth/actor';
import { conflict } from '~/server/lib/errors';
import {
  acceptAccountInput,
  acceptAccountInvitation,
  inviteeInput,
  issueColleagueInvitation,
  presentInvitation,
} from './invitation-links';

export const inviteColleagueInput = inviteeInput;

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
    return issueColleagueInvitation(
      tx,
      actor,
      {
        kind: 'colleague',
        organisationId: actor.organisationId,
        name: input.name,
        email: input.email,
        language: input.language,
      },
      origin,
    );
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

export const acceptColleagueInvitationInput = acceptAccountInput;

/** The colleague sets a password and becomes HR of the firm that invited them. */
export function acceptColleagueInvitation(db: Database, input: z.infer<typeof acceptColleagueInvitationInput>) {
  return acceptAccountInvitation(db, 'colleague', input, 'your colleague');
}
