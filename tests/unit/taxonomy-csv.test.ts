import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '~/server/taxonomy/import/csv';
import { TaxonomyImportError } from '~/server/taxonomy/import/errors';

const dir = mkdtempSync(path.join(tmpdir(), 'overstap-csv-'));
function file(name: string, content: string) {
  const full = path.join(dir, name);
  writeFileSync(full, content);
  return full;
}
async function all(name: string, content: string, required: string[] = []) {
  const records = [];
  const location = file(name, content);
  const source = { name, location, open: () => Promise.resolve(createReadStream(location)) };
  for await (const r of readCsv(source, required)) records.push(r);
  return records;
}

describe('reading ESCO CSV files', () => {
  it('finds columns by header name, in any order, and keeps quoted newlines inside a field', async () => {
    const records = await all(
      'skills_en.csv',
      '\uFEFFpreferredLabel,conceptUri,altLabels\nweld,http://x/1,"welding\narc welding"\nsolder,http://x/2,\n',
      ['conceptUri', 'preferredLabel'],
    );
    expect(records.map((r) => r.values)).toEqual([
      { preferredLabel: 'weld', conceptUri: 'http://x/1', altLabels: 'welding\narc welding' },
      { preferredLabel: 'solder', conceptUri: 'http://x/2', altLabels: '' },
    ]);
    // The second record starts on line 4: the first one spans lines 2 and 3.
    expect(records.map((r) => r.line)).toEqual([2, 4]);
  });

  it('names the file and the missing column', async () => {
    await expect(
      all('occupations_nl.csv', 'conceptUri,label\nhttp://x/1,a\n', ['conceptUri', 'preferredLabel']),
    ).rejects.toThrow('occupations_nl.csv line 1: missing column preferredLabel');
  });

  it('names the file and line of a malformed record', async () => {
    const error = await all('skills_nl.csv', 'conceptUri,preferredLabel\nhttp://x/1,a\nhttp://x/2,b,extra\n').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TaxonomyImportError);
    expect((error as TaxonomyImportError).message).toMatch(/^skills_nl\.csv line 3: malformed CSV/);
  });

  it('reports an unterminated quote', async () => {
    await expect(all('skillGroups_en.csv', 'conceptUri,preferredLabel\nhttp://x/1,"never closed\n')).rejects.toThrow(
      /skillGroups_en\.csv line \d+: malformed CSV/,
    );
  });

  it('refuses an empty file', async () => {
    await expect(all('ISCOGroups_en.csv', '', ['code'])).rejects.toThrow('ISCOGroups_en.csv: the file is empty');
  });
});
