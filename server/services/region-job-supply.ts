/**
 * "Is there a job to go to?" (dashboard §2): the policy column's condition, measured. Open
 * vacancies against the region's at-risk workers per redundancy cohort (vacancies that fit its
 * people by the stored matches), per ISCO sub-major group (2 digits) and per skill; each row
 * flagged when workers outnumber fitting vacancies (matching alone will not help) or vacancies
 * outnumber workers (a retraining opportunity). And per cohort where its people could move to,
 * from the transition-path engine.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import type { CoordinatorActor } from '~/server/auth/actor';
import { getTransitions } from '~/server/taxonomy/transition-runtime';
import { activeWorkerOf, aggregateRows, ratio } from './region-dashboard';

/** A stored match at or above this score counts as a vacancy that fits the worker. */
export const FITTING_MATCH = 0.5;
/** Destinations shown per cohort. */
export const COHORT_DESTINATIONS = 3;

export type SupplyFlag = 'workers_outnumber_vacancies' | 'vacancies_outnumber_workers' | null;

export interface SupplyRow {
  workers: number;
  vacancies: number;
  /** Open vacancies per at-risk worker; null without workers. */
  vacanciesPerWorker: number | null;
  flag: SupplyFlag;
}

export const supplyFlag = (workers: number, vacancies: number): SupplyFlag =>
  workers > vacancies ? 'workers_outnumber_vacancies' : vacancies > workers ? 'vacancies_outnumber_workers' : null;

const supply = (workers: number, vacancies: number): SupplyRow => ({
  workers,
  vacancies,
  vacanciesPerWorker: ratio(vacancies, workers),
  flag: supplyFlag(workers, vacancies),
});

export interface CohortSupplyRow extends SupplyRow {
  redundancyId: string;
  title: string;
  organisation: string;
}

export interface LabelledSupplyRow extends SupplyRow {
  code: string;
  labelNl: string | null;
  labelEn: string | null;
}

/** Per announcement (cancelled ones left out): its people still guided, and the open vacancies their matches point at. */
export async function cohortSupply(db: Database, actor: CoordinatorActor): Promise<CohortSupplyRow[]> {
  const rows = aggregateRows<Record<string, unknown>>(
    await db.execute(sql`
      with cohort_workers as (
        select w.id, w.redundancy_id from worker_profiles w
        where ${activeWorkerOf(actor.regionId)} and w.redundancy_id is not null
      ), fitting as (
        select cw.redundancy_id, count(distinct m.vacancy_id)::int as vacancies
        from cohort_workers cw
        join matches m on m.worker_id = cw.id and m.score >= ${FITTING_MATCH}
        join vacancies v on v.id = m.vacancy_id and v.status = 'open'
        group by cw.redundancy_id
      )
      select r.id, r.title, o.name as organisation,
        (select count(*)::int from cohort_workers cw where cw.redundancy_id = r.id) as workers,
        coalesce(f.vacancies, 0) as vacancies
      from redundancies r
      join organisations o on o.id = r.organisation_id
      left join fitting f on f.redundancy_id = r.id
      where r.region_id = ${actor.regionId} and r.status <> 'cancelled'
      order by r.expected_date desc, r.id`),
  );
  return rows.map((r) => ({
    redundancyId: String(r.id),
    title: String(r.title),
    organisation: String(r.organisation),
    ...supply(Number(r.workers), Number(r.vacancies)),
  }));
}

/** Per ISCO sub-major group: workers by their current occupation, open vacancies by theirs. */
export async function occupationGroupSupply(db: Database, actor: CoordinatorActor): Promise<LabelledSupplyRow[]> {
  const rows = aggregateRows<Record<string, unknown>>(
    await db.execute(sql`
      with worker_groups as (
        select left(oc.isco_group, 2) as code, count(*)::int as n
        from worker_profiles w join occupations oc on oc.id = w.current_occupation_id
        where ${activeWorkerOf(actor.regionId)} group by 1
      ), vacancy_groups as (
        select left(oc.isco_group, 2) as code, count(*)::int as n
        from vacancies v join occupations oc on oc.id = v.occupation_id
        where v.region_id = ${actor.regionId} and v.status = 'open' group by 1
      )
      select coalesce(wg.code, vg.code) as code, g.label_nl, g.label_en,
        coalesce(wg.n, 0) as workers, coalesce(vg.n, 0) as vacancies
      from worker_groups wg full join vacancy_groups vg on vg.code = wg.code
      left join isco_groups g on g.code = coalesce(wg.code, vg.code)
      order by coalesce(wg.n, 0) desc, coalesce(vg.n, 0) desc, 1`),
  );
  return rows.map((r) => ({
    code: String(r.code),
    labelNl: (r.label_nl as string | null) ?? null,
    labelEn: (r.label_en as string | null) ?? null,
    ...supply(Number(r.workers), Number(r.vacancies)),
  }));
}

