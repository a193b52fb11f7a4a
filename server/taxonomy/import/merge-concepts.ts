/**
 * Merges the staged concepts (ISCO groups, skill groups, skills, occupations) into the taxonomy.
 *
 * Concepts are matched by URI (ISCO groups by code) and updated in place, so every worker skill,
 * vacancy skill and occupation link keeps pointing at the same row. Only rows whose values differ
 * are written, which is what makes a repeated import report "no changes". New rows get their
 * UUID before they are written, so a concept and its parent (or broader skill) can be inserted
 * by the same statement.
 *
 * All SQL here is built from fixed identifiers; the files' contents only travel as staged rows.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { queryCount, queryRows } from '~/server/taxonomy/sql';
import { TaxonomyImportError } from './errors';
import type { TaxonomyLanguage } from './files';
import { labelColumns, relabelledTable, type LabelledKind } from './label-index';
import type { StagedSources } from './read';
import type { ConceptCounts, RetiredConcept } from './summary';

const run = (db: Database, text: string) => db.execute(sql.raw(text));
const count = (db: Database, text: string) => queryCount(db, sql.raw(text));

/** The label of one language from the staged rows: the first file and line win. */
const languageRows = (table: string, lang: TaxonomyLanguage, columns: string, key = 'uri') =>
  `(select distinct on (${key}) ${key}, ${columns} from ${table} where lang = '${lang}' order by ${key}, ${
    table === 'esco_stage_skill' ? 'source_rank, ' : ''
  }line)`;

/**
 * A column's new value on update: the staged value for a language in this import, otherwise
 * what the row already has (importing only Dutch must not erase the English labels).
 */
function keepUnlessImported(
  languages: ReadonlySet<TaxonomyLanguage>,
  lang: TaxonomyLanguage,
  staged: string,
  existing: string,
) {
  return languages.has(lang) ? staged : existing;
}

/**
 * Notes the concepts whose labels the upsert below writes (new ones, and those whose labels
 * change), for the label index built at the end of the import (label-index.ts).
 */
async function noteRelabelled(
  db: Database,
  kind: LabelledKind,
  merged: string,
  values: Record<(typeof labelColumns)[number], string>,
): Promise<void> {
  await run(
    db,
    `insert into ${relabelledTable(kind)} (id)
     select m.id from ${merged} m left join ${kind} t on t.id = m.id
     where m.is_new
        or (${labelColumns.map((c) => `t.${c}`).join(', ')}) is distinct from (${labelColumns.map((c) => values[c]).join(', ')})`,
  );
}

/**
 * The preferred and alternative labels of one language after the import, for a concept the table
 * already has. ESCO's preferred label wins — unless the existing one differs from it only in case
 * or accents (the demo's "Lasser" for ESCO's "lasser"): then the existing spelling stays. Labels
 * the concept had that ESCO does not list (the demo's Dutch labels, an admin's synonym, a label an
 * older release had) stay as alternative labels after ESCO's own, so a user still finds the concept
 * by the words the region uses for it, and one concept never turns into two. A repeated import
 * computes the same arrays, so it still changes nothing.
 */
function mergedLabels(
  languages: ReadonlySet<TaxonomyLanguage>,
  lang: TaxonomyLanguage,
  staged: { label: string; alt: string },
  existing: { label: string; alt: string },
) {
  if (!languages.has(lang)) return { label: existing.label, alt: existing.alt };
  const label = `(case when taxonomy_normalize(${existing.label}) = taxonomy_normalize(${staged.label}) then ${existing.label}
    else coalesce(${staged.label}, ${existing.label}) end)`;
  const known = `taxonomy_normalize(k.l) in (select taxonomy_normalize(a) from unnest(${staged.alt} || array[${label}]) a where a is not null)`;
  const kept = `array(select k.l from (
      select distinct on (taxonomy_normalize(l)) l, i from unnest(array[${existing.label}] || ${existing.alt}) with ordinality x(l, i)
      where btrim(l) <> '' order by taxonomy_normalize(l), i
    ) k where not (${known}) order by k.i)`;
  // The common case — nothing of the concept's own to keep — skips the array work.
  const alt = `(case when ${existing.label} is not distinct from ${label} and ${existing.alt} = ${staged.alt} then ${staged.alt}
    else ${staged.alt} || ${kept} end)`;
  return { label, alt };
}

/** The four label columns of a skill or occupation on update. */
function mergedLabelColumns(languages: ReadonlySet<TaxonomyLanguage>) {
  const column = (lang: TaxonomyLanguage) =>
    mergedLabels(
      languages,
      lang,
      { label: `m.label_${lang}`, alt: `m.alt_${lang}` },
      { label: `t.preferred_label_${lang}`, alt: `t.alt_labels_${lang}` },
    );
  const nl = column('nl');
  const en = column('en');
  return { preferred_label_nl: nl.label, preferred_label_en: en.label, alt_labels_nl: nl.alt, alt_labels_en: en.alt };
}

