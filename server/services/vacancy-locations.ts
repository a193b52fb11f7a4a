import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import type { EmployerActor } from '~/server/auth/actor';
import { organisations } from '~/db/schema';
import { getOwnOrganisation } from './organisations';

export interface VacancyLocation {
  /** 'own' for the organisation's address, else 'town:<city>'. */
  key: string;
  city: string;
  lat: number;
  lon: number;
  /** The street address, for the organisation's own location only. */
  address: string | null;
}

/**
 * Where a new vacancy can be placed without anyone typing coordinates: the organisation's own
 * address (the default), then the other towns of its region where employers are located, each
 * at the mean position of those employers (close enough for a commute distance).
 */
export async function listVacancyLocations(db: Database, actor: EmployerActor): Promise<VacancyLocation[]> {
  const organisation = await getOwnOrganisation(db, actor);
  const towns = await db
    .select({
      city: organisations.city,
      lat: sql<number>`avg(${organisations.lat})::float8`.mapWith(Number),
      lon: sql<number>`avg(${organisations.lon})::float8`.mapWith(Number),
    })
    .from(organisations)
    .where(and(eq(organisations.regionId, organisation.regionId), ne(organisations.city, organisation.city)))
    .groupBy(organisations.city)
    .orderBy(asc(organisations.city));
  return [
    {
      key: 'own',
      city: organisation.city,
      lat: organisation.lat,
      lon: organisation.lon,
      address: `${organisation.street}, ${organisation.postalCode} ${organisation.city}`,
    },
    ...towns.map((t) => ({ key: `town:${t.city}`, city: t.city, lat: t.lat, lon: t.lon, address: null })),
  ];
}
