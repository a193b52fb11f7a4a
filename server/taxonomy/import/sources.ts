/**
 * Where the ESCO CSV files come from: folders (searched two levels deep, as the official download
 * unzips into a subfolder) and zip files (the download as published), read in place without
 * unpacking to disk. Every CSV file found is an `EscoFile` that can be opened as a stream.
 */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { TaxonomyImportError } from './errors';

export interface EscoFile {
  /** The file name alone (`skills_en.csv`): what decides what the file is. */
  name: string;
  /** Where it is, for messages: a path, or `<zip>/<entry>` for a file inside a zip. */
  location: string;
  open(): Promise<Readable>;
}

export interface EscoFileSet {
  files: EscoFile[];
  /** The folders and zips read, resolved. */
  sources: string[];
  close(): void;
}

const maxDepth = 2;

function isDirectory(candidate: string): boolean {
  try {
    return statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}

function isFile(candidate: string): boolean {
  try {
    return statSync(candidate).isFile();
  } catch {
    return false;
  }
}

function walk(dir: string, depth: number, csv: string[], zips: string[]) {
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    if (isDirectory(full)) {
      if (depth < maxDepth) walk(full, depth + 1, csv, zips);
    } else if (/\.csv$/i.test(entry)) csv.push(full);
    else if (/\.zip$/i.test(entry)) zips.push(full);
  }
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, strictFileNames: false }, (error, zip) =>
      error ? reject(new TaxonomyImportError(`not a readable zip file: ${error.message}`, file)) : resolve(zip),
    ),
  );
}

/** The CSV entries of a zip (any folder inside it); entries are opened later, one at a time. */
async function zipEntries(file: string): Promise<{ zip: yauzl.ZipFile; files: EscoFile[] }> {
  const zip = await openZip(file);
  const files: EscoFile[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      const name = path.posix.basename(entry.fileName);
      if (!entry.fileName.endsWith('/') && /\.csv$/i.test(name) && !entry.fileName.startsWith('__MACOSX/')) {
        files.push({
          name,
          location: `${file}/${entry.fileName}`,
          open: () =>
            new Promise<Readable>((ok, fail) =>
              zip.openReadStream(entry, (error, stream) =>
                error ? fail(new TaxonomyImportError(`cannot read from the zip: ${error.message}`, name)) : ok(stream),
              ),
            ),
        });
      }
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', (error: Error) =>
      reject(new TaxonomyImportError(`not a readable zip file: ${error.message}`, file)),
    );
    zip.readEntry();
  });
  return { zip, files };
}

/**
 * Collects the CSV files of the given folders and zips (zips found inside a folder are read too).
 * The same file name found twice is an error: which of the two to import would be a guess.
 */
export async function collectEscoFiles(dirs: readonly string[], zipFiles: readonly string[]): Promise<EscoFileSet> {
  const csv: string[] = [];
  const zips: string[] = [];
  for (const dir of dirs) {
    if (!isDirectory(dir)) throw new TaxonomyImportError(`${dir} is not a folder`);
    walk(dir, 0, csv, zips);
  }
  for (const file of zipFiles) {
    if (!isFile(file)) throw new TaxonomyImportError(`${file} is not a file`);
    zips.push(file);
  }
  const opened: yauzl.ZipFile[] = [];
  const close = () => opened.forEach((z) => z.close());
  try {
    const files: EscoFile[] = csv.map((file) => ({
      name: path.basename(file),
      location: file,
      open: () => Promise.resolve(createReadStream(file)),
    }));
    for (const file of [...new Set(zips.map((z) => path.resolve(z)))]) {
      const { zip, files: entries } = await zipEntries(file);
      opened.push(zip);
      files.push(...entries);
    }
    const seen = new Map<string, EscoFile>();
    for (const file of files) {
      const earlier = seen.get(file.name);
      if (earlier) {
        throw new TaxonomyImportError(
          `found twice, in ${earlier.location} and in ${file.location}: import one of them`,
          file.name,
        );
      }
      seen.set(file.name, file);
    }
    return { files, sources: [...dirs, ...zipFiles].map((s) => path.resolve(s)), close };
  } catch (error) {
    close();
    throw error;
  }
}
