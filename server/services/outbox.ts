import type { Database } from '~/db/client';
import { outbox } from '~/db/schema';
import type { outboxAggregateValues, outboxOperationValues } from '~/db/schema/enums';

/**
 * Queues a search-index update. Called inside the transaction that changes the row, so the
 * index can never miss a committed change (the sync worker drains the queue).
 */
export async function enqueueSearchSync(
  db: Database,
  aggregate: (typeof outboxAggregateValues)[number],
  aggregateId: string,
  operation: (typeof outboxOperationValues)[number] = 'upsert',
): Promise<void> {
  await db.insert(outbox).values({ aggregate, aggregateId, operation });
}
