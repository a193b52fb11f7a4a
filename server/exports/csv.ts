import { stringify } from 'csv-stringify/sync';

/** The separators offered: a comma, and a semicolon for spreadsheets in Dutch locales (where the comma is the decimal mark). */
export const csvSeparators = { comma: ',', semicolon: ';' } as const;
export type CsvSeparator = keyof typeof csvSeparators;

export type CsvCell = string | number | null;

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) is written as text. */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * A CSV file as Excel opens it: UTF-8 with a byte-order mark (else Excel reads it as
 * Windows-1252 and mangles ë and €), CRLF line ends, quoted where needed (csv-stringify, the
 * writing half of the csv-parse the imports use). With the semicolon, decimals get a comma.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  separator: CsvSeparator,
): string {
  const decimal = separator === 'semicolon' ? ',' : '.';
  const cell = (value: CsvCell) =>
    value === null
      ? ''
      : typeof value === 'number'
        ? String(value).replace('.', decimal)
        : formulaStart.test(value)
          ? `'${value}`
          : value;
  return stringify([header.map(cell), ...rows.map((row) => row.map(cell))], {
    delimiter: csvSeparators[separator],
    bom: true,
    record_delimiter: 'windows',
  });
}
