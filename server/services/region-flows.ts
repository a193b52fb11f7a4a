/**
 * Mobility flows (dashboard §6): from which sectors (or firms) the region's hired workers came
 * and which they joined, in the chosen period, and the share of those hires that stayed in the
 * region (the new employer is in the worker's own region, not a neighbouring one).
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import type { CoordinatorActor } from '~/server/auth/actor';
import { todayIso } from '~/server/lib/input';
import { aggregateRows, dashboardPeriodInput, periodStart, ratio } from './region-dashboard';

/** Firms shown by name on each side; the rest are one "other firms" node. */
export const TOP_FIRMS = 8;
/** The node for firms outside the top, and for a hire whose former employer is not known. */
export const OTHER = 'other';
export const UNKNOWN = 'unknown';

export const regionFlowsInput = dashboardPeriodInput.extend({
  level: z.enum(['sector', 'organisation']).default('sector'),
});

export interface FlowLink {
  /** A sector key, a firm name, OTHER or UNKNOWN. */
  from: string;
  to: string;
  placements: number;
}

export interface RegionFlows {
  level: 'sector' | 'organisation';
  links: FlowLink[];
  placements: number;
  stayedInRegion: number;
  stayShare: number | null;
}

export async function regionFlows(
  db: Database,
  actor: CoordinatorActor,
  input: z.input<typeof regionFlowsInput>,
  today = todayIso(),
): Promise<RegionFlows> {
  const { months, level } = regionFlowsInput.parse(input);
  const from = periodStart(today, months);
  const rows = aggregateRows<Record<string, unknown>>(
    await db.execute(sql`
      select fo.sector as from_sector, fo.name as from_name, tor.sector as to_sector, tor.name as to_name,
        (tor.region_id = p.region_id) as stayed, count(*)::int as n
      from placements p
      left join organisations fo on fo.id = p.from_organisation_id
      join organisations tor on tor.id = p.to_organisation_id
      where p.region_id = ${actor.regionId} and p.kind = 'hire' and p.start_date between ${from}::date and ${today}::date
      group by 1, 2, 3, 4, 5`),
  );
  const total = rows.reduce((sum, r) => sum + Number(r.n), 0);
  const stayed = rows.filter((r) => r.stayed === true).reduce((sum, r) => sum + Number(r.n), 0);
  const side = (key: 'from_name' | 'to_name') => {
    const counts = new Map<string, number>();
    for (const r of rows) if (r[key]) counts.set(String(r[key]), (counts.get(String(r[key])) ?? 0) + Number(r.n));
    return new Set(
      [...counts]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, TOP_FIRMS)
        .map(([name]) => name),
    );
  };
  const topFrom = level === 'organisation' ? side('from_name') : new Set<string>();
  const topTo = level === 'organisation' ? side('to_name') : new Set<string>();
  const nodeOf = (sector: unknown, name: unknown, top: Set<string>) => {
    if (sector === null || sector === undefined) return UNKNOWN;
    if (level === 'sector') return String(sector);
    return top.has(String(name)) ? String(name) : OTHER;
  };
  const links = new Map<string, FlowLink>();
  for (const r of rows) {
    const link = { from: nodeOf(r.from_sector, r.from_name, topFrom), to: nodeOf(r.to_sector, r.to_name, topTo) };
    const key = `${link.from}\u0000${link.to}`;
    const entry = links.get(key) ?? { ...link, placements: 0 };
    entry.placements += Number(r.n);
    links.set(key, entry);
  }
  return {
    level,
    links: [...links.values()].sort(
      (a, b) => b.placements - a.placements || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
    ),
    placements: total,
    stayedInRegion: stayed,
    stayShare: ratio(stayed, total),
  };
}
