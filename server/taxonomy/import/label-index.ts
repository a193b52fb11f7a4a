/**
 * The autocomplete label index (*_labels, *_label_words, *_words) of the concepts an import wrote,
 * built in ONE set-based pass at the end of the import instead of by the label triggers.
 *
 * The triggers of migrations 0004/0006 keep the index right for every writer, but they cost the
 * import most of its time: the insert trigger calls the SQL helpers taxonomy_normalize and
 * taxonomy_words once per label (neither can be inlined, ~60 µs a call in PGlite, 150k labels),
 * and the update trigger rebuilds one concept at a time (a Dutch import relabels 5,000 concepts).
 * So the import switches the label triggers off for its own transaction (ALTER TABLE … DISABLE
 * TRIGGER is transactional: a failed import rolls the switch back with everything else), notes
 * which concepts it inserted or relabelled, and here writes what the triggers would have written
 * for exactly those concepts, with the helpers' bodies inlined. A test compares the result with
 * the triggers' own (tests/integration/taxonomy-label-index.test.ts).
 *
 * When most of the index is rewritten (a first import), its keys, foreign keys and indexes are
 * dropped and created again afterwards: building a GIN or btree index once, and checking a foreign
 * key once for the whole table, is several times cheaper than doing it for ~500k rows one by one. That takes an exclusive lock on the index tables
 * until the import commits, so autocomplete waits for the last seconds of a first import; later
 * imports, which relabel a few concepts, keep the indexes and take no such lock.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { queryCount, queryRows } from '~/server/taxonomy/sql';

const run = (db: Database, text: string) => db.execute(sql.raw(text));

export type LabelledKind = 'skills' | 'occupations';

const index = {
  skills: {
    labels: 'skill_labels',
    labelWords: 'skill_label_words',
    words: 'skill_words',
    id: 'skill_id',
    triggers: ['skill_labels_on_insert', 'skill_labels_on_update'],
  },
  occupations: {
    labels: 'occupation_labels',
    labelWords: 'occupation_label_words',
    words: 'occupation_words',
    id: 'occupation_id',
    triggers: ['occupation_labels_on_insert', 'occupation_labels_on_update'],
  },
} as const;

/** The concepts of a kind whose labels this import wrote: their index entries are rebuilt at the end. */
export const relabelledTable = (kind: LabelledKind) => `esco_relabelled_${kind}`;

/** The label columns of a concept: what the triggers' WHEN clause and label rows read. */
export const labelColumns = ['preferred_label_nl', 'preferred_label_en', 'alt_labels_nl', 'alt_labels_en'] as const;

/** taxonomy_normalize(value), inlined (migration 0004). */
const normalized = (value: string) =>
  `btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, ${value})), '\\s+', ' ', 'g'))`;
/** taxonomy_words(value), inlined (migration 0006): the non-empty runs of letters and digits, in order. */
const words = (value: string) => `array_remove(regexp_split_to_array(${value}, '[^[:alnum:]]+'), '')`;

/** Switches the label triggers off for this transaction and creates the lists of concepts to index. */
export async function deferLabelIndex(db: Database): Promise<void> {
  for (const kind of Object.keys(index) as LabelledKind[]) {
    await run(db, `create temporary table ${relabelledTable(kind)} (id uuid primary key) on commit drop`);
    for (const trigger of index[kind].triggers) await run(db, `alter table ${kind} disable trigger ${trigger}`);
  }
}

/**
 * Builds the index entries of every concept in the relabelled lists, as the triggers would have:
 * the concept's old labels and word-index entries go, its label rows (preferred before
 * alternative, so an identical alternative label loses) come in with their words and postings,
 * and new words join the vocabulary (which never loses a word: the popularity refresh sets an
 * unused word's frequency to 0). Then the triggers are switched on again.
 */
