/**
 * Invitation links, whatever they bring someone in as (a worker of an announcement, a colleague
 * of a firm's HR, a coordinator of a region): issuing a link, mailing it, looking it up, sending it again and revoking it.
 * The token travels only in the mail; the table holds its hash. A link works for 14 days and
 * once; sending it again makes a new token, so the old link stops working.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { invitations, memberships, organisations, regions, users } from '~/db/schema';
import type { invitationKindValues } from '~/db/schema/enums';
import type { CoordinatorActor, EmployerActor } from '~/server/auth/actor';
import { hashPassword } from '~/server/auth/password';
import { newPassword, passwordProblemWithEmail } from '~/server/auth/password-policy';
import { hashLinkToken, newLinkToken } from '~/server/auth/tokens';
import { locales } from '~/i18n/config';
import { conflict, invalid, notFound } from '~/server/lib/errors';
import { emailAddress, singleLineText } from '~/server/lib/input';
import { PRIVACY_STATEMENT_VERSION } from '~/server/lib/privacy-statement';
import { invitationLink, queueInvitationMail } from '~/server/mail/invitation-mail';
import { recordAudit } from './audit';

export const INVITATION_VALID_DAYS = 14;

type Invitation = typeof invitations.$inferSelect;
type InvitationKind = (typeof invitationKindValues)[number];

/** Who sends invitations: a firm's HR (its firm's), or a coordinator (their region's coordinator invitations). */
export type InvitingActor = EmployerActor | CoordinatorActor;

/** The firm an action on an invitation is recorded under in the audit log: none for a coordinator. */
const auditFirm = (actor: InvitingActor) => (actor.role === 'employer' ? actor.organisationId : null);

/** The token as newLinkToken writes it: 32 bytes, URL-safe base64 (43 characters). */
export const linkToken = () => z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'is not an invitation link');

export const invitationRefInput = z.object({ invitationId: z.uuid() });

export type LinkState = 'valid' | 'expired' | 'used' | 'revoked';

export function linkStateOf(invitation: Invitation, now = new Date()): LinkState {
  if (invitation.acceptedAt) return 'used';
  if (invitation.revokedAt) return 'revoked';
  if (invitation.expiresAt <= now) return 'expired';
  return 'valid';
}

/** A new token for a link, its hash to store, and when it stops working. */
export function freshLink(now = new Date()) {
  const { token, hash } = newLinkToken();
  return { token, tokenHash: hash, expiresAt: new Date(now.getTime() + INVITATION_VALID_DAYS * 86_400_000) };
}

/** An invitation as the employer's pages see it: never the token hash. */
export function presentInvitation(row: Invitation, now = new Date()) {
  return {
    id: row.id,
    kind: row.kind,
    redundancyId: row.redundancyId,
    name: row.name,
    email: row.email,
    roleTitle: row.roleTitle,
    occupationId: row.occupationId,
    confirmedSkills: row.confirmedSkills,
    contractType: row.currentContractType,
    weeklyHours: row.currentWeeklyHours,
    language: row.language,
    state: linkStateOf(row, now),
    sentAt: row.sentAt,
    sendCount: row.sendCount,
    expiresAt: row.expiresAt,
    acceptedAt: row.acceptedAt,
    revokedAt: row.revokedAt,
    createdAt: row.createdAt,
  };
}

export async function organisationName(db: Database, organisationId: string): Promise<string> {
  const [row] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!row) throw notFound('Organisation');
  return row.name;
}

/** Who invites, as the mail names them: the firm, or for a coordinator invitation the region. */
async function inviterName(db: Database, row: Invitation): Promise<string> {
  if (row.organisationId) return organisationName(db, row.organisationId);
  const [region] = await db.select({ name: regions.name }).from(regions).where(eq(regions.id, row.regionId));
  if (!region) throw notFound('Region');
  return region.name;
}

/**
 * Queues the mail with the link for a just issued token (in the caller's transaction). The
 * firm's (or region's) name is looked up unless given (an upload mails hundreds at once).
 */
export async function mailInvitation(db: Database, row: Invitation, token: string, origin: string, firmName?: string) {
  await queueInvitationMail(db, {
    invitationId: row.id,
    kind: row.kind,
    sendCount: row.sendCount,
    name: row.name,
    email: row.email,
    language: row.language,
    organisationName: firmName ?? (await inviterName(db, row)),
    link: invitationLink(origin, token),
    validDays: INVITATION_VALID_DAYS,
  });
}

/**
 * Gives an invitation a new link and mails it: the old token's hash is overwritten, so the old
 * link is dead from this transaction on. Also what brings a revoked invitation back.
 */
