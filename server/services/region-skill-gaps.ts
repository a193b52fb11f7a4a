/**
 * The skill gap map (dashboard §3): the skills open vacancies ask for that the region's
 * at-risk workers lack, the region's training offers with how many workers each would unlock,
 * and the skills workers have that no open vacancy asks for.
 *
 * "Unlock": a worker has a stored match with an open vacancy (score ≥ FITTING_MATCH) whose
 * required skills they lack, and the offer teaches every one of those missing skills. Counted
 * per worker, once per offer, in one SQL aggregate.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import type { CoordinatorActor } from '~/server/auth/actor';
import { activeWorkerOf, aggregateRows } from './region-dashboard';
import { FITTING_MATCH } from './region-job-supply';

/** A match that lacks more required skills than this is not one course away. */
export const MAX_MISSING_FOR_UNLOCK = 3;

export interface SkillGapRow {
  skillId: string;
  labelNl: string | null;
  labelEn: string | null;
  /** Open vacancies requiring the skill. */
  vacancies: number;
  /** At-risk workers who have it. */
  workers: number;
  /** vacancies − workers: how many more vacancies ask for it than workers have it. */
  gap: number;
  /** The region's training offers that teach it. */
  offers: number;
}

export interface TrainingUnlockRow {
  offerId: string;
  provider: string;
  titleNl: string;
  titleEn: string;
  durationWeeks: number;
  costEuros: number;
  /** At-risk workers for whom this offer teaches everything a fitting vacancy still lacks. */
  workersUnlocked: number;
}

export interface UnusedSkillRow {
  skillId: string;
  labelNl: string | null;
  labelEn: string | null;
  /** At-risk workers who have it; no open vacancy of the region asks for it. */
  workers: number;
}

export async function skillGaps(db: Database, actor: CoordinatorActor): Promise<SkillGapRow[]> {
  const rows = aggregateRows<Record<string, unknown>>(
    await db.execute(sql`
      with demand as (
        select vs.skill_id, count(*)::int as n
        from vacancy_skills vs join vacancies v on v.id = vs.vacancy_id
        where v.region_id = ${actor.regionId} and v.status = 'open' and vs.importance = 'required' group by 1
      ), supply as (
        select ws.skill_id, count(*)::int as n
        from worker_skills ws join worker_profiles w on w.id = ws.worker_id
        where ${activeWorkerOf(actor.regionId)} and ws.skill_id in (select skill_id from demand) group by 1
      )
      select s.id, s.preferred_label_nl, s.preferred_label_en, d.n as vacancies, coalesce(su.n, 0) as workers,
        (select count(*)::int from training_offer_skills os join training_offers o on o.id = os.training_offer_id
          where os.skill_id = d.skill_id and o.region_id = ${actor.regionId}) as offers
      from demand d join skills s on s.id = d.skill_id left join supply su on su.skill_id = d.skill_id
      where d.n > coalesce(su.n, 0)
      order by d.n - coalesce(su.n, 0) desc, d.n desc, s.preferred_label_en, s.id`),
  );
  return rows.map((r) => ({
    skillId: String(r.id),
    labelNl: (r.preferred_label_nl as string | null) ?? null,
    labelEn: (r.preferred_label_en as string | null) ?? null,
    vacancies: Number(r.vacancies),
    workers: Number(r.workers),
    gap: Number(r.vacancies) - Number(r.workers),
    offers: Number(r.offers),
  }));
}

export async function trainingUnlocks(db: Database, actor: CoordinatorActor): Promise<TrainingUnlockRow[]> {
  const rows = aggregateRows<Record<string, unknown>>(
    await db.execute(sql`
      with missing as (
        select m.worker_id, array_agg(vs.skill_id) filter (where ws.skill_id is null) as skills
        from matches m
        join worker_profiles w on w.id = m.worker_id
        join vacancies v on v.id = m.vacancy_id and v.status = 'open'
        join vacancy_skills vs on vs.vacancy_id = m.vacancy_id and vs.importance = 'required'
        left join worker_skills ws on ws.worker_id = m.worker_id and ws.skill_id = vs.skill_id
        where ${activeWorkerOf(actor.regionId)} and m.score >= ${FITTING_MATCH}
        group by m.worker_id, m.vacancy_id
        having count(*) filter (where ws.skill_id is null) between 1 and ${MAX_MISSING_FOR_UNLOCK}
      ), offers as (
        select o.id, o.provider, o.title_nl, o.title_en, o.duration_weeks, o.cost_euros,
          array_agg(os.skill_id) filter (where os.skill_id is not null) as skills
        from training_offers o left join training_offer_skills os on os.training_offer_id = o.id
        where o.region_id = ${actor.regionId}
        group by o.id
      ), unlocked as (
        -- Computed once, joined: only the offers teaching a pair's first missing skill are candidates.
        select os.training_offer_id as id, count(distinct mi.worker_id)::int as n
        from missing mi
        join training_offer_skills os on os.skill_id = mi.skills[1]
        join offers o on o.id = os.training_offer_id and mi.skills <@ o.skills
        group by os.training_offer_id
      )
      select o.id, o.provider, o.title_nl, o.title_en, o.duration_weeks, o.cost_euros, coalesce(u.n, 0) as unlocked
      from offers o left join unlocked u on u.id = o.id
      order by unlocked desc, o.title_en, o.id`),
  );
  return rows.map((r) => ({
    offerId: String(r.id),
    provider: String(r.provider),
    titleNl: String(r.title_nl),
    titleEn: String(r.title_en),
    durationWeeks: Number(r.duration_weeks),
    costEuros: Number(r.cost_euros),
    workersUnlocked: Number(r.unlocked),
  }));
}

export async function unusedSkills(db: Database, actor: CoordinatorActor): Promise<UnusedSkillRow[]> {
  const rows = aggregateRows<Record<string, unknown>>(
    await db.execute(sql`
      select s.id, s.preferred_label_nl, s.preferred_label_en, count(*)::int as workers
      from worker_skills ws
      join worker_profiles w on w.id = ws.worker_id
      join skills s on s.id = ws.skill_id
      where ${activeWorkerOf(actor.regionId)}
        and not exists (
          select 1 from vacancy_skills vs join vacancies v on v.id = vs.vacancy_id
          where vs.skill_id = ws.skill_id and v.region_id = ${actor.regionId} and v.status = 'open')
      group by s.id
      order by count(*) desc, s.preferred_label_en, s.id`),
  );
  return rows.map((r) => ({
    skillId: String(r.id),
    labelNl: (r.preferred_label_nl as string | null) ?? null,
    labelEn: (r.preferred_label_en as string | null) ?? null,
    workers: Number(r.workers),
  }));
}
