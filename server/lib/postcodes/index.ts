/**
 * Dutch 4-digit postcodes to coordinates, from the built-in GeoNames table (data.ts): a firm's
 * address and a worker's home postcode become a point for distance and commute filters, with
 * no network lookup. A postcode centroid is accurate to a few kilometres, which is what a
 * commute radius needs.
 */
import { pc4Table } from './data';

export interface PostcodePlace {
  pc4: string;
  place: string;
  lat: number;
  lon: number;
}

let table: Map<string, PostcodePlace[]> | undefined;

function load(): Map<string, PostcodePlace[]> {
  if (table) return table;
  table = new Map();
  for (const line of pc4Table.split('\n')) {
    const [pc4, place, lat, lon] = line.split('|') as [string, string, string, string];
    const places = table.get(pc4) ?? [];
    places.push({ pc4, place, lat: Number(lat), lon: Number(lon) });
    table.set(pc4, places);
  }
  return table;
}

/** "5611 AB", "5611ab" and "5611" all give "5611"; anything that is not a Dutch postcode gives null. */
export function normalisePostcode(postcode: string): string | null {
  const match = /^\s*([1-9]\d{3})\s*([a-zA-Z]{2})?\s*$/.exec(postcode);
  return match ? match[1]! : null;
}

/**
 * Where a postcode is: the place of that name when the postcode spans several places (the
 * address's town is known), otherwise the first. Null for an unknown postcode.
 */
export function locatePostcode(postcode: string, city?: string): PostcodePlace | null {
  const pc4 = normalisePostcode(postcode);
  const places = pc4 ? load().get(pc4) : undefined;
  if (!places) return null;
  const wanted = city?.trim().toLocaleLowerCase('nl');
  return places.find((p) => p.place.toLocaleLowerCase('nl') === wanted) ?? places[0]!;
}