/** Runs insert-new then update-changed; the counts come from the statements themselves. */
async function upsert(db: Database, read: number, insert: string, update: string): Promise<ConceptCounts> {
  const inserted = await count(db, `with i as (${insert} returning 1) select count(*)::int as n from i`);
  const updated = await count(db, `with u as (${update} returning 1) select count(*)::int as n from u`);
  return { read, inserted, updated, unchanged: read - inserted - updated };
}

export async function mergeIscoGroups(db: Database, languages: ReadonlySet<TaxonomyLanguage>): Promise<ConceptCounts> {
  await run(
    db,
    `create temporary table esco_isco_merged on commit drop as
     select c.code, nl.label as label_nl, en.label as label_en,
       case when length(c.code) > 1 then left(c.code, length(c.code) - 1) end as parent_code
     from (select distinct code from esco_stage_isco) c
     left join ${languageRows('esco_stage_isco', 'nl', 'label', 'code')} nl using (code)
     left join ${languageRows('esco_stage_isco', 'en', 'label', 'code')} en using (code)`,
  );
  // ISCO-08 is a code hierarchy: 2166's parent is 216 — when the file (or the table) has it.
  await run(
    db,
    `update esco_isco_merged m set parent_code = null
     where parent_code is not null
       and not exists (select 1 from esco_isco_merged p where p.code = m.parent_code)
       and not exists (select 1 from isco_groups g where g.code = m.parent_code)`,
  );
  const read = await count(db, 'select count(*)::int as n from esco_isco_merged');
  const labelNl = keepUnlessImported(languages, 'nl', 'm.label_nl', 't.label_nl');
  const labelEn = keepUnlessImported(languages, 'en', 'm.label_en', 't.label_en');
  return upsert(
    db,
    read,
    `insert into isco_groups (code, label_nl, label_en, parent_code)
     select code, label_nl, label_en, parent_code from esco_isco_merged m
     where not exists (select 1 from isco_groups t where t.code = m.code)`,
    `update isco_groups t set label_nl = ${labelNl}, label_en = ${labelEn}, parent_code = m.parent_code
     from esco_isco_merged m
     where t.code = m.code and (t.label_nl, t.label_en, t.parent_code) is distinct from (${labelNl}, ${labelEn}, m.parent_code)`,
  );
}

export async function mergeSkillGroups(
  db: Database,
  languages: ReadonlySet<TaxonomyLanguage>,
  sources: StagedSources,
): Promise<ConceptCounts> {
  await run(
    db,
    `create temporary table esco_group_merged on commit drop as
     select coalesce(t.id, gen_random_uuid()) as id, (t.id is null) as is_new, a.uri, a.code,
       nl.label as label_nl, en.label as label_en, null::uuid as parent_group_id
     from (select distinct on (uri) uri, code from esco_stage_group order by uri, line) a
     left join ${languageRows('esco_stage_group', 'nl', 'label')} nl using (uri)
     left join ${languageRows('esco_stage_group', 'en', 'label')} en using (uri)
     left join skill_groups t on t.uri = a.uri`,
  );
  await run(db, 'create index on esco_group_merged (uri)');
  // The parent: first from the broader-relations file, else from skillsHierarchy; it may be a
  // group of this import or one already in the table.
  await run(
    db,
    `update esco_group_merged m set parent_group_id = p.id
     from (
       select distinct on (gp.uri) gp.uri, coalesce(pm.id, pt.id) as id
       from esco_stage_group_parent gp
       left join esco_group_merged pm on pm.uri = gp.parent_uri
       left join skill_groups pt on pt.uri = gp.parent_uri
       where coalesce(pm.id, pt.id) is not null and gp.parent_uri <> gp.uri
       order by gp.uri, gp.source_rank, gp.line
     ) p
     where p.uri = m.uri`,
  );
  const read = await count(db, 'select count(*)::int as n from esco_group_merged');
  const labelNl = keepUnlessImported(languages, 'nl', 'm.label_nl', 't.label_nl');
  const labelEn = keepUnlessImported(languages, 'en', 'm.label_en', 't.label_en');
  const parent = sources.groupHierarchy ? 'm.parent_group_id' : 't.parent_group_id';
  return upsert(
    db,
    read,
    `insert into skill_groups (id, uri, code, label_nl, label_en, parent_group_id)
     select id, uri, code, label_nl, label_en, parent_group_id from esco_group_merged m where is_new`,
    `update skill_groups t set code = m.code, label_nl = ${labelNl}, label_en = ${labelEn}, parent_group_id = ${parent}, updated_at = now()
     from esco_group_merged m
     where t.id = m.id and not m.is_new
       and (t.code, t.label_nl, t.label_en, t.parent_group_id) is distinct from (m.code, ${labelNl}, ${labelEn}, ${parent})`,
  );
}

