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
import { conflict } from '~/server/lib/errors';
import { offsetOf, pageNumber, PAGE_SIZE } from '~/server/lib/pagination';
import {
  acceptAccountInput,
  acceptAccountInvitation,
  inviteeInput,
  issueColleagueInvitation,
  presentInvitation,
} from './invitation-links';

export const inviteCoordinatorInput = inviteeInput;

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
    return issueColleagueInvitation(
      tx,
      actor,
      { kind: 'coordinator', organisationId: null, name: input.name, email: input.email, language: input.language },
      origin,
    );
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

export const acceptCoordinatorInvitationInput = acceptAccountInput;

/** The invitee sets a password and becomes a coordinator of the region that invited them. */
export function acceptCoordinatorInvitation(db: Database, input: z.infer<typeof acceptCoordinatorInvitationInput>) {
  return acceptAccountInvitation(db, 'coordinator', input, 'the coordinator who invited you');
}
