import type { Database } from '~/db/client';
import { rematchVacancy, rematchWorker } from './engine';
import { existingMatchContext, getMatchContext } from './runtime';

/** More changes than this in one outbox batch are a bulk load, not a person editing. */
const BULK_CHANGE = 100;

/**
 * Background rematch: called by the outbox sync for every changed vacancy and worker. A
 * failure here is logged and does not undo the search sync; the next change rematches again.
 */
export async function rematchChanged(db: Database, changed: { vacancyIds: string[]; workerIds: string[] }) {
  const count = changed.vacancyIds.length + changed.workerIds.length;
  if (count === 0) return;
  try {
    // Keep the in-memory pools current, whatever the size of the change.
    const context = await existingMatchContext(db);
    await context?.vacancyPool.refresh(db, changed.vacancyIds);
    await context?.workerPool.refresh(db, changed.workerIds);
  } catch (error) {
    console.error('[matching] pool refresh failed', error);
  }
  if (count > BULK_CHANGE) {
    // A seed or an import: rematching each change one by one would occupy the database for
    // minutes. The demo seed computes its matches in one sweep itself; after an import the
    // regional rematch command does.
    console.info(
      `[matching] ${count} changes in one batch: pools refreshed; stored matches are left to a regional rematch (the demo seed runs its own; after an import: \`npm run matching:rematch\`)`,
    );
    return;
  }
  try {
    const context = await getMatchContext(db);
    for (const id of changed.workerIds) await rematchWorker(db, context, id);
    for (const id of changed.vacancyIds) await rematchVacancy(db, context, id);
  } catch (error) {
    console.error('[matching] background rematch failed', error);
  }
}

/**
 * Takes changed vacancies (a closed one) into or out of this process's matching pool at once,
 * instead of at the next outbox sync. Called after the change committed; a failure is logged
 * (the outbox sync refreshes the pool again).
 */
export async function refreshVacancyPool(db: Database, vacancyIds: string[]) {
  try {
    const context = await existingMatchContext(db);
    await context?.vacancyPool.refresh(db, vacancyIds);
  } catch (error) {
    console.error('[matching] vacancy pool refresh failed', error);
  }
}
