import { sql } from 'drizzle-orm';
import type { Database } from '~/db/client';

/**
 * Recomputes how common each skill and occupation is, the tie-breaker of autocomplete ranking:
 * a skill counts one per occupation that lists it, per vacancy that asks for it and per worker
 * who has it; an occupation one per vacancy and per worker profile (current or desired) naming
 * it. The figure is copied into the autocomplete word index, whose order depends on it, and the
 * vocabulary's word frequencies are recounted. Runs at every taxonomy import; call it after bulk
 * changes (e.g. seeding) too. Only rows whose figure changed are written.
 */
export async function refreshTaxonomyPopularity(db: Database): Promise<void> {
  await db.execute(sql`
    update skills s set popularity = c.n
    from (
      select k.id, coalesce(r.n, 0)::int as n
      from skills k
      left join (
        select skill_id, count(*) as n from (
          select skill_id from occupation_skills
          union all select skill_id from vacancy_skills
          union all select skill_id from worker_skills
        ) refs group by skill_id
      ) r on r.skill_id = k.id
    ) c
    where s.id = c.id and s.popularity <> c.n`);
  await db.execute(sql`
    update occupations o set popularity = c.n
    from (
      select k.id, coalesce(r.n, 0)::int as n
      from occupations k
      left join (
        select occupation_id, count(*) as n from (
          select occupation_id from vacancies where occupation_id is not null
          union all select current_occupation_id from worker_profiles where current_occupation_id is not null
          union all select occupation_id from worker_desired_occupations
        ) refs group by occupation_id
      ) r on r.occupation_id = k.id
    ) c
    where o.id = c.id and o.popularity <> c.n`);
  for (const [concepts, labelWords, words, id] of [
    ['skills', 'skill_label_words', 'skill_words', 'skill_id'],
    ['occupations', 'occupation_label_words', 'occupation_words', 'occupation_id'],
  ] as const) {
    await db.execute(
      sql.raw(
        `update ${labelWords} w set popularity = c.popularity from ${concepts} c where w.${id} = c.id and w.popularity <> c.popularity`,
      ),
    );
    await db.execute(
      sql.raw(`update ${words} v set frequency = f.n
        from (select v2.word, count(w.word)::int as n from ${words} v2 left join ${labelWords} w on w.word = v2.word group by v2.word) f
        where v.word = f.word and v.frequency <> f.n`),
    );
  }
}
