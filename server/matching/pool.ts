/**
 * Open vacancies and searchable workers in memory, so matching costs no database round trips
 * per candidate. Kept current by the outbox sync (refresh of changed rows); fully reloaded
 * with the match context. The match indexes (./vacancy-index, ./worker-index) are built
 * from a pool and rebuilt when its version changes.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { organisations, vacancies, workerProfiles } from '~/db/schema';
import { loadVacancies, loadWorkers } from './load';
import type { MatchVacancy, MatchWorker } from './score';

const LOAD_CHUNK = 5000;

interface PoolSource<T> {
  /** Ids of the rows that belong in the pool, optionally among `ids`. */
  eligibleIds(db: Database, ids?: string[]): Promise<string[]>;
  load(db: Database, ids: string[]): Promise<T[]>;
}

export class MatchPool<T extends { id: string }> {
  private readonly byId = new Map<string, T>();
  /** Bumped on every refresh, so indexes derived from the pool know when to rebuild. */
  private changes = 0;

  private constructor(private readonly source: PoolSource<T>) {}

  static async load<T extends { id: string }>(db: Database, source: PoolSource<T>): Promise<MatchPool<T>> {
    const pool = new MatchPool(source);
    const ids = await source.eligibleIds(db);
    for (let i = 0; i < ids.length; i += LOAD_CHUNK) {
      for (const item of await source.load(db, ids.slice(i, i + LOAD_CHUNK))) pool.byId.set(item.id, item);
    }
    return pool;
  }

  get size(): number {
    return this.byId.size;
  }

  get version(): number {
    return this.changes;
  }

  items(): IterableIterator<T> {
    return this.byId.values();
  }

  /** Re-reads the given rows: changed ones are replaced, ones no longer eligible leave the pool. */
  async refresh(db: Database, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const eligible = await this.source.eligibleIds(db, ids);
    for (const id of ids) this.byId.delete(id);
    for (const item of await this.source.load(db, eligible)) this.byId.set(item.id, item);
    this.changes++;
  }
}

const among = (column: Parameters<typeof inArray>[0], ids?: string[]) => (ids ? inArray(column, ids) : undefined);

/** The vacancies workers can be matched with (optionally among `ids`): open, at approved employers. */
export async function openVacancyIds(db: Database, ids?: string[]): Promise<string[]> {
  const rows = await db
    .select({ id: vacancies.id })
    .from(vacancies)
    .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
    .where(and(among(vacancies.id, ids), eq(vacancies.status, 'open'), eq(organisations.approvalStatus, 'approved')));
  return rows.map((r) => r.id);
}

/** Open vacancies at approved employers. */
export function loadVacancyPool(db: Database) {
  return MatchPool.load<MatchVacancy>(db, { eligibleIds: openVacancyIds, load: loadVacancies });
}

/** Workers still looking who consented to be found: the only ones an employer may see as candidates. */
export function loadWorkerPool(db: Database) {
  return MatchPool.load<MatchWorker>(db, {
    eligibleIds: async (d, ids) =>
      (
        await d
          .select({ id: workerProfiles.id })
          .from(workerProfiles)
          .where(
            and(
              among(workerProfiles.id, ids),
              eq(workerProfiles.visibleToEmployers, true),
              inArray(workerProfiles.status, ['at_risk', 'in_transition']),
            ),
          )
      ).map((r) => r.id),
    load: loadWorkers,
  });
}

export type VacancyPool = MatchPool<MatchVacancy>;
export type WorkerPool = MatchPool<MatchWorker>;
