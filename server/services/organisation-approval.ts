/**
 * The coordinator's approval queue: the firms of their region awaiting a decision, with what
 * they registered, and the decision itself (approve, or reject with a reason the firm reads).
 * Another region's firm answers exactly like one that does not exist.
 */
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { memberships, organisations, regions, users } from '~/db/schema';
import type { CoordinatorActor } from '~/server/auth/actor';
import { forgetCachedOrganisation } from '~/server/auth/sessions';
import { notFound } from '~/server/lib/errors';
import { notify, organisationRecipients } from '~/server/notifications/notify';
import { multiLineText, whenValid } from '~/server/lib/input';
import { offsetOf, PAGE_SIZE, pageNumber, type Page } from '~/server/lib/pagination';
import { recordAudit } from './audit';
import { firmHrUsers, queueDecision } from './organisation-mail';

export const approvalQueueInput = z.object({ page: pageNumber }).prefault({});

/** The firms of the coordinator's region awaiting a decision, the longest waiting first, with what they registered. */
export async function listApprovalQueue(
  db: Database,
  actor: CoordinatorActor,
  input: z.infer<typeof approvalQueueInput>,
) {
  const awaiting = and(eq(organisations.regionId, actor.regionId), eq(organisations.approvalStatus, 'pending'));
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: organisations.id,
        name: organisations.name,
        kvkNumber: organisations.kvkNumber,
        sector: organisations.sector,
        sizeBand: organisations.sizeBand,
        street: organisations.street,
        postalCode: organisations.postalCode,
        city: organisations.city,
        registeredAt: organisations.createdAt,
      })
      .from(organisations)
      .where(awaiting)
      .orderBy(asc(organisations.createdAt), asc(organisations.id))
      .limit(PAGE_SIZE)
      .offset(offsetOf(input.page)),
    db.select({ n: count() }).from(organisations).where(awaiting),
  ]);
  // The HR users who registered the firm (normally one): whom the coordinator would call.
  const contacts = rows.length
    ? await db
        .select({ organisationId: memberships.organisationId, name: users.name, email: users.email })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(
          and(
            eq(memberships.role, 'employer'),
            inArray(
              memberships.organisationId,
              rows.map((r) => r.id),
            ),
          ),
        )
        .orderBy(asc(users.createdAt), asc(users.email))
    : [];
  const page: Page<(typeof rows)[number] & { contacts: { name: string; email: string }[] }> = {
    rows: rows.map((firm) => ({
      ...firm,
      contacts: contacts.filter((c) => c.organisationId === firm.id).map(({ name, email }) => ({ name, email })),
    })),
    total: total?.n ?? 0,
    page: input.page,
    pageSize: PAGE_SIZE,
  };
  return page;
}

export const approvalDecisionInput = z
  .object({
    organisationId: z.uuid(),
    decision: z.enum(['approved', 'rejected'], 'must be approved or rejected'),
    /** Why: required when rejecting (the firm reads it), an optional note when approving. */
    reason: multiLineText({ max: 2_000 }).nullish(),
  })
  .refine((d) => d.decision !== 'rejected' || Boolean(d.reason), {
    path: ['reason'],
    message: 'a rejection needs a reason the firm can read',
    when: whenValid('decision', 'reason'),
  });
export type ApprovalDecision = z.infer<typeof approvalDecisionInput>;

const decisionColumns = {
  id: organisations.id,
  name: organisations.name,
  approvalStatus: organisations.approvalStatus,
  approvedAt: organisations.approvedAt,
  decidedAt: organisations.decidedAt,
  decisionReason: organisations.decisionReason,
};

/**
 * A coordinator approves or rejects a firm of their own region. Idempotent: the decision the
 * firm already has changes nothing (the first reason stands, no second mail). A new decision
 * is stored with its reason, audited, and mailed to the firm's HR users in their language.
 */
export async function decideOrganisationApproval(
  db: Database,
  actor: CoordinatorActor,
  input: ApprovalDecision,
  links: { origin: string },
) {
  const decided = await db.transaction(async (tx) => {
    const [firm] = await tx
      .select({ ...decisionColumns, regionName: regions.name })
      .from(organisations)
      .innerJoin(regions, eq(regions.id, organisations.regionId))
      .where(and(eq(organisations.id, input.organisationId), eq(organisations.regionId, actor.regionId)))
      // Two coordinators deciding at once: the second waits and then sees the first's decision.
      .for('update', { of: organisations });
    if (!firm) throw notFound('Organisation');
    const { regionName, ...current } = firm;
    if (current.approvalStatus === input.decision) return current;

    const decidedAt = new Date();
    const reason = input.reason || null;
    const approved = input.decision === 'approved';
    const [updated] = await tx
      .update(organisations)
      .set({
        approvalStatus: input.decision,
        decidedAt,
        decisionReason: reason,
        approvedAt: approved ? decidedAt : null,
        approvedByUserId: approved ? actor.userId : null,
      })
      .where(eq(organisations.id, firm.id))
      .returning(decisionColumns);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: `organisation.${input.decision}`,
      subjectType: 'organisation',
      subjectId: firm.id,
      regionId: actor.regionId,
      organisationId: firm.id,
      metadata: { previousStatus: current.approvalStatus, reason },
    });
    await queueDecision(tx, {
      firm,
      regionName,
      decision: input.decision,
      reason,
      decidedAt,
      recipients: await firmHrUsers(tx, firm.id),
      origin: links.origin,
    });
    // In the app too (the mail above is its e-mail, so notification mail leaves this kind out).
    await notify(tx, {
      userIds: await organisationRecipients(tx, firm.id),
      kind: 'organisationApproved',
      payload: { decision: input.decision, reason },
    });
    return updated!;
  });
  // The firm's HR users see the new status on their next request, not after the session cache runs out.
  forgetCachedOrganisation(input.organisationId);
  return decided;
}
