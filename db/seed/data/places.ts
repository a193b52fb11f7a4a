/**
 * Towns of the demo region Zuidoost-Brabant (the Brainport Eindhoven labour-market region) and of
 * the neighbouring region Midden-Brabant, with a representative 4-digit postcode, the coordinates
 * of the town centre and a weight that is roughly the population in thousands.
 */

export interface SeedPlace {
  city: string;
  /** A representative 4-digit postcode of the town centre. */
  postcode4: string;
  lat: number;
  lon: number;
  /** Relative population, roughly in thousands of inhabitants. */
  weight: number;
}

export const region = {
  name: 'Zuidoost-Brabant',
  slug: 'zuidoost-brabant',
  centreLat: 51.4416,
  centreLon: 5.4697,
  guidanceWindowMonths: 24,
} as const;

export const otherRegion = {
  name: 'Midden-Brabant',
  slug: 'midden-brabant',
  centreLat: 51.5555,
  centreLon: 5.0913,
  guidanceWindowMonths: 24,
} as const;

export const places: readonly SeedPlace[] = [
  { city: 'Eindhoven', postcode4: '5611', lat: 51.4416, lon: 5.4697, weight: 240 },
  { city: 'Helmond', postcode4: '5701', lat: 51.4793, lon: 5.657, weight: 94 },
  { city: 'Veldhoven', postcode4: '5503', lat: 51.4183, lon: 5.4028, weight: 46 },
  { city: 'Best', postcode4: '5681', lat: 51.5075, lon: 5.39, weight: 31 },
  { city: 'Son en Breugel', postcode4: '5691', lat: 51.5117, lon: 5.4931, weight: 17 },
  { city: 'Nuenen', postcode4: '5671', lat: 51.4726, lon: 5.5519, weight: 23 },
  { city: 'Geldrop', postcode4: '5664', lat: 51.4214, lon: 5.5597, weight: 29 },
  { city: 'Mierlo', postcode4: '5731', lat: 51.4406, lon: 5.6189, weight: 11 },
  { city: 'Waalre', postcode4: '5581', lat: 51.3867, lon: 5.4444, weight: 17 },
  { city: 'Valkenswaard', postcode4: '5554', lat: 51.3505, lon: 5.4597, weight: 31 },
  { city: 'Oirschot', postcode4: '5688', lat: 51.5054, lon: 5.3131, weight: 12 },
  { city: 'Deurne', postcode4: '5751', lat: 51.4639, lon: 5.7964, weight: 32 },
  { city: 'Asten', postcode4: '5721', lat: 51.4042, lon: 5.7481, weight: 17 },
  { city: 'Someren', postcode4: '5711', lat: 51.385, lon: 5.7111, weight: 19 },
  { city: 'Gemert', postcode4: '5421', lat: 51.5556, lon: 5.6889, weight: 17 },
  { city: 'Bladel', postcode4: '5531', lat: 51.3681, lon: 5.2208, weight: 20 },
  { city: 'Eersel', postcode4: '5521', lat: 51.3575, lon: 5.3178, weight: 19 },
  { city: 'Reusel', postcode4: '5541', lat: 51.3625, lon: 5.1656, weight: 13 },
  { city: 'Heeze', postcode4: '5591', lat: 51.3826, lon: 5.5711, weight: 10 },
  { city: 'Budel', postcode4: '6021', lat: 51.2725, lon: 5.5747, weight: 13 },
  { city: 'Bergeijk', postcode4: '5571', lat: 51.3197, lon: 5.3583, weight: 19 },
  { city: 'Beek en Donk', postcode4: '5741', lat: 51.5333, lon: 5.6306, weight: 11 },
];

export const otherRegionPlaces: readonly SeedPlace[] = [
  { city: 'Tilburg', postcode4: '5038', lat: 51.5555, lon: 5.0913, weight: 224 },
  { city: 'Waalwijk', postcode4: '5141', lat: 51.6826, lon: 5.0703, weight: 49 },
  { city: 'Oisterwijk', postcode4: '5061', lat: 51.5797, lon: 5.1897, weight: 26 },
  { city: 'Dongen', postcode4: '5101', lat: 51.6268, lon: 4.9388, weight: 26 },
];
