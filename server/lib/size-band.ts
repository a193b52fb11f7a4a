import type { sizeBandValues } from '~/db/schema/enums';

export type SizeBand = (typeof sizeBandValues)[number];

/** The CBS size class of a headcount. */
export function sizeBandOf(employees: number): SizeBand {
  if (employees < 10) return '1-9';
  if (employees < 50) return '10-49';
  if (employees < 250) return '50-249';
  return '250+';
}
