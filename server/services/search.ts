import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { organisations, vacancies, workerProfiles } from '~/db/schema';
import { contractTypeValues, remotePolicyValues } from '~/db/schema/enums';
import type { Actor, EmployerActor } from '~/server/auth/actor';
import { isoDate, latitude, longitude, singleLineText } from '~/server/lib/input';
import { MAX_PAGE_SIZE, vacancyFacetNames, type SearchBackend } from '~/server/search/types';
import { notFound } from '~/server/lib/errors';
import { hasPriority } from '~/server/lib/priority-window';
import { neighbourRegionIds } from '~/server/lib/region-neighbours';
import { recordAudit } from './audit';
import { visibleCandidates } from './candidate-view';
import { interestedVacancyIds } from './vacancy-interest';
import { hiddenVacancyIds, reactionsTo } from './vacancy-reactions';

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

/** The smallest radius an employer may search candidates in. */
export const MIN_CANDIDATE_RADIUS_KM = 5;

export const candidateSearchInput = z.object({
  text: searchText().optional(),
  skillIds: z.array(z.uuid()).max(20).optional(),
  iscoGroup: z
    .string()
    .regex(/^\d{1,4}$/, 'an ISCO-08 code of 1 to 4 digits')
    .optional(),
  hours: hoursRange.optional(),
  contractTypes: z.array(z.enum(contractTypeValues)).max(contractTypeValues.length).optional(),
  /**
   * Around one of the employer's own places only (a vacancy, else its address), never an
   * arbitrary point, and not too narrowly: searches around chosen points with small radii
   * would otherwise locate a candidate's home.
   */
  near: z
    .object({
      vacancyId: z.uuid().optional(),
      radiusKm: z.number().min(MIN_CANDIDATE_RADIUS_KM, `must be at least ${MIN_CANDIDATE_RADIUS_KM} km`).max(500),
    })
    .optional(),
  ...paging,
});

/**
 * Vacancy search for anyone signed in, within their own region (an admin searches every
 * region). A worker who opted in to other regions searches the neighbouring regions too. A
 * worker does not find vacancies still in their priority window, unless they are at risk and
 * the vacancy is of their own region (server/lib/priority-window.ts).
 */
export async function searchVacanciesFor(
  db: Database,
  actor: Actor,
  input: z.infer<typeof vacancySearchInput>,
  search: SearchBackend,
) {
  if (actor.role !== 'worker') {
    return search.searchVacancies({ ...input, regionIds: actor.role === 'admin' ? undefined : [actor.regionId] });
  }
  const [profile] = await db
    .select({
      id: workerProfiles.id,
      openToOtherRegions: workerProfiles.openToOtherRegions,
      status: workerProfiles.status,
      currentOrganisationId: workerProfiles.currentOrganisationId,
    })
    .from(workerProfiles)
    .where(eq(workerProfiles.userId, actor.userId));
  const found = await search.searchVacancies({
    ...input,
    regionIds: profile?.openToOtherRegions
      ? [actor.regionId, ...(await neighbourRegionIds(db, actor.regionId))]
      : [actor.regionId],
    priorityWindow: {
      now: Date.now(),
      visibleInRegionId: profile && hasPriority(profile.status) ? actor.regionId : null,
    },
    // What the worker hid ("not for me") stays out of their results; they can unhide it on its own
    // page. So do their own employer's vacancies, as in their matches: Overstap is for moving on.
    excludeIds: profile
      ? [
          ...(await hiddenVacancyIds(db, profile.id)),
          ...(await ownEmployerVacancyIds(db, profile.currentOrganisationId)),
        ]
      : undefined,
  });
  if (!profile) return found;
  const ids = found.hits.map((h) => h.document.id);
  const [reactions, interested] = await Promise.all([
    reactionsTo(db, profile.id, ids),
    interestedVacancyIds(db, profile.id, ids),
  ]);
  return {
    ...found,
    /** The hits of this page the worker saved or expressed interest in, for the buttons on each. */
    savedVacancyIds: ids.filter((id) => reactions.get(id) === 'saved'),
    interestedVacancyIds: ids.filter((id) => interested.has(id)),
  };
}

/** The open vacancies of the worker's current employer (a firm has tens, not thousands). */
async function ownEmployerVacancyIds(db: Database, organisationId: string | null): Promise<string[]> {
  if (!organisationId) return [];
  const rows = await db
    .select({ id: vacancies.id })
    .from(vacancies)
    .where(and(eq(vacancies.organisationId, organisationId), eq(vacancies.status, 'open')));
  return rows.map((r) => r.id);
}

/** Where an employer's candidate search is centred: one of its own vacancies, else its own address. */
async function searchCentre(db: Database, actor: EmployerActor, vacancyId: string | undefined) {
  const [centre] = vacancyId
    ? await db
        .select({ lat: vacancies.lat, lon: vacancies.lon })
        .from(vacancies)
        .where(and(eq(vacancies.id, vacancyId), eq(vacancies.organisationId, actor.organisationId)))
    : await db
        .select({ lat: organisations.lat, lon: organisations.lon })
        .from(organisations)
        .where(eq(organisations.id, actor.organisationId));
  if (!centre) throw notFound(vacancyId ? 'Vacancy' : 'Organisation');
  return centre;
}

/**
 * An employer searches anonymised candidates: workers of the employer's region (and of its
 * neighbouring regions those open to other regions) who consented to be found. The index finds them; the database decides, hit
 * by hit, whether the employer may still see them (candidate-view.ts), so a revoked consent
 * counts at once, not after the next outbox sync. Every search is logged.
 */
export async function searchCandidatesFor(
  db: Database,
  actor: EmployerActor,
  input: z.infer<typeof candidateSearchInput>,
  search: SearchBackend,
) {
  const centre = await searchCentre(db, actor, input.near?.vacancyId);
  const found = await search.searchWorkers({
    ...input,
    near: input.near ? { ...centre, radiusKm: input.near.radiusKm } : undefined,
    regionId: actor.regionId,
    neighbourRegionIds: await neighbourRegionIds(db, actor.regionId),
  });
  const visible = await visibleCandidates(db, actor, {
    workerIds: found.hits.map((h) => h.document.id),
    from: centre,
  });
  // In the index's order; the index's distance from `near` stays here (exact distances locate people).
  const shown = found.hits.flatMap((h) => {
    const candidate = visible.get(h.document.id);
    return candidate ? [{ workerId: h.document.id, candidate }] : [];
  });
  /**
   * The index's count less the hits of this page that turned out no longer visible. Workers
   * on other pages who lost visibility since the last outbox sync (about a second) are still
   * counted until it runs: an upper bound, exact once the index has caught up. Pages keep the
   * index's boundaries, so paging neither skips nor repeats anyone, and a page may hold fewer
   * than `pageSize` hits while the index lags.
   */
  const total = Math.max(0, found.total - (found.hits.length - shown.length));
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: 'candidates.search',
    subjectType: 'worker_profile',
    subjectId:
      shown
        .map((s) => s.workerId)
        .join(',')
        .slice(0, 2000) || '-',
    organisationId: actor.organisationId,
    regionId: actor.regionId,
    metadata: { text: input.text ?? null, results: total },
  });
  return {
    hits: shown.map((s) => s.candidate),
    total,
    totalCapped: found.totalCapped,
    page: found.page,
    pageSize: found.pageSize,
  };
}
