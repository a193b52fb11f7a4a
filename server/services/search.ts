import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { workerProfiles } from '~/db/schema';
import { contractTypeValues, remotePolicyValues } from '~/db/schema/enums';
import type { Actor, EmployerActor } from '~/server/auth/actor';
import { isoDate, latitude, longitude, singleLineText } from '~/server/lib/input';
import { MAX_PAGE_SIZE, vacancyFacetNames, type SearchBackend } from '~/server/search/types';
import { recordAudit } from './audit';

/** Free text of a search box; empty is no text. */
const searchText = () => singleLineText({ max: 200 });
const hoursRange = z
  .object({ min: z.int().min(0).max(60).optional(), max: z.int().min(0).max(60).optional() })
  .refine((h) => h.min === undefined || h.max === undefined || h.min <= h.max, { message: 'min must not exceed max' });
const near = z.object({
  lat: latitude(),
  lon: longitude(),
  radiusKm: z.number().positive().max(500),
});
const paging = { page: z.int().min(1).max(1000).default(1), pageSize: z.int().min(1).max(MAX_PAGE_SIZE).default(20) };

export const vacancySearchInput = z.object({
  text: searchText().optional(),
  skillIds: z.array(z.uuid()).max(20).optional(),
  occupationId: z.uuid().optional(),
  iscoGroup: z
    .string()
    .regex(/^\d{1,4}$/, 'an ISCO-08 code of 1 to 4 digits')
    .optional(),
  hours: hoursRange.optional(),
  contractTypes: z.array(z.enum(contractTypeValues)).max(contractTypeValues.length).optional(),
  remote: z.array(z.enum(remotePolicyValues)).max(remotePolicyValues.length).optional(),
  startBefore: isoDate().optional(),
  openToRetraining: z.boolean().optional(),
  near: near.optional(),
  facets: z.array(z.enum(vacancyFacetNames)).max(vacancyFacetNames.length).optional(),
  sort: z.enum(['relevance', 'newest', 'distance', 'startDate']).default('relevance'),
  ...paging,
});

export const candidateSearchInput = z.object({
  text: searchText().optional(),
  skillIds: z.array(z.uuid()).max(20).optional(),
  iscoGroup: z
    .string()
    .regex(/^\d{1,4}$/, 'an ISCO-08 code of 1 to 4 digits')
    .optional(),
  hours: hoursRange.optional(),
  contractTypes: z.array(z.enum(contractTypeValues)).max(contractTypeValues.length).optional(),
  near: near.optional(),
  ...paging,
});

/**
 * Vacancy search for anyone signed in, within their own region (an admin searches every
 * region). A worker who opted in to other regions searches everywhere.
 */
export async function searchVacanciesFor(
  db: Database,
  actor: Actor,
  input: z.infer<typeof vacancySearchInput>,
  search: SearchBackend,
) {
  let regionIds = actor.role === 'admin' ? undefined : [actor.regionId];
  if (actor.role === 'worker') {
    const [profile] = await db
      .select({ openToOtherRegions: workerProfiles.openToOtherRegions })
      .from(workerProfiles)
      .where(eq(workerProfiles.userId, actor.userId));
    if (profile?.openToOtherRegions) regionIds = undefined;
  }
  return search.searchVacancies({ ...input, regionIds });
}

/**
 * An employer searches anonymised candidates: workers of the employer's region (or open to
 * other regions) who consented to be found. Every search is logged.
 */
export async function searchCandidatesFor(
  db: Database,
  actor: EmployerActor,
  input: z.infer<typeof candidateSearchInput>,
  search: SearchBackend,
) {
  const result = await search.searchWorkers({ ...input, regionId: actor.regionId });
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: 'candidates.search',
    subjectType: 'worker_profile',
    subjectId:
      result.hits
        .map((h) => h.document.id)
        .join(',')
        .slice(0, 2000) || '-',
    organisationId: actor.organisationId,
    regionId: actor.regionId,
    metadata: { text: input.text ?? null, results: result.total },
  });
  return result;
}
