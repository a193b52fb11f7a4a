/**
 * Importing an employer's vacancies from a CSV file (columns: vacancy-csv.ts, described in
 * docs/vacancy-import.md). The file is checked as a whole: when any row is wrong, nothing is
 * imported and the answer lists every problem by line and column. A vacancy is identified by
 * the employer's own reference (the `reference` column): a row whose reference this firm
 * imported before is left alone, so uploading the same file again creates no duplicates.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { organisations, vacancies, vacancySkills } from '~/db/schema';
import type { EmployerActor } from '~/server/auth/actor';
import { readCsv, type CsvIssue } from '~/server/lib/csv-import';
import { multiLineText } from '~/server/lib/input';
import { refreshVacancyPool } from '~/server/matching/background';
import { rowsOf } from '~/server/search/postgres/rows';
import {
  locationOf,
  rawVacancyCsvSpec,
  skillNames,
  vacancyCsvSpec,
  type Resolution,
  type TaxonomyLookup,
  type VacancyCsvRow,
} from './vacancy-csv';
import { priorityUntilFor, recordVacancyChange, scheduleOpenVacancy } from './vacancy-state';

/**
 * Characters of one file: what fits in one API request (server/api/http.ts reads at most
 * 256 KiB), with room for JSON escaping. About 200 vacancies with a paragraph of text each.
 */
export const MAX_CSV_CHARACTERS = 200_000;

export const vacancyImportInput = z.object({
  /** The file's text, as read in the browser. */
  csv: multiLineText({ min: 1, max: MAX_CSV_CHARACTERS, minMessage: 'the file is empty' }),
  /** Publish every imported vacancy at once; otherwise they become drafts to check and publish one by one. */
  publish: z.boolean().default(false),
});

export interface ImportedVacancy {
  line: number;
  reference: string;
  /** The title as the file gives it. */
  title: string;
  vacancyId: string;
}

export type VacancyImportResult =
  | { ok: true; published: boolean; created: ImportedVacancy[]; alreadyImported: ImportedVacancy[] }
  | { ok: false; issues: CsvIssue[] };

const IMPORT_ACTION = 'vacancy.import';

export async function importVacancies(
  db: Database,
  actor: EmployerActor,
  input: z.infer<typeof vacancyImportInput>,
): Promise<VacancyImportResult> {
  const names = readCsv(input.csv, rawVacancyCsvSpec());
  const lookup = names.ok
    ? await loadTaxonomyLookup(db, {
        occupations: names.rows.flatMap((r) => r.value.occupation ?? []),
        skills: names.rows.flatMap((r) => [
          ...skillNames(r.value.skills ?? ''),
          ...skillNames(r.value.optionalSkills ?? ''),
        ]),
      })
    : null;
  const read = readCsv(input.csv, vacancyCsvSpec(lookup));
  if (!read.ok) return { ok: false, issues: read.issues };
  // The first reading fails only where this one fails too (the same columns and shape checks).
  if (!lookup) throw new Error('vacancy import: rows read without resolving their taxonomy names');

  const result = await db.transaction(async (tx) => {
    // One import of a firm at a time: a second upload of the same file sees what the first one made.
    await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, actor.organisationId))
      .for('update');
    const earlier = await importedBefore(
      tx,
      actor,
      read.rows.map((r) => r.value.reference),
    );
    const alreadyImported: ImportedVacancy[] = [];
    const fresh: { line: number; row: VacancyCsvRow; id: string }[] = [];
    for (const { line, value } of read.rows) {
      const vacancyId = earlier.get(value.reference.toLowerCase());
      if (vacancyId) alreadyImported.push({ line, reference: value.reference, title: value.title, vacancyId });
      else fresh.push({ line, row: value, id: randomUUID() });
    }
    const now = new Date();
    const priorityUntil = input.publish ? await priorityUntilFor(tx, actor.regionId, now) : null;
    const rows = fresh.map(({ row, id }) => ({
      id,
      organisationId: actor.organisationId,
      regionId: actor.regionId,
      title: row.title,
      reference: row.reference,
      description: row.description ?? '',
      occupationId: row.occupation ?? null,
      ...row.hours,
      contractType: row.contractType,
      ...locationOf(row),
      remote: row.remote ?? 'on_site',
      salaryMin: row.salary?.salaryMin ?? null,
      salaryMax: row.salary?.salaryMax ?? null,
      startDate: row.startDate ?? null,
      closesAt: row.closesAt ?? null,
      openToRetraining: row.openToRetraining ?? false,
      status: input.publish ? ('open' as const) : ('draft' as const),
      publishedAt: input.publish ? now : null,
      priorityUntil,
    }));
    for (let i = 0; i < rows.length; i += 100) await tx.insert(vacancies).values(rows.slice(i, i + 100));
    const skillRows = fresh.flatMap(({ row, id }) => [
      ...(row.skills ?? []).map((skillId) => ({ vacancyId: id, skillId, importance: 'required' as const })),
      ...(row.optionalSkills ?? []).map((skillId) => ({ vacancyId: id, skillId, importance: 'optional' as const })),
    ]);
    for (let i = 0; i < skillRows.length; i += 1000)
      await tx.insert(vacancySkills).values(skillRows.slice(i, i + 1000));
    for (const [i, { line, row }] of fresh.entries()) {
      const vacancy = rows[i]!;
      if (input.publish) await scheduleOpenVacancy(tx, vacancy);
      await recordVacancyChange(tx, vacancy, {
        action: IMPORT_ACTION,
        actorUserId: actor.userId,
        metadata: { reference: row.reference, line },
      });
    }
    const created = fresh.map(({ line, row, id }) => ({
      line,
      reference: row.reference,
      title: row.title,
      vacancyId: id,
    }));
    return { ok: true as const, published: input.publish, created, alreadyImported };
  });
  if (input.publish && result.created.length > 0) {
    await refreshVacancyPool(
      db,
      result.created.map((c) => c.vacancyId),
    );
  }
  return result;
}

