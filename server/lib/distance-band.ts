import { haversineKm } from './geo';

/**
 * How far a candidate lives from a point, as an employer may see it: a band, never a number.
 * An exact distance from two or three known points (an employer's vacancies, its address) is
 * enough to find someone's street; a band from any number of points is not. Each band is
 * [from, below) km; the wording is in i18n/messages under `candidateDistance`.
 */
export const distanceBands = [
  { key: 'under5', belowKm: 5 },
  { key: 'from5to10', belowKm: 10 },
  { key: 'from10to25', belowKm: 25 },
  { key: 'from25to50', belowKm: 50 },
  { key: 'over50', belowKm: Infinity },
] as const;

export type DistanceBand = (typeof distanceBands)[number]['key'];
export const distanceBandKeys = distanceBands.map((b) => b.key) as readonly DistanceBand[];

export function distanceBandOf(km: number): DistanceBand {
  return distanceBands.find((band) => km < band.belowKm)!.key;
}

export interface Point {
  lat: number;
  lon: number;
}

/** The band between two points (great-circle distance). */
export function distanceBandBetween(from: Point, to: Point): DistanceBand {
  return distanceBandOf(haversineKm(from.lat, from.lon, to.lat, to.lon));
}
