import path from 'node:path';

/**
 * A problem with the input files: names the file (and the line when there is one) so the person
 * running the import can open it and look. Nothing has been written when this is thrown.
 */
export class TaxonomyImportError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    const where = file ? `${path.basename(file)}${line ? ` line ${line}` : ''}: ` : '';
    super(`${where}${message}`);
    this.name = 'TaxonomyImportError';
  }
}

/** Thrown by a row mapper; the CSV reader adds the file and line. */
export class RowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RowError';
  }
}