export async function buildLabelIndex(db: Database): Promise<void> {
  for (const kind of Object.keys(index) as LabelledKind[]) {
    const t = index[kind];
    const relabelled = relabelledTable(kind);
    await run(db, `analyze ${relabelled}`);
    const changed = await queryCount(db, sql.raw(`select count(*)::int as n from ${relabelled}`));
    if (changed > 0) {
      const total = await queryCount(db, sql.raw(`select count(*)::int as n from ${kind}`));
      const rebuilt = changed * 2 > total ? await dropForRewrite(db, [t.labels, t.labelWords], t.words) : [];
      await run(
        db,
        `delete from ${t.labelWords} p using ${t.labels} l, ${relabelled} r
         where l.${t.id} = r.id and p.label_id = l.id and p.word = any (l.words)`,
      );
      await run(db, `delete from ${t.labels} l using ${relabelled} r where l.${t.id} = r.id`);
      await run(
        db,
        `with rows as (
           select distinct on (id, lang, normalized) id, lang, label, normalized, preferred
           from (
             select c.id, x.lang, btrim(x.label) as label, ${normalized('x.label')} as normalized, x.preferred, x.rank, x.n
             from ${kind} c
             join ${relabelled} r on r.id = c.id
             cross join lateral (
               select 'nl', c.preferred_label_nl, true, 0, 0::bigint
               union all select 'en', c.preferred_label_en, true, 0, 0
               union all select 'nl', a, false, 1, n from unnest(c.alt_labels_nl) with ordinality as u(a, n)
               union all select 'en', a, false, 1, n from unnest(c.alt_labels_en) with ordinality as u(a, n)
             ) as x(lang, label, preferred, rank, n)
             where x.label is not null and btrim(x.label) <> ''
           ) l
           order by id, lang, normalized, rank, n
         ), inserted as (
           insert into ${t.labels} (${t.id}, lang, label, normalized, words, preferred)
           select id, lang, label, normalized, ${words('normalized')}, preferred from rows
           on conflict do nothing
           returning id, ${t.id}, words
         ), postings as (
           insert into ${t.labelWords} (word, label_id, ${t.id}, popularity, first, whole)
           select w.word, i.id, i.${t.id}, c.popularity, bool_or(w.n = 1), bool_or(cardinality(i.words) = 1)
           from inserted i
           join ${kind} c on c.id = i.${t.id}
           cross join lateral unnest(i.words) with ordinality as w(word, n)
           group by w.word, i.id, i.${t.id}, c.popularity
           returning word
         )
         insert into ${t.words} (word) select distinct word from postings order by word on conflict do nothing`,
      );
      for (const definition of rebuilt) await run(db, definition);
    }
    for (const trigger of t.triggers) await run(db, `alter table ${kind} enable trigger ${trigger}`);
  }
}

/**
 * Before most of the index is rewritten: drops the keys, foreign keys and indexes of the label
 * and word-index tables (the rewrite inserts no duplicates: it deduplicates its own rows and has
 * deleted the old rows of every concept it writes) and the secondary indexes of the vocabulary
 * (whose primary key the insert needs), and answers the statements that create them again,
 * exactly as they were. Checking a foreign key once for the whole table and building an index from
 * sorted rows is several times cheaper than doing both row by row for ~500k rows.
 */
async function dropForRewrite(db: Database, rewritten: readonly string[], vocabulary: string): Promise<string[]> {
  const tables = [...rewritten, vocabulary].map((name) => `'${name}'`).join(', ');
  const constraints = await queryRows<{ table: string; name: string; definition: string }>(
    db,
    sql.raw(
      `select t.relname as "table", c.conname as name, pg_get_constraintdef(c.oid) as definition
       from pg_constraint c
       join pg_class t on t.oid = c.conrelid
       join pg_namespace s on s.oid = t.relnamespace
       where s.nspname = current_schema() and t.relname in (${rewritten.map((name) => `'${name}'`).join(', ')})
         and c.contype in ('p', 'u', 'f')
       order by c.contype, c.conname`,
    ),
  );
  const indexes = await queryRows<{ table: string; name: string; definition: string }>(
    db,
    sql.raw(
      `select t.relname as "table", c.relname as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i
       join pg_class c on c.oid = i.indexrelid
       join pg_class t on t.oid = i.indrelid
       join pg_namespace s on s.oid = t.relnamespace
       where s.nspname = current_schema() and t.relname in (${tables})
         and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
         and (t.relname <> '${vocabulary}' or not i.indisunique)
       order by c.relname`,
    ),
  );
  for (const c of constraints) await run(db, `alter table ${c.table} drop constraint "${c.name}"`);
  for (const i of indexes) await run(db, `drop index "${i.name}"`);
  return [
    ...constraints.map((c) => `alter table ${c.table} add constraint "${c.name}" ${c.definition}`),
    ...indexes.map((i) => i.definition),
  ];
}
