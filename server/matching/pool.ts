/**
 * Open vacancies and searchable workers in memory, indexed by skill. Matching then costs a few
 * map lookups and a scoring pass instead of database round trips per candidate. Kept current
 * by the outbox sync (refresh of changed rows); fully reloaded with the match context.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { organisations, vacancies, workerProfiles } from '../../db/schema';
import { loadVacancies, loadWorkers } from './load';
import type { MatchVacancy, MatchWorker } from './score';

const LOAD_CHUNK = 5000;

interface PoolSource<T> {
  /** Ids of the rows that belong in the pool, optionally among `ids`. */
  eligibleIds(db: Database, ids?: string[]): Promise<string[]>;
  load(db: Database, ids: string[]): Promise<T[]>;
  skillsOf(item: T): Iterable<string>;
}

export class SkillIndexedPool<T extends { id: string }> {
  private readonly byId = new Map<string, T>();
  private readonly bySkill = new Map<string, Set<T>>();
  /** Bumped on every refresh, so indexes derived from the pool know when to rebuild. */
  private changes = 0;

  private constructor(private readonly source: PoolSource<T>) {}

  static async load<T extends { id: string }>(db: Database, source: PoolSource<T>): Promise<SkillIndexedPool<T>> {
    const pool = new SkillIndexedPool(source);
    const ids = await source.eligibleIds(db);
    for (let i = 0; i < ids.length; i += LOAD_CHUNK) {
      for (const item of await source.load(db, ids.slice(i, i + LOAD_CHUNK))) pool.add(item);
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

  private add(item: T) {
    this.byId.set(item.id, item);
    for (const skillId of this.source.skillsOf(item)) {
      let set = this.bySkill.get(skillId);
      if (!set) this.bySkill.set(skillId, (set = new Set()));
      set.add(item);
    }
  }

  private remove(id: string) {
    const item = this.byId.get(id);
    if (!item) return;
    this.byId.delete(id);
    for (const skillId of this.source.skillsOf(item)) this.bySkill.get(skillId)?.delete(item);
  }

  /** Re-reads the given rows: changed ones are replaced, ones no longer eligible leave the pool. */
  async refresh(db: Database, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const eligible = await this.source.eligibleIds(db, ids);
    for (const id of ids) this.remove(id);
    for (const item of await this.source.load(db, eligible)) this.add(item);
    this.changes++;
  }

  /** Items with at least one of the skills. */
  withAnySkill(skillIds: Iterable<string>): Set<T> {
    const found = new Set<T>();
    for (const id of skillIds) for (const item of this.bySkill.get(id) ?? []) found.add(item);
    return found;
  }
}

const among = (column: Parameters<typeof inArray>[0], ids?: string[]) => (ids ? inArray(column, ids) : undefined);

/** Open vacancies at approved employers. */
export function loadVacancyPool(db: Database) {
  return SkillIndexedPool.load<MatchVacancy>(db, {
    eligibleIds: async (d, ids) =>
      (
        await d
          .select({ id: vacancies.id })
          .from(vacancies)
          .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
          .where(and(among(vacancies.id, ids), eq(vacancies.status, 'open'), eq(organisations.approvalStatus, 'approved')))
      ).map((r) => r.id),
    load: loadVacancies,
    skillsOf: (v) => [...v.required, ...v.optional].map((s) => s.skillId),
  });
}

/** Workers still looking who consented to be found: the only ones an employer may see as candidates. */
export function loadWorkerPool(db: Database) {
  return SkillIndexedPool.load<MatchWorker>(db, {
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
    skillsOf: (w) => w.skills.keys(),
  });
}

export type VacancyPool = SkillIndexedPool<MatchVacancy>;
export type WorkerPool = SkillIndexedPool<MatchWorker>;
