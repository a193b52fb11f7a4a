import { sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { taxonomyTables } from '~/server/taxonomy/import/staging';
import { queryRows } from '~/server/taxonomy/sql';

/** The taxonomy's tables and the log of its imports: a no-change re-import must leave all of them alone. */
const snapshotTables = [...taxonomyTables, 'taxonomy_imports'];

/**
 * Row count and checksum of each table: md5 over all columns of all rows (ids, labels,
 * updated_at, popularity, retired_at …), so any write shows.
 */
export async function tableSnapshot(db: Database, tables: readonly string[]) {
  const result: Record<string, { rows: number; md5: string }> = {};
  for (const table of tables) {
    const [row] = await queryRows<{ rows: number; md5: string }>(
      db,
      sql.raw(
        `select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as md5 from ${table} t`,
      ),
    );
    result[table] = row!;
  }
  return result;
}

/** The snapshot of every taxonomy table. */
export const taxonomySnapshot = (db: Database) => tableSnapshot(db, snapshotTables);

/**
 * The autocomplete label index of both concept kinds without its surrogate keys (label ids are
 * identity values, which differ between two builds of the same content): labels, word-index
 * entries by the label they belong to, and the vocabulary with each word's number of entries.
 */
export async function labelIndexSnapshot(db: Database) {
  const projections: Record<string, string> = {};
  for (const [labels, labelWords, words, id] of [
    ['skill_labels', 'skill_label_words', 'skill_words', 'skill_id'],
    ['occupation_labels', 'occupation_label_words', 'occupation_words', 'occupation_id'],
  ] as const) {
    projections[labels] = `select ${id}, lang, label, normalized, words, preferred from ${labels}`;
    projections[labelWords] =
      `select p.word, p.${id}, l.${id} as label_concept, l.lang, l.normalized, p.popularity, p.first, p.whole
      from ${labelWords} p left join ${labels} l on l.id = p.label_id`;
    projections[words] =
      `select v.word, (select count(*) from ${labelWords} p where p.word = v.word) as entries from ${words} v`;
  }
  const result: Record<string, { rows: number; md5: string }> = {};
  for (const [name, projection] of Object.entries(projections)) {
    const [row] = await queryRows<{ rows: number; md5: string }>(
      db,
      sql.raw(
        `select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as md5 from (${projection}) t`,
      ),
    );
    result[name] = row!;
  }
  return result;
}

/**
 * The label index as the label triggers build it from the concepts as they are now: inside a
 * transaction that is rolled back, every skill and occupation is deleted and inserted again (the
 * insert triggers write their labels and word-index entries; the vocabulary keeps its words).
 * Only for a taxonomy nothing else refers to yet (worker and vacancy skills would block the delete).
 */
export async function triggerBuiltLabelIndex(db: Database) {
  let built: Awaited<ReturnType<typeof labelIndexSnapshot>> | undefined;
  const rollback = new Error('roll back');
  await db
    .transaction(async (tx) => {
      for (const kind of ['skills', 'occupations']) {
        await tx.execute(sql.raw(`create temporary table again_${kind} on commit drop as select * from ${kind}`));
        await tx.execute(sql.raw(`delete from ${kind}`));
        await tx.execute(sql.raw(`insert into ${kind} select * from again_${kind}`));
      }
      built = await labelIndexSnapshot(tx);
      throw rollback;
    })
    .catch((error: unknown) => {
      if (error !== rollback) throw error;
    });
  return built!;
}