/** Per skill: at-risk workers who have it, open vacancies that require it. */
export async function skillSupply(db: Database, actor: CoordinatorActor): Promise<LabelledSupplyRow[]> {
  const rows = aggregateRows<Record<string, unknown>>(
    await db.execute(sql`
      with worker_side as (
        select ws.skill_id, count(*)::int as n
        from worker_skills ws join worker_profiles w on w.id = ws.worker_id
        where ${activeWorkerOf(actor.regionId)} group by 1
      ), vacancy_side as (
        select vs.skill_id, count(*)::int as n
        from vacancy_skills vs join vacancies v on v.id = vs.vacancy_id
        where v.region_id = ${actor.regionId} and v.status = 'open' and vs.importance = 'required' group by 1
      )
      select s.id, s.preferred_label_nl, s.preferred_label_en,
        coalesce(ws.n, 0) as workers, coalesce(vs.n, 0) as vacancies
      from worker_side ws full join vacancy_side vs on vs.skill_id = ws.skill_id
      join skills s on s.id = coalesce(ws.skill_id, vs.skill_id)
      order by coalesce(ws.n, 0) + coalesce(vs.n, 0) desc, s.preferred_label_en, s.id`),
  );
  return rows.map((r) => ({
    code: String(r.id),
    labelNl: (r.preferred_label_nl as string | null) ?? null,
    labelEn: (r.preferred_label_en as string | null) ?? null,
    ...supply(Number(r.workers), Number(r.vacancies)),
  }));
}

export interface CohortDestination {
  redundancyId: string;
  title: string;
  occupation: { id: string; labelNl: string | null; labelEn: string | null };
  /** Share (0..1) of the destination's essential skills the cohort's occupations cover. */
  coverage: number;
  /** Essential skills still to learn. */
  missingSkills: number;
  /** Open vacancies in the region for that occupation. */
  openVacancies: number;
}

/**
 * Per cohort, the occupations its people could move to: the engine's best paths from the
 * occupations of the announcement's roles and of the people who joined it.
 */
export async function cohortDestinations(db: Database, actor: CoordinatorActor): Promise<CohortDestination[]> {
  const sources = aggregateRows<{ id: string; title: string; occupation_ids: string[] | null }>(
    await db.execute(sql`
      select r.id, r.title, array_remove(array(
        select distinct x from (
          select (role ->> 'occupationId')::uuid as x from jsonb_array_elements(r.roles) as role
          union select w.current_occupation_id from worker_profiles w where w.redundancy_id = r.id
        ) as o
      ), null) as occupation_ids
      from redundancies r
      where r.region_id = ${actor.regionId} and r.status <> 'cancelled'
      order by r.expected_date desc, r.id`),
  );
  const { index, retired } = await getTransitions(db);
  const paths = sources.map((cohort) => {
    const occupationIds = (cohort.occupation_ids ?? []).filter((id) => index.has(id));
    return {
      cohort,
      paths: occupationIds.length
        ? index.pathsFrom({ occupationIds, limit: COHORT_DESTINATIONS, exclude: retired })
        : [],
    };
  });
  const targetIds = [...new Set(paths.flatMap((p) => p.paths.map((path) => path.occupationId)))];
  if (targetIds.length === 0) return [];
  const targets = aggregateRows<{ id: string; label_nl: string | null; label_en: string | null; open: number }>(
    await db.execute(sql`
      select oc.id, oc.preferred_label_nl as label_nl, oc.preferred_label_en as label_en,
        (select count(*)::int from vacancies v
          where v.occupation_id = oc.id and v.region_id = ${actor.regionId} and v.status = 'open') as open
      from occupations oc where oc.id in (${sql.join(
        targetIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`),
  );
  const byId = new Map(targets.map((t) => [t.id, t]));
  return paths.flatMap(({ cohort, paths: found }) =>
    found.map((path) => {
      const target = byId.get(path.occupationId);
      return {
        redundancyId: cohort.id,
        title: cohort.title,
        occupation: { id: path.occupationId, labelNl: target?.label_nl ?? null, labelEn: target?.label_en ?? null },
        coverage: Math.round(path.coverage * 100) / 100,
        missingSkills: path.missingSkillIds.length,
        openVacancies: Number(target?.open ?? 0),
      };
    }),
  );
}
