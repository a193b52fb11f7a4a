/**
 * The equity monitor (dashboard §5): placement rate and median time to placement per group of
 * the region's workers, by age band, gender, education level, contract type and working
 * hours. Never individuals, and never a small group:
 *  - a group of fewer than MIN_GROUP workers is suppressed (its rate and median not shown);
 *  - when exactly one group of a dimension would be suppressed, the next-smallest is too, so no
 *    total (the overview shows the region's) minus the visible groups recovers a small one;
 *  - no counts are published per group, only rates; a median only when at least MIN_GROUP
 *    people of the group were placed (a median of three is nearly a person).
 * Contract type and working hours are those of the job that disappears, as the employer gave
 * them when inviting the worker (under 35 hours a week: part-time, the CBS line); gender is the
 * worker's own, optional. Whoever has no value for a dimension counts in its own group of it
 * (gender: "not given", the others: "unknown"), so each dimension's groups add up to the region's
 * workers as the suppression rule above assumes; a worker's desired hours are never used.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { contractTypeValues, educationLevelValues, genderValues } from '~/db/schema/enums';
import type { CoordinatorActor } from '~/server/auth/actor';
import { todayIso } from '~/server/lib/input';
import { aggregateRows, ratio } from './region-dashboard';

export const MIN_GROUP = 10;

export const ageBandValues = ['under_25', '25_34', '35_44', '45_54', '55_plus'] as const;
export const hoursBandValues = ['part_time', 'full_time', 'unknown'] as const;
/** Below this many hours a week a job is part-time (the CBS line). */
export const PART_TIME_BELOW_HOURS = 35;

export const equityDimensions = {
  age: ageBandValues,
  /** A worker who gives no gender counts as "undisclosed". */
  gender: genderValues,
  education: educationLevelValues,
  contract: [...contractTypeValues, 'unknown'] as const,
  hours: hoursBandValues,
} as const;
export type EquityDimension = keyof typeof equityDimensions;

export interface EquityGroupCount {
  group: string;
  workers: number;
  placed: number;
  medianDays: number | null;
}

export interface EquityCell {
  dimension: EquityDimension;
  group: string;
  /** True when the group is too small, or suppressed so that another small one cannot be recovered. */
  suppressed: boolean;
  rate: number | null;
  medianDays: number | null;
}

/** The publishable cells of one dimension: every group of it, small ones suppressed (see the file's comment). */
export function suppressSmallGroups(dimension: EquityDimension, counts: EquityGroupCount[]): EquityCell[] {
  const groups = equityDimensions[dimension].map(
    (group) => counts.find((c) => c.group === group) ?? { group, workers: 0, placed: 0, medianDays: null },
  );
  const suppressed = new Set(groups.filter((g) => g.workers < MIN_GROUP).map((g) => g.group));
  const smallButPresent = groups.filter((g) => suppressed.has(g.group) && g.workers > 0);
  if (smallButPresent.length === 1) {
    const next = groups
      .filter((g) => !suppressed.has(g.group))
      .sort((a, b) => a.workers - b.workers || a.group.localeCompare(b.group))[0];
    if (next) suppressed.add(next.group);
  }
  return groups.map((g) => {
    const hidden = suppressed.has(g.group);
    return {
      dimension,
      group: g.group,
      suppressed: hidden,
      rate: hidden ? null : ratio(g.placed, g.workers),
      medianDays: hidden || g.placed < MIN_GROUP ? null : g.medianDays,
    };
  });
}

export async function regionEquity(db: Database, actor: CoordinatorActor, today = todayIso()): Promise<EquityCell[]> {
  const year = Number(today.slice(0, 4));
  const rows = aggregateRows<Record<string, unknown>>(
    await db.execute(sql`
      with first_hire as (
        select p.worker_id, min(p.start_date) as hired_on from placements p
        where p.region_id = ${actor.regionId} and p.kind = 'hire' group by p.worker_id
      ), people as (
        select
          case when ${year} - w.birth_year < 25 then 'under_25' when ${year} - w.birth_year < 35 then '25_34'
               when ${year} - w.birth_year < 45 then '35_44' when ${year} - w.birth_year < 55 then '45_54'
               else '55_plus' end as age,
          coalesce(w.gender::text, 'undisclosed') as gender, w.education_level::text as education,
          coalesce(w.current_contract_type::text, 'unknown') as contract,
          case when w.current_weekly_hours is null then 'unknown'
               when w.current_weekly_hours < ${PART_TIME_BELOW_HOURS} then 'part_time' else 'full_time' end as hours,
          f.hired_on - w.risk_start_date as days
        from worker_profiles w left join first_hire f on f.worker_id = w.id
        where w.region_id = ${actor.regionId}
      )
      select dimension, grp, count(*)::int as workers, count(days)::int as placed,
        percentile_cont(0.5) within group (order by days) as median
      from people,
        lateral (values ('age', age), ('gender', gender), ('education', education), ('contract', contract), ('hours', hours))
          as d(dimension, grp)
      group by dimension, grp`),
  );
  return (Object.keys(equityDimensions) as EquityDimension[]).flatMap((dimension) =>
    suppressSmallGroups(
      dimension,
      rows
        .filter((r) => r.dimension === dimension)
        .map((r) => ({
          group: String(r.grp),
          workers: Number(r.workers),
          placed: Number(r.placed),
          medianDays: r.median === null ? null : Math.round(Number(r.median)),
        })),
    ),
  );
}
