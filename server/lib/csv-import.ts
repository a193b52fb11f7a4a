/**
 * Reading an uploaded CSV file as a whole: either every row is right and all of them come back,
 * or nothing does and the report says, per line and column, what is wrong. A file that is
 * there but not understood (unknown or missing columns, broken quoting, too many rows) is an
 * error, never skipped. Semicolons (what Excel writes in Dutch locales) and commas both work.
 */
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';

export interface CsvIssue {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  /** The column as named in the file's header, or null for the whole line or file. */
  column: string | null;
  problem: string;
}

export type CsvResult<T> = { ok: true; rows: { line: number; value: T }[] } | { ok: false; issues: CsvIssue[] };

export interface CsvSpec<S extends z.ZodObject> {
  /** Each field of the schema and the header names accepted for it (compared case-insensitively). */
  columns: Record<keyof z.infer<S> & string, readonly string[]>;
  /** The row schema; a column missing from the file is undefined in the row. */
  schema: S;
  maxRows: number;
  /** Fields whose values must be unique within the file (e.g. an e-mail address). */
  uniqueBy?: readonly (keyof z.infer<S> & string)[];
}

const MAX_ISSUES = 200;

function delimiterOf(text: string): ',' | ';' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

export function readCsv<S extends z.ZodObject>(text: string, spec: CsvSpec<S>): CsvResult<z.infer<S>> {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // One kind of line break: csv-parse counts a Windows line break inside a quoted value as two lines.
    records = parse(text.replace(/\r\n?/g, '\n'), {
      bom: true,
      delimiter: delimiterOf(text.replace(/^\uFEFF/, '')),
      skip_empty_lines: true,
      // Rows with too few or too many fields are reported per line below, not as one failure.
      relax_column_count: true,
      trim: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { ok: false, issues: [{ line, column: null, problem: `not readable as CSV: ${(error as Error).message}` }] };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, issues: [{ line: 1, column: null, problem: 'the file is empty' }] };

  // Which field each column of the file holds.
  const issues: CsvIssue[] = [];
  const fieldOf = header.record.map((name) => {
    const wanted = name.trim().toLowerCase();
    const field = Object.entries(spec.columns).find(([, names]) =>
      (names as readonly string[]).some((n) => n.toLowerCase() === wanted),
    )?.[0];
    if (!field) {
      issues.push({
        line: 1,
        column: name,
        problem: `unknown column; expected ${Object.values(spec.columns)
          .map((names) => (names as readonly string[])[0])
          .join(', ')}`,
      });
    }
    return field ?? null;
  });
  for (const [field, names] of Object.entries(spec.columns)) {
    const required = !(spec.schema.shape[field] as z.ZodType).safeParse(undefined).success;
    if (required && !fieldOf.includes(field)) {
      issues.push({ line: 1, column: null, problem: `the column ${(names as readonly string[])[0]} is missing` });
    }
  }
  if (body.length === 0) issues.push({ line: 1, column: null, problem: 'the file has no rows under its header' });
  if (body.length > spec.maxRows) {
    issues.push({
      line: 1,
      column: null,
      problem: `the file has ${body.length} rows; at most ${spec.maxRows} at once`,
    });
  }
  if (issues.length > 0) return { ok: false, issues };

  const rows: { line: number; value: z.infer<S> }[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of body) {
    // Where the row starts: csv-parse counts up to its end, past line breaks inside quoted values.
    const line = info.lines - record.reduce((breaks, value) => breaks + (value.match(/\n/g)?.length ?? 0), 0);
    if (record.length !== header.record.length) {
      issues.push({
        line,
        column: null,
        problem: `${record.length} fields where the header has ${header.record.length}`,
      });
      continue;
    }
    const raw = Object.fromEntries(
      record.flatMap((value, i) => (fieldOf[i] && value !== '' ? [[fieldOf[i], value]] : [])),
    );
    // Duplicates on the raw values, so a row that is also wrong otherwise still counts as seen.
    for (const field of spec.uniqueBy ?? []) {
      const value = raw[field];
      if (value === undefined) continue;
      const key = `${field}:${value.toLowerCase()}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, line);
      else
        issues.push({ line, column: header.record[fieldOf.indexOf(field)] ?? field, problem: `also on line ${first}` });
    }
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        const column = header.record[fieldOf.indexOf(field)] ?? field;
        issues.push({ line, column: column || null, problem: issue.message });
      }
      continue;
    }
    rows.push({ line, value: parsed.data });
    if (issues.length >= MAX_ISSUES) break;
  }
  return issues.length > 0 ? { ok: false, issues: issues.slice(0, MAX_ISSUES) } : { ok: true, rows };
}
