import type { Database } from '~/db/client';
import { auditLog } from '~/db/schema';

export type AuditEntry = typeof auditLog.$inferInsert;

/** Records who did or saw what; written in the same transaction as the change it describes. */
export async function recordAudit(db: Database, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}
