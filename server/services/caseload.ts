/**
 * The coordinator's caseload: every worker of the region in guidance, with how many days are
 * left of their guidance window and the next action due. Unlike the rest of the coordinator
 * portal this is per person: the regional mobility team guides these people, and needs to know
 * whom to call. The actions (the rules the municipal job-to-job arrangements set):
 *
 * - intake: a first intake within 1 month of the risk start (the announcement), done once an
 *   intake note is recorded;
 * - review: "suitable work" widens every 6 months, so the k-th review (suggest a wider commute
 *   or another occupation) is due 6·k months after the risk start, k = reviews recorded + 1,
 *   as long as that is before the deadline;
 * - alert90 / alert30: 90 and 30 days before the guidance deadline, done once any note is
 *   dated on or after that day (the coordinator acted on it).
 *
 * The next action is the earliest of those still open. Everything is computed in one SQL
 * statement so the list sorts, filters and pages over the whole region (20k workers) without
 * loading it into Node.
 */
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { workerStatusValues } from '~/db/schema/enums';
import type { CoordinatorActor } from '~/server/auth/actor';
import type { IsoDate } from '~/server/lib/dates';
import { singleLineText, todayIso } from '~/server/lib/input';
import { offsetOf, pageNumber, PAGE_SIZE, type Page } from '~/server/lib/pagination';
import { rowsOf } from '~/server/search/postgres/rows';

/** The first intake is due this many months after the risk start. */
export const INTAKE_WITHIN_MONTHS = 1;
/** "Suitable work" widens, and the worker's search with it, every this many months. */
export const REVIEW_EVERY_MONTHS = 6;
/** Alerts before the guidance deadline, in days (the larger first). */
export const DEADLINE_ALERT_DAYS = [90, 30] as const;

export const caseloadActions = ['intake', 'review', 'alert90', 'alert30'] as const;
export type CaseloadAction = (typeof caseloadActions)[number];

export const caseloadSorts = ['deadline', 'nextDue', 'lastActivity', 'name', 'status'] as const;
/** Which deadlines to show: this calendar quarter, within 90 or 30 days, or already passed. */
export const caseloadWindows = ['quarter', 'd90', 'd30', 'passed'] as const;

export const caseloadFilter = z.object({
  /** `active`: at risk or in transition (still guided), the default. */
  status: z.enum(['active', 'all', ...workerStatusValues]).default('active'),
  window: z.enum(caseloadWindows).optional(),
  /** Only workers whose next action is this one (`overdue`: whatever it is, past its day). */
  action: z.enum([...caseloadActions, 'overdue']).optional(),
  /** Part of the worker's name or firm. */
  query: singleLineText({ max: 100 }).optional(),
  sort: z.enum(caseloadSorts).default('deadline'),
  direction: z.enum(['asc', 'desc']).default('asc'),
});
export type CaseloadFilter = z.infer<typeof caseloadFilter>;

export const caseloadInput = caseloadFilter.extend({ page: pageNumber });

export interface CaseloadRow {
  workerId: string;
  name: string;
  organisation: string | null;
  status: (typeof workerStatusValues)[number];
  riskStartDate: IsoDate;
  guidanceDeadline: IsoDate;
  /** Negative once the deadline has passed. */
  daysLeft: number;
  /** The latest of: a change to the profile, an introduction, a note. */
  lastActivity: IsoDate;
  maxCommuteKm: number;
  /** Null for a worker no longer guided (placed, withdrawn). */
  nextAction: CaseloadAction | null;
  nextDue: IsoDate | null;
  overdue: boolean;
}