/**
 * A new skill's popularity is the number of occupations listing it (no vacancy or worker can have
 * it yet). Inserting it with that figure writes the word index right the first time; otherwise the
 * popularity refresh at the end rewrites most of the index (half a million rows) after a first import.
 */
const newSkillPopularity = `select r.skill_uri as uri, count(distinct r.occupation_uri)::int as n
  from esco_stage_occupation_skill r
  where exists (select 1 from esco_stage_occupation o where o.uri = r.occupation_uri)
     or exists (select 1 from occupations o where o.uri = r.occupation_uri)
  group by r.skill_uri`;

export async function mergeSkills(
  db: Database,
  languages: ReadonlySet<TaxonomyLanguage>,
  sources: StagedSources,
): Promise<ConceptCounts> {
  await run(
    db,
    `create temporary table esco_skill_merged on commit drop as
     select coalesce(t.id, gen_random_uuid()) as id, (t.id is null) as is_new, a.uri,
       (case when exists (select 1 from esco_stage_language_skill l where l.uri = a.uri) then 'language' else a.skill_type end)::skill_type as skill_type,
       a.reuse_level,
       nl.label as label_nl, coalesce(nl.alt_labels, '{}') as alt_nl, nl.description as description_nl,
       en.label as label_en, coalesce(en.alt_labels, '{}') as alt_en, en.description as description_en,
       null::uuid as broader_skill_id, null::uuid as skill_group_id, coalesce(p.n, 0) as popularity
     from (select distinct on (uri) uri, skill_type, reuse_level from esco_stage_skill order by uri, source_rank, lang_rank, line) a
     left join ${languageRows('esco_stage_skill', 'nl', 'label, alt_labels, description')} nl using (uri)
     left join ${languageRows('esco_stage_skill', 'en', 'label, alt_labels, description')} en using (uri)
     left join skills t on t.uri = a.uri
     left join (${newSkillPopularity}) p on p.uri = a.uri and t.id is null`,
  );
  await run(db, 'create index on esco_skill_merged (uri)');
  await run(db, 'analyze esco_skill_merged');
  if (sources.skillHierarchy) {
    // The first broader concept that is a skill, and the first that is a skill group, become the
    // skill's primary links (all of them go to the link tables, see merge-links).
    await run(
      db,
      `update esco_skill_merged m set broader_skill_id = b.id
       from (
         select distinct on (sb.uri) sb.uri, coalesce(bm.id, bt.id) as id
         from esco_stage_skill_broader sb
         left join esco_skill_merged bm on bm.uri = sb.broader_uri
         left join skills bt on bt.uri = sb.broader_uri
         where coalesce(bm.id, bt.id) is not null and sb.broader_uri <> sb.uri
         order by sb.uri, sb.source_rank, sb.line
       ) b
       where b.uri = m.uri`,
    );
    await run(
      db,
      `update esco_skill_merged m set skill_group_id = g.id
       from (
         select distinct on (sb.uri) sb.uri, coalesce(gm.id, gt.id) as id
         from esco_stage_skill_broader sb
         left join esco_group_merged gm on gm.uri = sb.broader_uri
         left join skill_groups gt on gt.uri = sb.broader_uri
         where coalesce(gm.id, gt.id) is not null
         order by sb.uri, sb.source_rank, sb.line
       ) g
       where g.uri = m.uri`,
    );
  }
  const read = await count(db, 'select count(*)::int as n from esco_skill_merged');
  const values = {
    ...mergedLabelColumns(languages),
    description: keepUnlessImported(languages, 'en', 'm.description_en', 't.description'),
    description_nl: keepUnlessImported(languages, 'nl', 'm.description_nl', 't.description_nl'),
    skill_type: 'm.skill_type',
    reuse_level: 'm.reuse_level',
    broader_skill_id: sources.skillHierarchy ? 'm.broader_skill_id' : 't.broader_skill_id',
    skill_group_id: sources.skillHierarchy ? 'm.skill_group_id' : 't.skill_group_id',
    retired_at: 'null::timestamptz',
  };
  const columns = Object.keys(values);
  await noteRelabelled(db, 'skills', 'esco_skill_merged', values);
  return upsert(
    db,
    read,
    `insert into skills (id, uri, preferred_label_nl, preferred_label_en, alt_labels_nl, alt_labels_en, description, description_nl,
       skill_type, reuse_level, broader_skill_id, skill_group_id, popularity)
     select id, uri, label_nl, label_en, alt_nl, alt_en, description_en, description_nl,
       skill_type, reuse_level, broader_skill_id, skill_group_id, popularity
     from esco_skill_merged m where is_new`,
    `update skills t set ${columns.map((c) => `${c} = ${values[c as keyof typeof values]}`).join(', ')}, updated_at = now()
     from esco_skill_merged m
     where t.id = m.id and not m.is_new
       and (${columns.map((c) => `t.${c}`).join(', ')}) is distinct from (${Object.values(values).join(', ')})`,
  );
}

