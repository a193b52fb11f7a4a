import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locatePostcode, normalisePostcode } from '~/server/lib/postcodes';

/** The shared GeoNames table the built-in one is made from (never copied into the repository). */
const sharedTable = path.join(process.cwd(), '..', 'shared', 'data', 'nl-postcodes', 'pc4.csv');
const sharedRows = () =>
  readFileSync(sharedTable, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));

describe('postcodes', () => {
  it('accepts a postcode with or without letters and spaces, and nothing else', () => {
    expect(normalisePostcode('5611 AB')).toBe('5611');
    expect(normalisePostcode(' 5611ab ')).toBe('5611');
    expect(normalisePostcode('5611')).toBe('5611');
    for (const bad of ['0611', '561', '56111', '5611 A', 'Eindhoven', '']) expect(normalisePostcode(bad)).toBeNull();
  });

  it('locates Eindhoven centre, and knows nothing of a postcode that is not in the table', () => {
    expect(locatePostcode('5611 AB')).toMatchObject({ place: 'Eindhoven' });
    const { lat, lon } = locatePostcode('5611')!;
    expect(lat).toBeCloseTo(51.44, 1);
    expect(lon).toBeCloseTo(5.47, 1);
    expect(locatePostcode('1000')).toBeNull(); // a PO-box range: not in the table
  });

  describe.skipIf(!existsSync(sharedTable))('against the shared GeoNames table', () => {
    it('knows every one of its postcodes', () => {
      const codes = new Set(sharedRows().map((r) => r[0]!));
      expect(codes.size).toBe(4064);
      for (const pc4 of codes) expect(locatePostcode(pc4), pc4).not.toBeNull();
    });

    it('picks the town of the address when a postcode spans several places', () => {
      const rows = sharedRows();
      const shared = rows.find((r, i) => rows.findIndex((o) => o[0] === r[0]) !== i)!;
      expect(locatePostcode(shared[0]!, shared[1]!.toUpperCase())!.place).toBe(shared[1]);
    });
  });
});
