import { and, asc, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { memberships, organisations, users } from '~/db/schema';
import type { CoordinatorActor } from '~/server/auth/actor';
import { notFound } from '~/server/lib/errors';
import { offsetOf, PAGE_SIZE, pageNumber, type Page } from '~/server/lib/pagination';
import { accountColumns } from './accounts';

export const employerAccountListInput = z.object({ organisationId: z.uuid(), page: pageNumber });

/**
 * An employer of the coordinator's region with the HR accounts that act for it. Another
 * region's firm answers exactly like one that does not exist.
 */
export async function listEmployerAccounts(
  db: Database,
  actor: CoordinatorActor,
  input: z.infer<typeof employerAccountListInput>,
) {
  const [organisation] = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      city: organisations.city,
      sector: organisations.sector,
      approvalStatus: organisations.approvalStatus,
    })
    .from(organisations)
    .where(and(eq(organisations.id, input.organisationId), eq(organisations.regionId, actor.regionId)));
  if (!organisation) throw notFound('Organisation');
  const ofFirm = and(eq(memberships.organisationId, organisation.id), eq(memberships.role, 'employer'));
  const [rows, [total]] = await Promise.all([
    db
      .select(accountColumns)
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id))
      .where(ofFirm)
      .orderBy(asc(users.name), asc(users.id))
      .limit(PAGE_SIZE)
      .offset(offsetOf(input.page)),
    db.select({ n: count() }).from(memberships).where(ofFirm),
  ]);
  const accounts: Page<(typeof rows)[number]> = { rows, total: total?.n ?? 0, page: input.page, pageSize: PAGE_SIZE };
  return { organisation, accounts };
}
