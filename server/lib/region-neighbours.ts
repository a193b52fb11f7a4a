/**
 * Neighbouring regions (region_neighbours). A worker who is "open to other regions" is open to
 * the regions that border their own, not to the whole country: commuting and the regional
 * mobility teams' cooperation stop at the neighbours. The table lists each pair once or in both
 * directions; it is read both ways, so a border is always mutual.
 */
import { eq, or } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { regionNeighbours } from '~/db/schema';

/** The regions bordering `regionId`, sorted (never `regionId` itself). */
export async function neighbourRegionIds(db: Database, regionId: string): Promise<string[]> {
  const rows = await db
    .select({ a: regionNeighbours.regionId, b: regionNeighbours.neighbourId })
    .from(regionNeighbours)
    .where(or(eq(regionNeighbours.regionId, regionId), eq(regionNeighbours.neighbourId, regionId)));
  const ids = new Set(rows.map((r) => (r.a === regionId ? r.b : r.a)));
  ids.delete(regionId);
  return [...ids].sort();
}

/** Every region's neighbours (region id → sorted neighbour ids), for loading many workers at once. */
export async function loadRegionNeighbours(db: Database): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ a: regionNeighbours.regionId, b: regionNeighbours.neighbourId })
    .from(regionNeighbours);
  const sets = new Map<string, Set<string>>();
  const link = (from: string, to: string) => {
    if (from === to) return;
    const set = sets.get(from) ?? new Set<string>();
    set.add(to);
    sets.set(from, set);
  };
  for (const { a, b } of rows) {
    link(a, b);
    link(b, a);
  }
  return new Map([...sets].map(([id, set]) => [id, [...set].sort()]));
}
