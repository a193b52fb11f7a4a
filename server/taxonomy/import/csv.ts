import { parse } from 'csv-parse';
import { RowError, TaxonomyImportError } from './errors';
import type { EscoFile } from './sources';

export interface CsvRecord {
  /** The line the record starts on (1 = header), for error messages. */
  line: number;
  values: Record<string, string>;
}

/**
 * Streams the records of a CSV file as column → value maps, one record at a time (ESCO fields
 * hold quoted newlines, so lines are not records). Columns are found by their header name; a
 * file missing a required column, or with a malformed record, fails naming the file and line.
 * `ragged`: records may stop short of the header (skillsHierarchy leaves the deeper levels off);
 * a record longer than the header is malformed all the same.
 */
export async function* readCsv(
  source: EscoFile,
  requiredColumns: readonly string[],
  options: { ragged?: boolean } = {},
): AsyncGenerator<CsvRecord> {
  const file = source.location;
  let headerChecked = false;
  const input = await source.open();
  const parser = input.pipe(
    parse({
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count_less: options.ragged ?? false,
      columns: (header: string[]) => {
        const names = header.map((h) => h.trim());
        const missing = requiredColumns.filter((c) => !names.includes(c));
        if (missing.length > 0) {
          throw new TaxonomyImportError(
            `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (the header has: ${names.join(', ')})`,
            file,
            1,
          );
        }
        const duplicate = names.find((n, i) => n !== '' && names.indexOf(n) !== i);
        if (duplicate) throw new TaxonomyImportError(`column ${duplicate} appears twice in the header`, file, 1);
        headerChecked = true;
        return names;
      },
    }),
  );
  let previousEnd = 1;
  try {
    for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      const line = previousEnd + 1;
      previousEnd = item.info.lines;
      yield { line, values: item.record };
    }
  } catch (error) {
    input.destroy();
    throw asImportError(error, file, previousEnd + 1);
  }
  if (!headerChecked) throw new TaxonomyImportError('the file is empty (no header line)', file);
}

function asImportError(error: unknown, file: string, line: number): Error {
  if (error instanceof TaxonomyImportError) return error;
  if (error instanceof Error && 'code' in error && String(error.code).startsWith('CSV_')) {
    // csv-parse reports the line it stopped on; its message already explains what it expected.
    const reported = (error as { lines?: number }).lines;
    return new TaxonomyImportError(`malformed CSV: ${error.message}`, file, reported ?? line);
  }
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
    return new TaxonomyImportError('file not found', file);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Runs `map` over every record, turning a RowError into an import error naming file and line,
 * and hands the mapped values to `sink`.
 */
export async function mapCsv<T>(
  source: EscoFile,
  requiredColumns: readonly string[],
  map: (values: Record<string, string>) => T | null,
  sink: (value: T, line: number) => Promise<void> | void,
  options: { ragged?: boolean } = {},
): Promise<number> {
  const file = source.location;
  let count = 0;
  for await (const { line, values } of readCsv(source, requiredColumns, options)) {
    let mapped: T | null;
    try {
      mapped = map(values);
    } catch (error) {
      if (error instanceof RowError) throw new TaxonomyImportError(error.message, file, line);
      throw error;
    }
    count += 1;
    if (mapped !== null) await sink(mapped, line);
  }
  return count;
}
