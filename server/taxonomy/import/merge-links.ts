/**
 * Merges the staged links: occupation → skill (essential/optional), skill → broader skill and
 * skill → skill group. Links are ESCO's own data, so a link a newer release dropped is removed —
 * but only for the concepts this import covers, and only when the import had the file that
 * states those links; a link to one of the region's own skills (urn:overstap:…, the demo's extra
 * skills) is not ESCO's to remove. Links to a concept the taxonomy does not know are skipped and counted
 * (a partial download has occupations whose skills are not in it).
 */
import { sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { queryCount, queryRows } from '~/server/taxonomy/sql';
import type { LinkCounts } from './summary';

const run = (db: Database, text: string) => db.execute(sql.raw(text));
const count = (db: Database, text: string) => queryCount(db, sql.raw(text));
const counted = (db: Database, statement: string) =>
  count(db, `with c as (${statement} returning 1) select count(*)::int as n from c`);

const exampleCount = 5;

/** The first few links left out, for the summary: `<from> → <to> (file line n)`. */
async function examples(db: Database, select: string): Promise<string[]> {
  const rows = await queryRows<{ from: string; to: string; file: string | null; line: number | null }>(
    db,
    sql.raw(`${select} limit ${exampleCount}`),
  );
  return rows.map((r) => `${r.from} → ${r.to}${r.file ? ` (${r.file} line ${r.line})` : ''}`);
}

export async function mergeOccupationSkills(db: Database): Promise<LinkCounts> {
  // A relation's concepts: this import's, else the taxonomy's (a partial import may link to a
  // skill it does not carry). The merged tables are analyzed, so this is two hash joins.
  await run(
    db,
    `create temporary table esco_occupation_skill_merged on commit drop as
     select distinct on (o.id, s.id) o.id as occupation_id, s.id as skill_id, r.relation::skill_relation as relation
     from esco_stage_occupation_skill r
     join esco_occupation_merged o on o.uri = r.occupation_uri
     join (select uri, id from esco_skill_merged
           union all select uri, id from skills k where not exists (select 1 from esco_skill_merged m where m.uri = k.uri)) s
       on s.uri = r.skill_uri
     order by o.id, s.id, (r.relation = 'essential') desc`,
  );
  await run(db, 'create index on esco_occupation_skill_merged (occupation_id, skill_id)');
  await run(db, 'analyze esco_occupation_skill_merged');
  const read = await count(db, 'select count(*)::int as n from esco_stage_occupation_skill');
  const unknown = `from esco_stage_occupation_skill r
     where not exists (select 1 from esco_occupation_merged o where o.uri = r.occupation_uri)
        or not exists (select 1 from skills s where s.uri = r.skill_uri)`;
  const skipped = await count(db, `select count(*)::int as n ${unknown}`);
  const skippedExamples = await examples(
    db,
    `select r.occupation_uri as "from", r.skill_uri as "to", r.file, r.line ${unknown} order by r.line`,
  );
  const desired = await count(db, 'select count(*)::int as n from esco_occupation_skill_merged');
  // One statement inserts the new links and updates the changed ones; xmax = 0 tells them apart.
  const [upserted] = await queryRows<{ inserted: number; updated: number }>(
    db,
    sql.raw(
      `with u as (
         insert into occupation_skills (occupation_id, skill_id, relation)
         select m.occupation_id, m.skill_id, m.relation from esco_occupation_skill_merged m
         on conflict (occupation_id, skill_id) do update set relation = excluded.relation
           where occupation_skills.relation <> excluded.relation
         returning (xmax = 0) as is_new
       )
       select count(*) filter (where is_new)::int as inserted, count(*) filter (where not is_new)::int as updated from u`,
    ),
  );
  const inserted = upserted?.inserted ?? 0;
  const updated = upserted?.updated ?? 0;
  const removed = await counted(
    db,
    `delete from occupation_skills t
     using esco_occupation_merged o
     where t.occupation_id = o.id
       and not exists (select 1 from skills s where s.id = t.skill_id and s.uri like 'urn:overstap:%')
       and not exists (select 1 from esco_occupation_skill_merged m where m.occupation_id = t.occupation_id and m.skill_id = t.skill_id)`,
  );
  return { read, inserted, updated, removed, unchanged: desired - inserted - updated, skipped, skippedExamples };
}

/**
 * The skill hierarchy: skill → broader skill and skill → skill group, both from the staged broader
 * relations (a broader URI is a skill or a skill group, whichever the taxonomy has). Counted as
 * one kind of link; `read` is the distinct (skill, broader) pairs in the files.
 */
export async function mergeSkillHierarchy(db: Database): Promise<LinkCounts> {
  await run(
    db,
    `create temporary table esco_skill_broader_pairs on commit drop as
     select distinct uri, broader_uri from esco_stage_skill_broader where uri <> broader_uri`,
  );
  await run(
    db,
    `create temporary table esco_skill_broader_merged on commit drop as
     select distinct s.id as skill_id, b.id as broader_skill_id
     from esco_skill_broader_pairs r
     join esco_skill_merged s on s.uri = r.uri
     join skills b on b.uri = r.broader_uri`,
  );
  await run(
    db,
    `create temporary table esco_skill_group_member_merged on commit drop as
     select distinct s.id as skill_id, g.id as skill_group_id
     from esco_skill_broader_pairs r
     join esco_skill_merged s on s.uri = r.uri
     join skill_groups g on g.uri = r.broader_uri`,
  );
  const read = await count(db, 'select count(*)::int as n from esco_skill_broader_pairs');
  const unknown = `from esco_skill_broader_pairs r
     where not exists (select 1 from esco_skill_merged s where s.uri = r.uri)
        or (not exists (select 1 from skills b where b.uri = r.broader_uri)
            and not exists (select 1 from skill_groups g where g.uri = r.broader_uri))`;
  const skipped = await count(db, `select count(*)::int as n ${unknown}`);
  const skippedExamples = await examples(
    db,
    `select r.uri as "from", r.broader_uri as "to", null as file, null as line ${unknown} order by r.uri, r.broader_uri`,
  );
  const desired = await count(
    db,
    `select (select count(*) from esco_skill_broader_merged) + (select count(*) from esco_skill_group_member_merged) as n`,
  );
  const inserted =
    (await counted(
      db,
      `insert into skill_broader_relations (skill_id, broader_skill_id)
       select m.skill_id, m.broader_skill_id from esco_skill_broader_merged m
       on conflict do nothing`,
    )) +
    (await counted(
      db,
      `insert into skill_group_members (skill_id, skill_group_id)
       select m.skill_id, m.skill_group_id from esco_skill_group_member_merged m
       on conflict do nothing`,
    ));
  const removed =
    (await counted(
      db,
      `delete from skill_broader_relations t
       using esco_skill_merged s
       where t.skill_id = s.id
         and not exists (select 1 from esco_skill_broader_merged m where m.skill_id = t.skill_id and m.broader_skill_id = t.broader_skill_id)`,
    )) +
    (await counted(
      db,
      `delete from skill_group_members t
       using esco_skill_merged s
       where t.skill_id = s.id
         and not exists (select 1 from esco_skill_group_member_merged m where m.skill_id = t.skill_id and m.skill_group_id = t.skill_group_id)`,
    ));
  return { read, inserted, updated: 0, removed, unchanged: desired - inserted, skipped, skippedExamples };
}