/** The last day of the calendar quarter `today` is in. */
export function quarterEnd(today: IsoDate): IsoDate {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const lastMonth = Math.ceil(month / 3) * 3;
  const day = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return `${year}-${String(lastMonth).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const [ALERT_EARLY, ALERT_LATE] = DEADLINE_ALERT_DAYS;

/** Every worker of the region with their dates and due actions, as a subquery `c`. */
function caseloadQuery(regionId: string, today: IsoDate, statuses: readonly string[], named = true): SQL {
  const statusList = sql.join(
    statuses.map((s) => sql`${s}::worker_status`),
    sql`, `,
  );
  return sql`
    with w as (
      select wp.id as worker_id, wp.user_id, wp.current_organisation_id,
        ${named ? sql`u.name, o.name as organisation,` : sql``} wp.status::text as status,
        wp.risk_start_date, wp.guidance_deadline, wp.max_commute_km,
        coalesce(n.has_intake, false) as has_intake, coalesce(n.reviews, 0) as reviews, n.last_note,
        greatest(wp.updated_at::date, i.last_introduction, n.last_note) as last_activity,
        wp.status in ('at_risk', 'in_transition') as guided
      from worker_profiles wp
      ${named ? namesJoin('wp') : sql``}
      -- Aggregated once for the region and hash-joined: one pass over the notes and the
      -- introductions instead of a lookup per worker.
      left join (
        select worker_id, bool_or(kind = 'intake') as has_intake,
          count(*) filter (where kind = 'review')::int as reviews, max(note_date) as last_note
        from worker_notes where region_id = ${regionId} group by worker_id
      ) n on n.worker_id = wp.id
      left join (
        select i.worker_id, max(i.updated_at)::date as last_introduction
        from introductions i join worker_profiles iw on iw.id = i.worker_id
        where iw.region_id = ${regionId} group by i.worker_id
      ) i on i.worker_id = wp.id
      where wp.region_id = ${regionId} and wp.status in (${statusList})
    ), due as (
      select w.*, (guidance_deadline - ${today}::date) as days_left,
        case when guided and not has_intake
          then (risk_start_date + make_interval(months => ${INTAKE_WITHIN_MONTHS}))::date end as intake_due,
        case when guided and (risk_start_date + make_interval(months => ${REVIEW_EVERY_MONTHS} * (reviews + 1)))::date < guidance_deadline
          then (risk_start_date + make_interval(months => ${REVIEW_EVERY_MONTHS} * (reviews + 1)))::date end as review_due,
        case when guided and (last_note is null or last_note < guidance_deadline - ${ALERT_EARLY}::int)
          then guidance_deadline - ${ALERT_EARLY}::int end as alert90_due,
        case when guided and (last_note is null or last_note < guidance_deadline - ${ALERT_LATE}::int)
          then guidance_deadline - ${ALERT_LATE}::int end as alert30_due
      from w
    ), c as (
      select due.*, least(intake_due, review_due, alert90_due, alert30_due) as next_due
      from due
    )`;
}

/** The worker's name and firm: joined for every worker only when the filter or the sort needs them. */
const namesJoin = (alias: string) =>
  sql.raw(
    `join users u on u.id = ${alias}.user_id left join organisations o on o.id = ${alias}.current_organisation_id`,
  );

/** The actions in order of precedence when two fall on one day. */
const nextActionSql = sql`case
  when next_due is null then null
  when next_due = intake_due then 'intake'
  when next_due = review_due then 'review'
  when next_due = alert90_due then 'alert90'
  else 'alert30' end`;

function statusesOf(filter: CaseloadFilter): readonly string[] {
  if (filter.status === 'active') return ['at_risk', 'in_transition'];
  if (filter.status === 'all') return workerStatusValues;
  return [filter.status];
}

function whereOf(filter: CaseloadFilter, today: IsoDate): SQL {
  const conditions: SQL[] = [sql`true`];
  switch (filter.window) {
    case 'quarter':
      conditions.push(sql`guidance_deadline between ${today}::date and ${quarterEnd(today)}::date`);
      break;
    case 'd90':
      conditions.push(sql`days_left between 0 and ${ALERT_EARLY}`);
      break;
    case 'd30':
      conditions.push(sql`days_left between 0 and ${ALERT_LATE}`);
      break;
    case 'passed':
      conditions.push(sql`days_left < 0`);
      break;
  }
  if (filter.action === 'overdue') conditions.push(sql`next_due < ${today}::date`);
  else if (filter.action) conditions.push(sql`(${nextActionSql}) = ${filter.action}`);
  if (filter.query) {
    const like = `%${filter.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(name ilike ${like} or organisation ilike ${like})`);
  }
  return sql.join(conditions, sql` and `);
}

/** The sort, on the columns of `alias` (the caseload, or the page cut from it). */
function orderBy(filter: CaseloadFilter, alias: string): SQL {
  const column = {
    deadline: 'guidance_deadline',
    nextDue: 'next_due',
    lastActivity: 'last_activity',
    name: 'lower(name)',
    status: 'status',
  }[filter.sort].replace(/^(lower\()?/, `$1${alias}.`);
  const direction = filter.direction === 'desc' ? 'desc' : 'asc';
  return sql.raw(`${column} ${direction} nulls last, ${alias}.guidance_deadline, ${alias}.worker_id`);
}

interface RawRow {
  worker_id: string;
  name: string;
  organisation: string | null;
  status: CaseloadRow['status'];
  risk_start_date: string;
  guidance_deadline: string;
  days_left: number;
  last_activity: string;
  max_commute_km: number;
  next_action: CaseloadAction | null;
  next_due: string | null;
  total?: number;
}

function caseloadRowFrom(r: RawRow, today: IsoDate): CaseloadRow {
  return {
    workerId: r.worker_id,
    name: r.name,
    organisation: r.organisation,
    status: r.status,
    riskStartDate: r.risk_start_date,
    guidanceDeadline: r.guidance_deadline,
    daysLeft: Number(r.days_left),
    lastActivity: r.last_activity,
    maxCommuteKm: Number(r.max_commute_km),
    nextAction: r.next_action,
    nextDue: r.next_due,
    overdue: r.next_due !== null && r.next_due < today,
  };
}

/** The columns each row needs; dates cast to text so both drivers return the same strings. */
const rowColumns = (
  named: boolean,
) => sql`p.worker_id, ${named ? sql`p.name, p.organisation` : sql`u.name, o.name as organisation`},
  p.status, p.risk_start_date::text, p.guidance_deadline::text, p.days_left, p.last_activity::text, p.max_commute_km,
  p.next_action, p.next_due::text`;

/**
 * The filtered, sorted caseload (one page, or all of it). Names are looked up for the page's
 * rows only, unless the filter or sort needs them for everyone: a lookup per worker of the
 * region is most of the time otherwise.
 */
async function selectRows(
  db: Database,
  actor: CoordinatorActor,
  filter: CaseloadFilter,
  page: number | null,
  today: IsoDate,
) {
  const named = filter.sort === 'name' || filter.query !== undefined;
  const limit = page === null ? sql`` : sql`limit ${PAGE_SIZE} offset ${offsetOf(page)}`;
  const rows = rowsOf<RawRow>(
    await db.execute(sql`${caseloadQuery(actor.regionId, today, statusesOf(filter), named)}
      select ${rowColumns(named)}, p.total from (
        select c.*, ${nextActionSql} as next_action, count(*) over ()::int as total
        from c where ${whereOf(filter, today)}
        order by ${orderBy(filter, 'c')} ${limit}
      ) p ${named ? sql`` : namesJoin('p')}
      order by ${orderBy(filter, 'p')}`),
  );
  return {
    total: Number(rows[0]?.total ?? 0),
    rows: rows.map((r) => caseloadRowFrom(r, today)),
  };
}

/** One page of the caseload, filtered and sorted over the whole region. */
export async function listCaseload(
  db: Database,
  actor: CoordinatorActor,
  input: z.infer<typeof caseloadInput>,
  today = todayIso(),
): Promise<Page<CaseloadRow>> {
  const { page, ...filter } = input;
  const { rows, total } = await selectRows(db, actor, filter, page, today);
  return { rows, total, page, pageSize: PAGE_SIZE };
}

/** The whole caseload for a filter, unpaged (for the CSV export). */
export async function allCaseloadRows(
  db: Database,
  actor: CoordinatorActor,
  filter: CaseloadFilter,
  today = todayIso(),
) {
  return (await selectRows(db, actor, filter, null, today)).rows;
}

/** One worker's caseload row; null when the worker is not of the coordinator's region. */
export async function caseloadRowOf(
  db: Database,
  actor: CoordinatorActor,
  workerId: string,
  today = todayIso(),
): Promise<CaseloadRow | null> {
  const [row] = rowsOf<RawRow>(
    await db.execute(sql`${caseloadQuery(actor.regionId, today, workerStatusValues)}
      select ${rowColumns(true)} from (select c.*, ${nextActionSql} as next_action from c where worker_id = ${workerId}) p`),
  );
  return row ? caseloadRowFrom(row, today) : null;
}

/** The figures at the top of the caseload: who runs out of time, and what is overdue (guided workers only). */
export async function caseloadSummary(db: Database, actor: CoordinatorActor, today = todayIso()) {
  const [row] = rowsOf<Record<string, number>>(
    // Counts only: no names needed.
    await db.execute(sql`${caseloadQuery(actor.regionId, today, ['at_risk', 'in_transition'], false)}
      select count(*)::int as guided,
        count(*) filter (where guidance_deadline between ${today}::date and ${quarterEnd(today)}::date)::int as quarter,
        count(*) filter (where days_left between 0 and ${ALERT_EARLY})::int as d90,
        count(*) filter (where days_left between 0 and ${ALERT_LATE})::int as d30,
        count(*) filter (where days_left < 0)::int as passed,
        count(*) filter (where next_due < ${today}::date)::int as overdue
      from c`),
  );
  const n = (key: string) => Number(row?.[key] ?? 0);
  return {
    quarterEnd: quarterEnd(today),
    guided: n('guided'),
    quarter: n('quarter'),
    d90: n('d90'),
    d30: n('d30'),
    passed: n('passed'),
    overdue: n('overdue'),
  };
}
