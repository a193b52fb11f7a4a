import { and, asc, count, eq, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { auditLog, memberships, organisations, regions, users } from '~/db/schema';
import { roleValues } from '~/db/schema/enums';
import type { AdminActor } from '~/server/auth/actor';
import { ACCOUNT_DISABLED } from '~/server/lib/account-audit';
import { offsetOf, PAGE_SIZE, pageNumber, type Page } from '~/server/lib/pagination';
import { singleLineText } from '~/server/lib/input';

/** What every account list shows of an account: who, and whether (and why) it is disabled. */
export const accountColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  disabledAt: users.disabledAt,
  // The reason is kept in the audit entry that disabled the account (there is no column for it).
  disabledReason: sql<string | null>`case when ${users.disabledAt} is not null then (
    select ${auditLog.metadata} ->> 'reason' from ${auditLog}
    where ${auditLog.subjectType} = 'user' and ${auditLog.subjectId} = ${users.id}::text
      and ${auditLog.action} = ${ACCOUNT_DISABLED}
    order by ${auditLog.at} desc, ${auditLog.id} desc limit 1) end`,
};

export const accountListInput = z
  .object({
    /** Part of a name, e-mail address or organisation name. */
    query: singleLineText({ max: 100 }).optional(),
    role: z.enum(roleValues).optional(),
    status: z.enum(['enabled', 'disabled']).optional(),
    regionId: z.uuid().optional(),
    page: pageNumber,
  })
  .prefault({});
export type AccountListInput = z.infer<typeof accountListInput>;

/** `%`, `_` and `\` match themselves in a search, not any text. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function accountFilter(input: AccountListInput): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (input.query) {
    const pattern = containing(input.query);
    conditions.push(or(ilike(users.name, pattern), ilike(users.email, pattern), ilike(organisations.name, pattern)));
  }
  if (input.role) conditions.push(eq(memberships.role, input.role));
  if (input.status)
    conditions.push(input.status === 'disabled' ? isNotNull(users.disabledAt) : isNull(users.disabledAt));
  if (input.regionId) conditions.push(eq(memberships.regionId, input.regionId));
  return and(...conditions);
}

/** Every account of every region, searchable, by name; the admin's own is marked so it is never offered for disabling. */
export async function listAccounts(db: Database, actor: AdminActor, input: AccountListInput) {
  const where = accountFilter(input);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        ...accountColumns,
        role: memberships.role,
        organisationName: organisations.name,
        regionName: regions.name,
      })
      .from(users)
      .leftJoin(memberships, eq(memberships.userId, users.id))
      .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
      .leftJoin(regions, eq(regions.id, memberships.regionId))
      .where(where)
      .orderBy(asc(users.name), asc(users.id))
      .limit(PAGE_SIZE)
      .offset(offsetOf(input.page)),
    db
      .select({ n: count() })
      .from(users)
      .leftJoin(memberships, eq(memberships.userId, users.id))
      .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(where),
  ]);
  const page: Page<(typeof rows)[number] & { isSelf: boolean }> = {
    rows: rows.map((row) => ({ ...row, isSelf: row.id === actor.userId })),
    total: total?.n ?? 0,
    page: input.page,
    pageSize: PAGE_SIZE,
  };
  return page;
}
