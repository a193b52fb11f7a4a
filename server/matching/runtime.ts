import type { Database } from '~/db/client';
import { toIsoDate } from '~/server/lib/dates';
import { loadMatchContext, type LoadedContext } from './load';

/**
 * The matching context (taxonomy graph, training offers, vacancy pool) is costly to build:
 * keep one per database and rebuild it every few minutes. The vacancy pool is also refreshed
 * on every change in between (see background.ts).
 */
const REFRESH_MS = 10 * 60 * 1000;
const contexts = new WeakMap<Database, { at: number; context: Promise<LoadedContext> }>();

export function getMatchContext(db: Database): Promise<LoadedContext> {
  const now = Date.now();
  let entry = contexts.get(db);
  if (!entry || now - entry.at > REFRESH_MS) {
    entry = { at: now, context: loadMatchContext(db) };
    contexts.set(db, entry);
    entry.context.catch(() => contexts.delete(db));
  }
  return entry.context.then((c) => {
    const now = new Date();
    return { ...c, today: toIsoDate(now), now: now.getTime() };
  });
}

/** The current context if one was built already (the sync loop must not build it for nothing). */
export function existingMatchContext(db: Database): Promise<LoadedContext> | null {
  return contexts.get(db)?.context ?? null;
}