export async function mergeOccupations(db: Database, languages: ReadonlySet<TaxonomyLanguage>): Promise<ConceptCounts> {
  // Every occupation needs its ISCO group (a foreign key): name the first line that lacks one.
  const [orphan] = await queryRows<{ file: string; line: number; isco_group: string }>(
    db,
    sql.raw(
      `select s.file, s.line, s.isco_group from esco_stage_occupation s
       where not exists (select 1 from isco_groups g where g.code = s.isco_group)
       order by s.lang_rank, s.line limit 1`,
    ),
  );
  if (orphan) {
    throw new TaxonomyImportError(
      `iscoGroup ${orphan.isco_group} is not an ISCO group in ISCOGroups_*.csv nor in the database`,
      orphan.file,
      orphan.line,
    );
  }
  await run(
    db,
    `create temporary table esco_occupation_merged on commit drop as
     select coalesce(t.id, gen_random_uuid()) as id, (t.id is null) as is_new, a.uri, a.code, a.isco_group,
       nl.label as label_nl, coalesce(nl.alt_labels, '{}') as alt_nl, nl.description as description_nl,
       en.label as label_en, coalesce(en.alt_labels, '{}') as alt_en, en.description as description_en
     from (select distinct on (uri) uri, code, isco_group from esco_stage_occupation order by uri, lang_rank, line) a
     left join ${languageRows('esco_stage_occupation', 'nl', 'label, alt_labels, description')} nl using (uri)
     left join ${languageRows('esco_stage_occupation', 'en', 'label, alt_labels, description')} en using (uri)
     left join occupations t on t.uri = a.uri`,
  );
  await run(db, 'create index on esco_occupation_merged (uri)');
  const read = await count(db, 'select count(*)::int as n from esco_occupation_merged');
  const values = {
    code: 'm.code',
    isco_group: 'm.isco_group',
    ...mergedLabelColumns(languages),
    description: keepUnlessImported(languages, 'en', 'm.description_en', 't.description'),
    description_nl: keepUnlessImported(languages, 'nl', 'm.description_nl', 't.description_nl'),
    retired_at: 'null::timestamptz',
  };
  const columns = Object.keys(values);
  await noteRelabelled(db, 'occupations', 'esco_occupation_merged', values);
  return upsert(
    db,
    read,
    `insert into occupations (id, uri, code, isco_group, preferred_label_nl, preferred_label_en, alt_labels_nl, alt_labels_en, description, description_nl)
     select id, uri, code, isco_group, label_nl, label_en, alt_nl, alt_en, description_en, description_nl
     from esco_occupation_merged m where is_new`,
    `update occupations t set ${columns.map((c) => `${c} = ${values[c as keyof typeof values]}`).join(', ')}, updated_at = now()
     from esco_occupation_merged m
     where t.id = m.id and not m.is_new
       and (${columns.map((c) => `t.${c}`).join(', ')}) is distinct from (${Object.values(values).join(', ')})`,
  );
}

/**
 * Marks imported concepts that this import no longer contains as retired, and lists them with how
 * often they are still used. Never deletes: worker and vacancy skills must stay attached. The
 * built-in demo taxonomy (urn:overstap:…) is not ESCO's to retire.
 */
export async function retireMissing(db: Database, kind: 'skills' | 'occupations'): Promise<RetiredConcept[]> {
  const merged = kind === 'skills' ? 'esco_skill_merged' : 'esco_occupation_merged';
  const references =
    kind === 'skills'
      ? `(select count(*) from worker_skills w where w.skill_id = r.id) + (select count(*) from vacancy_skills v where v.skill_id = r.id)`
      : `(select count(*) from vacancies v where v.occupation_id = r.id)
         + (select count(*) from worker_profiles w where w.current_occupation_id = r.id)
         + (select count(*) from worker_desired_occupations d where d.occupation_id = r.id)
         + (select count(*) from worker_experiences e where e.occupation_id = r.id)`;
  return queryRows<RetiredConcept>(
    db,
    sql.raw(
      `with r as (
         update ${kind} t set retired_at = now(), updated_at = now()
         where t.retired_at is null and t.uri not like 'urn:overstap:%'
           and not exists (select 1 from ${merged} m where m.uri = t.uri)
         returning t.id, t.uri, coalesce(t.preferred_label_en, t.preferred_label_nl, t.uri) as label
       )
       select r.uri, r.label, (${references})::int as "references" from r order by r.label`,
    ),
  );
}
