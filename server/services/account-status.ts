import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { memberships, organisations, users } from '~/db/schema';
import type { AdminActor, CoordinatorActor } from '~/server/auth/actor';
import { endUserSessions } from '~/server/auth/sessions';
import { ACCOUNT_DISABLED, ACCOUNT_ENABLED, type AccountAuditMetadata } from '~/server/lib/account-audit';
import { forbidden, notFound } from '~/server/lib/errors';
import { singleLineText } from '~/server/lib/input';
import { recordAudit } from './audit';

/** Who may disable and enable accounts: an admin any account, a coordinator the HR accounts of their region's firms. */
export type AccountManager = AdminActor | CoordinatorActor;

export const disableAccountInput = z.object({ userId: z.uuid(), reason: singleLineText({ min: 3, max: 300 }) });
export const enableAccountInput = z.object({ userId: z.uuid() });

/**
 * The account, if the actor may manage it. Anything outside the actor's reach (another region's
 * firm, a worker, a coordinator, an admin, for a coordinator) answers exactly like an account
 * that does not exist; one's own account is refused outright, so nobody can lock themselves out.
 */
async function findManagedAccount(db: Database, actor: AccountManager, userId: string) {
  const scope =
    actor.role === 'coordinator'
      ? and(eq(memberships.role, 'employer'), eq(organisations.regionId, actor.regionId))
      : undefined;
  const [account] = await db
    .select({
      id: users.id,
      role: memberships.role,
      organisationId: memberships.organisationId,
      regionId: memberships.regionId,
    })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(users.id, userId), scope));
  if (!account) throw notFound('Account');
  if (account.id === actor.userId) throw forbidden('You cannot disable or enable your own account.');
  return account;
}

/** Sets the account's state; false when it already was so (no change, no audit entry). */
async function setDisabled(db: Database, actor: AccountManager, userId: string, disabled: boolean, reason?: string) {
  return db.transaction(async (tx) => {
    const account = await findManagedAccount(tx, actor, userId);
    // Conditional, so two managers doing the same at once write one change and one audit entry.
    const [updated] = await tx
      .update(users)
      .set(
        disabled
          ? { disabledAt: new Date(), disabledByUserId: actor.userId }
          : { disabledAt: null, disabledByUserId: null },
      )
      .where(and(eq(users.id, account.id), disabled ? isNull(users.disabledAt) : isNotNull(users.disabledAt)))
      .returning({ id: users.id });
    if (!updated) return false;
    const metadata: AccountAuditMetadata = { ...(reason ? { reason } : {}), role: account.role };
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: disabled ? ACCOUNT_DISABLED : ACCOUNT_ENABLED,
      subjectType: 'user',
      subjectId: account.id,
      regionId: account.regionId,
      organisationId: account.organisationId,
      metadata,
    });
    return true;
  });
}

/**
 * Disables an account: it can no longer sign in and every session of it ends at once. Repeating
 * it changes nothing (the first disabling's time, author and reason stay).
 */
export async function disableAccount(db: Database, actor: AccountManager, input: z.infer<typeof disableAccountInput>) {
  const changed = await setDisabled(db, actor, input.userId, true, input.reason);
  // The database trigger has already deleted the session rows; this also makes this app
  // instance forget its cached copy of them, so the very next request is refused.
  await endUserSessions(db, input.userId);
  return { userId: input.userId, disabled: true as const, changed };
}

/** Enables a disabled account: it can sign in anew (its old sessions stay ended). Repeating it changes nothing. */
export async function enableAccount(db: Database, actor: AccountManager, input: z.infer<typeof enableAccountInput>) {
  const changed = await setDisabled(db, actor, input.userId, false);
  return { userId: input.userId, disabled: false as const, changed };
}
