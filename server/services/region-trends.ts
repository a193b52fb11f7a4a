/**
 * The Overview (dashboard §1): the pipeline's figures for the chosen period, how many of the
 * region's workers found a job within 3, 6, 12 and 24 months of their risk start, the median
 * time that took, and the month-by-month trend. Every figure is one SQL aggregate.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { workerStatusValues } from '~/db/schema/enums';
import type { CoordinatorActor } from '~/server/auth/actor';
import { addMonths } from '~/server/lib/dates';
import { todayIso } from '~/server/lib/input';
import { STRONG_MATCH } from '~/server/notifications/strong-matches';
import { aggregateRows, dashboardPeriodInput, periodStart, ratio, type DashboardPeriodInput } from './region-dashboard';

/** The horizons of the placement rate, in months after the risk start. */
export const PLACEMENT_HORIZONS = [3, 6, 12, 24] as const;

export interface PlacementRate {
  months: number;
  /** Workers whose risk started at least `months` ago: only they had the whole horizon. */
  workers: number;
  /** Of them, hired within `months` of their risk start. */
  placed: number;
  rate: number | null;
}

export interface MonthTrend {
  /** YYYY-MM */
  month: string;
  newAtRisk: number;
  introductions: number;
  trials: number;
  placements: number;
}

export interface RegionTrends {
  from: string;
  to: string;
  workersByStatus: { status: (typeof workerStatusValues)[number]; workers: number }[];
  openVacancies: number;
  /** Stored matches of the region's active workers at or above the strong-match score. */
  strongMatches: number;
  introductions: number;
  trialPlacements: number;
  placements: number;
  placementRates: PlacementRate[];
  /** Median days from risk start to the first hire, for hires in the period. */
  medianDaysToPlacement: number | null;
  months: MonthTrend[];
}

export async function getRegionTrends(
  db: Database,
  actor: CoordinatorActor,
  input: DashboardPeriodInput,
  today = todayIso(),
): Promise<RegionTrends> {
  const { months } = dashboardPeriodInput.parse(input);
  const { regionId } = actor;
  const from = periodStart(today, months);
  const q = async (query: SQL) => aggregateRows<Record<string, unknown>>(await db.execute(query));
  const [statusRows, [figures], rateRows, [median], monthRows] = await Promise.all([
    q(sql`
      select w.status, count(*)::int as workers from worker_profiles w
      where w.region_id = ${regionId} group by w.status`),
    q(sql`
      select
        (select count(*)::int from vacancies v where v.region_id = ${regionId} and v.status = 'open') as open_vacancies,
        (select count(*)::int from matches m
           join worker_profiles w on w.id = m.worker_id
           join vacancies v on v.id = m.vacancy_id
          where w.region_id = ${regionId} and w.status in ('at_risk', 'in_transition')
            and v.status = 'open' and m.score >= ${STRONG_MATCH}) as strong_matches,
        (select count(*)::int from introductions i
           join worker_profiles w on w.id = i.worker_id
          where w.region_id = ${regionId} and i.created_at >= ${from}::date
            and i.created_at < ${today}::date + 1) as introductions,
        (select count(*)::int from placements p
          where p.region_id = ${regionId} and p.kind in ('trial', 'secondment')
            and p.start_date between ${from}::date and ${today}::date) as trial_placements,
        (select count(*)::int from placements p
          where p.region_id = ${regionId} and p.kind = 'hire'
            and p.start_date between ${from}::date and ${today}::date) as placements`),
    // Per horizon: the workers who had it whole, and who of them were hired within it.
    q(sql`
      with first_hire as (
        select p.worker_id, min(p.start_date) as hired_on from placements p
        where p.region_id = ${regionId} and p.kind = 'hire' group by p.worker_id
      )
      select h.months::int as months, count(*)::int as workers,
        count(*) filter (where f.hired_on <= w.risk_start_date + make_interval(months => h.months))::int as placed
      from unnest(${sql.raw(`array[${PLACEMENT_HORIZONS.join(',')}]`)}) as h(months)
      join worker_profiles w on w.region_id = ${regionId}
        and w.risk_start_date + make_interval(months => h.months) <= ${today}::date
      left join first_hire f on f.worker_id = w.id
      group by h.months order by h.months`),
    q(sql`
      with first_hire as (
        select p.worker_id, min(p.start_date) as hired_on from placements p
        where p.region_id = ${regionId} and p.kind = 'hire' group by p.worker_id
      )
      select percentile_cont(0.5) within group (order by f.hired_on - w.risk_start_date) as median
      from first_hire f join worker_profiles w on w.id = f.worker_id
      where f.hired_on between ${from}::date and ${today}::date`),
    // One pass per source table, grouped by month; months without any are filled in below.
    q(sql`
      select month, sum(new_at_risk)::int as new_at_risk, sum(introductions)::int as introductions,
        sum(trials)::int as trials, sum(placements)::int as placements
      from (
        select to_char(w.risk_start_date, 'YYYY-MM') as month, 1 as new_at_risk, 0 as introductions, 0 as trials, 0 as placements
        from worker_profiles w
        where w.region_id = ${regionId} and w.risk_start_date between ${from}::date and ${today}::date
        union all
        select to_char(i.created_at at time zone 'Europe/Amsterdam', 'YYYY-MM'), 0, 1, 0, 0
        from introductions i join worker_profiles w on w.id = i.worker_id
        where w.region_id = ${regionId} and i.created_at >= ${from}::date and i.created_at < ${today}::date + 1
        union all
        select to_char(p.start_date, 'YYYY-MM'), 0, 0, (p.kind <> 'hire')::int, (p.kind = 'hire')::int
        from placements p
        where p.region_id = ${regionId} and p.start_date between ${from}::date and ${today}::date
      ) as events
      group by month`),
  ]);
  const byStatus = new Map(statusRows.map((r) => [r.status as string, Number(r.workers)]));
  return {
    from,
    to: today,
    workersByStatus: workerStatusValues.map((status) => ({ status, workers: byStatus.get(status) ?? 0 })),
    openVacancies: Number(figures!.open_vacancies),
    strongMatches: Number(figures!.strong_matches),
    introductions: Number(figures!.introductions),
    trialPlacements: Number(figures!.trial_placements),
    placements: Number(figures!.placements),
    placementRates: PLACEMENT_HORIZONS.map((h) => {
      const row = rateRows.find((r) => Number(r.months) === h);
      const workers = Number(row?.workers ?? 0);
      const placed = Number(row?.placed ?? 0);
      return { months: h, workers, placed, rate: ratio(placed, workers) };
    }),
    medianDaysToPlacement: median?.median === null || median?.median === undefined ? null : Number(median.median),
    months: Array.from({ length: months }, (_, n) => {
      const month = addMonths(from, n).slice(0, 7);
      const r = monthRows.find((row) => row.month === month);
      return {
        month,
        newAtRisk: Number(r?.new_at_risk ?? 0),
        introductions: Number(r?.introductions ?? 0),
        trials: Number(r?.trials ?? 0),
        placements: Number(r?.placements ?? 0),
      };
    }),
  };
}