/** The firm's vacancies imported earlier under the given references (lower case → vacancy id). */
async function importedBefore(db: Database, actor: EmployerActor, references: string[]): Promise<Map<string, string>> {
  if (references.length === 0) return new Map();
  const lower = [...new Set(references.map((r) => r.toLowerCase()))];
  const found = await db
    .select({ id: vacancies.id, reference: sql<string>`lower(${vacancies.reference})` })
    .from(vacancies)
    .where(and(eq(vacancies.organisationId, actor.organisationId), inArray(sql`lower(${vacancies.reference})`, lower)));
  return new Map(found.map((f) => [f.reference, f.id]));
}

interface ConceptRow {
  id: string;
  /** Code, URI and preferred labels, lower case: a name equal to one of these means this concept. */
  exact: string[];
  /** Alternative labels, lower case: tried when no concept has the name as an exact name. */
  alt: string[];
}

/** Resolves names to one concept each: exact names first, then alternative labels; two concepts are ambiguous. */
function resolver(concepts: ConceptRow[]) {
  const exact = new Map<string, Set<string>>();
  const alt = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, name: string, id: string) => {
    const ids = map.get(name) ?? new Set<string>();
    ids.add(id);
    map.set(name, ids);
  };
  for (const c of concepts) {
    for (const name of c.exact) add(exact, name, c.id);
    for (const name of c.alt) add(alt, name, c.id);
  }
  return (name: string): Resolution => {
    const key = name.trim().toLowerCase();
    const ids = exact.get(key) ?? alt.get(key);
    if (!ids) return { problem: 'unknown' };
    if (ids.size > 1) return { problem: 'ambiguous' };
    return { id: [...ids][0]! };
  };
}

/** The current (not retired) occupations and skills the file names, by code, URI or label. */
export async function loadTaxonomyLookup(
  db: Database,
  wanted: { occupations: string[]; skills: string[] },
): Promise<TaxonomyLookup> {
  const names = (list: string[]) => JSON.stringify([...new Set(list.map((n) => n.trim().toLowerCase()))]);
  const concepts = async (table: 'occupations' | 'skills', list: string[]) => {
    if (list.length === 0) return [];
    const code = table === 'occupations' ? sql`lower(code)` : sql`null::text`;
    return rowsOf<ConceptRow>(
      await db.execute(sql`
        with wanted as (select jsonb_array_elements_text(${names(list)}::jsonb) as name)
        select id, array_remove(array[${code}, lower(uri), lower(preferred_label_nl), lower(preferred_label_en)], null) as exact,
          array(select lower(a) from unnest(alt_labels_nl || alt_labels_en) a) as alt
        from ${sql.raw(table)} c
        where retired_at is null and (
          ${code} in (select name from wanted) or lower(uri) in (select name from wanted)
          or lower(preferred_label_nl) in (select name from wanted) or lower(preferred_label_en) in (select name from wanted)
          or exists (select 1 from unnest(alt_labels_nl || alt_labels_en) a where lower(a) in (select name from wanted)))`),
    );
  };
  const [occupationRows, skillRows] = await Promise.all([
    concepts('occupations', wanted.occupations),
    concepts('skills', wanted.skills),
  ]);
  return { occupation: resolver(occupationRows), skill: resolver(skillRows) };
}
