/**
 * Where the official ESCO v1.1.1 download lives on a developer's machine (../shared/data, never
 * copied into the repository): the two English zips as published, and the Dutch files. Tests on
 * the real files import from here and are skipped when the files are not there.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const data = path.join(process.cwd(), '..', 'shared', 'data');

export const escoZips = [
  path.join(data, 'esco-v1.1.1', 'ESCO-v1.1.1-classification-en-csv.zip'),
  path.join(data, 'esco-v1.1.1', 'ESCO-v1.1.1-relations-csv.zip'),
];
export const escoDutchDir = path.join(data, 'esco-v1.1.1-nl');

/** True when both zips and the Dutch files are there; otherwise says so once per test file. */
export function haveOfficialDownload(testFile: string): boolean {
  const found = escoZips.every((z) => existsSync(z)) && existsSync(path.join(escoDutchDir, 'occupations_nl.csv'));
  if (!found) console.warn(`${testFile}: skipped — the ESCO v1.1.1 files are not in ${data}`);
  return found;
}

/** Published with the download (see its README): 13,896 skills, 3,007 occupations. */
export const escoSkillCount = 13_896;
export const escoOccupationCount = 3_007;