export async function reissueInvitation(
  db: Database,
  invitation: Invitation,
  changes: Partial<typeof invitations.$inferInsert>,
  origin: string,
) {
  const now = new Date();
  const link = freshLink(now);
  const [row] = await db
    .update(invitations)
    .set({
      ...changes,
      tokenHash: link.tokenHash,
      expiresAt: link.expiresAt,
      sentAt: now,
      sendCount: invitation.sendCount + 1,
      revokedAt: null,
    })
    .where(eq(invitations.id, invitation.id))
    .returning();
  await mailInvitation(db, row!, link.token, origin);
  return row!;
}

/**
 * The actor's invitation: for HR one of its firm's, for a coordinator one of its region's
 * coordinator invitations (never a firm's). Anyone else's answers exactly like a missing one.
 */
export async function requireOwnInvitation(db: Database, actor: InvitingActor, invitationId: string, lock = false) {
  const own =
    actor.role === 'employer'
      ? eq(invitations.organisationId, actor.organisationId)
      : and(eq(invitations.regionId, actor.regionId), eq(invitations.kind, 'coordinator'));
  const query = db
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, invitationId), own));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('Invitation');
  return row;
}

const usedMessage = 'This invitation has already been used: the person has an account.';

/** Mails a new link for an invitation that was not used; the previous link stops working. */
export async function resendInvitation(
  db: Database,
  actor: InvitingActor,
  input: z.infer<typeof invitationRefInput>,
  origin: string,
) {
  return db.transaction(async (tx) => {
    const invitation = await requireOwnInvitation(tx, actor, input.invitationId, true);
    const state = linkStateOf(invitation);
    if (state === 'used') throw conflict(usedMessage);
    if (state === 'revoked') throw conflict('This invitation was revoked; invite the person again to send a new link.');
    const row = await reissueInvitation(tx, invitation, {}, origin);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'invitation.resend',
      subjectType: 'invitation',
      subjectId: row.id,
      organisationId: auditFirm(actor),
      regionId: actor.regionId,
      metadata: { kind: row.kind, sendCount: row.sendCount, previousState: state },
    });
    return presentInvitation(row);
  });
}

/** Makes an invitation's link useless. Revoking twice changes nothing; a used one cannot be revoked. */
export async function revokeInvitation(db: Database, actor: InvitingActor, input: z.infer<typeof invitationRefInput>) {
  return db.transaction(async (tx) => {
    const invitation = await requireOwnInvitation(tx, actor, input.invitationId, true);
    const state = linkStateOf(invitation);
    if (state === 'used') throw conflict(usedMessage);
    if (state === 'revoked') return presentInvitation(invitation);
    const [row] = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(eq(invitations.id, invitation.id))
      .returning();
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'invitation.revoke',
      subjectType: 'invitation',
      subjectId: row!.id,
      organisationId: auditFirm(actor),
      regionId: actor.regionId,
      metadata: { kind: row!.kind },
    });
    return presentInvitation(row!);
  });
}

export const lookupInput = z.object({ token: linkToken() });

/**
 * What the page behind a link shows. Only a link that still works says who it is for; an
 * expired, used or revoked one says only that, and a token that was never issued (or was
 * replaced by a re-send) is 'invalid'. Tokens are 256 random bits, so guessing one finds nothing.
 */
export async function lookupInvitation(db: Database, input: z.infer<typeof lookupInput>) {
  const [row] = await db
    .select({
      invitation: invitations,
      organisationName: organisations.name,
      regionName: regions.name,
    })
    .from(invitations)
    .leftJoin(organisations, eq(organisations.id, invitations.organisationId))
    .innerJoin(regions, eq(regions.id, invitations.regionId))
    .where(eq(invitations.tokenHash, hashLinkToken(input.token)));
  if (!row) return { state: 'invalid' as const };
  const state = linkStateOf(row.invitation);
  if (state !== 'valid') return { state };
  const { invitation } = row;
  return {
    state,
    kind: invitation.kind,
    name: invitation.name,
    email: invitation.email,
    language: invitation.language,
    /** Who invites, as the mail says: the firm, or for a coordinator invitation the region. */
    organisationName: row.organisationName ?? row.regionName,
    regionName: row.regionName,
    roleTitle: invitation.roleTitle,
    expiresAt: invitation.expiresAt,
    /** The privacy statement a worker accepts on joining (null for a colleague or coordinator). */
    privacyStatementVersion: invitation.kind === 'worker' ? PRIVACY_STATEMENT_VERSION : null,
  };
}

/**
 * The invitation behind a token, locked for the accepting transaction, if it still works and
 * is of the expected kind. A token of the other kind answers like an unknown one.
 */
export async function claimInvitation(db: Database, token: string, kind: InvitationKind) {
  const [invitation] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.tokenHash, hashLinkToken(token)), eq(invitations.kind, kind)))
    .for('update');
  if (!invitation) throw notFound('Invitation link');
  switch (linkStateOf(invitation)) {
    case 'used':
      throw conflict('This invitation link has already been used. Sign in with the account it created.');
    case 'revoked':
      throw conflict('This invitation link has been withdrawn. Ask whoever invited you for a new one.');
    case 'expired':
      throw conflict('This invitation link has expired. Ask whoever invited you to send it again.');
    case 'valid':
      return invitation;
  }
}

/**
 * The account a claimed invitation creates: the invitee's name, e-mail and language, the
 * password they chose (not their e-mail address), and the membership the invitation is for.
 * An address that already has an account is refused: the person signs in with it instead.
 */
export async function createInvitedAccount(
  db: Database,
  invitation: Invitation,
  password: string,
  membership: Omit<typeof memberships.$inferInsert, 'userId'>,
  whoToAsk: string,
): Promise<string> {
  const passwordProblem = passwordProblemWithEmail(password, invitation.email);
  if (passwordProblem) throw invalid(`The password ${passwordProblem}.`, 'password');
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, invitation.email));
  if (taken) throw conflict(`An account with this e-mail address already exists. Sign in with it, or ask ${whoToAsk}.`);
  const [user] = await db
    .insert(users)
    .values({
      name: invitation.name,
      email: invitation.email,
      passwordHash: await hashPassword(password),
      locale: invitation.language,
      emailVerified: new Date(), // the link reached this address
    })
    .returning({ id: users.id });
  await db.insert(memberships).values({ ...membership, userId: user!.id });
  return user!.id;
}

/** Marks a claimed invitation used by the account it created. */
export async function markInvitationUsed(db: Database, invitationId: string, userId: string) {
  await db
    .update(invitations)
    .set({ acceptedAt: new Date(), acceptedUserId: userId })
    .where(eq(invitations.id, invitationId));
}

/** A colleague to invite (of a firm's HR, or a region's coordinator): name, address and language. */
export const inviteeInput = z.object({
  name: singleLineText({ min: 2, max: 120, minMessage: 'name needs at least 2 characters' }),
  email: emailAddress(),
  language: z.enum(locales).default('nl'),
});

/** Who a colleague invitation is for: a firm's (HR) or none (a coordinator of the actor's region). */
type ColleagueInvitee = Pick<
  typeof invitations.$inferInsert,
  'kind' | 'organisationId' | 'name' | 'email' | 'language'
>;

/**
 * Invites a colleague of the actor (in the caller's transaction, after it checked there is no
 * open invitation): the invitation with a fresh link in the actor's region, its mail, and the
 * audit entry.
 */
export async function issueColleagueInvitation(
  db: Database,
  actor: InvitingActor,
  invitee: ColleagueInvitee,
  origin: string,
) {
  const now = new Date();
  const { token, ...link } = freshLink(now);
  const [row] = await db
    .insert(invitations)
    .values({ ...invitee, ...link, regionId: actor.regionId, sentAt: now, sendCount: 1, createdByUserId: actor.userId })
    .returning();
  await mailInvitation(db, row!, token, origin);
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: 'invitation.create',
    subjectType: 'invitation',
    subjectId: row!.id,
    organisationId: auditFirm(actor),
    regionId: actor.regionId,
    metadata: { kind: row!.kind },
  });
  return presentInvitation(row!);
}

export const acceptAccountInput = z.object({ token: linkToken(), password: newPassword() });

/**
 * A colleague or coordinator invitation accepted (in one transaction): the account with the
 * chosen password and the role the invitation is for (in its firm, or only its region), the
 * link used, and the audit entry.
 */
export async function acceptAccountInvitation(
  db: Database,
  kind: 'colleague' | 'coordinator',
  input: z.infer<typeof acceptAccountInput>,
  whoToAsk: string,
) {
  return db.transaction(async (tx) => {
    const invitation = await claimInvitation(tx, input.token, kind);
    const userId = await createInvitedAccount(
      tx,
      invitation,
      input.password,
      {
        role: kind === 'colleague' ? 'employer' : 'coordinator',
        organisationId: invitation.organisationId,
        regionId: invitation.regionId,
      },
      whoToAsk,
    );
    await markInvitationUsed(tx, invitation.id, userId);
    await recordAudit(tx, {
      actorUserId: userId,
      action: 'invitation.accept',
      subjectType: 'user',
      subjectId: userId,
      organisationId: invitation.organisationId,
      regionId: invitation.regionId,
      metadata: { invitationId: invitation.id, kind, invitedBy: invitation.createdByUserId },
    });
    return { userId: userId, email: invitation.email };
  });
}
