/**
 * The candidates for one of the employer's own vacancies, as its candidates page lists them:
 * ranked by the matcher, anonymised (candidate-view.ts), filtered and paged here, with the
 * workers who expressed interest marked and listed whatever their score.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { introductions, vacancies } from '~/db/schema';
import type { EmployerActor } from '~/server/auth/actor';
import { distanceBandKeys, type DistanceBand } from '~/server/lib/distance-band';
import { notFound } from '~/server/lib/errors';
import { isoDate, singleLineText } from '~/server/lib/input';
import { pageNumber } from '~/server/lib/pagination';
import { neighbourRegionIds } from '~/server/lib/region-neighbours';
import { byShownScore, employerMatchOf, employerScoreOf, type EmployerMatch } from '~/server/matching/employer-view';
import { explainCandidates, scoreCandidatesForVacancy } from '~/server/matching/engine';
import { explanationLines } from '~/i18n/explanation';
import { getMatchContext } from '~/server/matching/runtime';
import { MAX_PAGE_SIZE, type SearchBackend } from '~/server/search/types';
import { recordAudit } from './audit';
import { visibleCandidates, type AnonymousCandidate } from './candidate-view';
import { identitiesRevealedTo, type RevealedIdentity } from './introduction-identity';

/** How many ranked candidates a vacancy's list is built from: the filters and pages work within these. */
export const RANKED_CANDIDATES = 500;
/** Pages of the search index a free-text filter reads (of MAX_PAGE_SIZE hits each). */
const TEXT_SEARCH_PAGES = 5;

export const candidateListInput = z.object({
  vacancyId: z.uuid(),
  locale: z.enum(['nl', 'en']).default('nl'),
  /** Free text over the candidates' headline, occupation and skills, through the search backend. */
  text: singleLineText({ max: 200 }).optional(),
  minScore: z.number().min(0).max(1).optional(),
  distanceBands: z
    .array(z.enum(distanceBandKeys as [DistanceBand, ...DistanceBand[]]))
    .max(distanceBandKeys.length)
    .optional(),
  /** Available on or before this day (or from now on). */
  availableBy: isoDate().optional(),
  occupationId: z.uuid().optional(),
  /** A skill every listed candidate must have. */
  skillId: z.uuid().optional(),
  page: pageNumber,
  pageSize: z.int().min(1).max(50).default(20),
});
export type CandidateListInput = z.infer<typeof candidateListInput>;

/** The employer's own vacancy with its location; another firm's answers like a missing one. */
export async function ownVacancy(db: Database, actor: EmployerActor, vacancyId: string) {
  const [vacancy] = await db
    .select({ id: vacancies.id, title: vacancies.title, lat: vacancies.lat, lon: vacancies.lon })
    .from(vacancies)
    .where(and(eq(vacancies.id, vacancyId), eq(vacancies.organisationId, actor.organisationId)));
  if (!vacancy) throw notFound('Vacancy');
  return vacancy;
}

/** Workers who expressed interest in the vacancy and are still waiting for the employer's answer. */
export async function interestedWorkerIds(db: Database, vacancyId: string): Promise<Set<string>> {
  const rows = await db
    .select({ workerId: introductions.workerId })
    .from(introductions)
    .where(
      and(
        eq(introductions.vacancyId, vacancyId),
        eq(introductions.initiatedBy, 'worker'),
        eq(introductions.status, 'proposed'),
      ),
    );
  return new Set(rows.map((r) => r.workerId));
}

/** A match as the candidates page shows it: the score, the skill labels and the sentences. */
export function shownMatch(match: EmployerMatch, locale: 'nl' | 'en') {
  return {
    score: match.score,
    matchingSkills: match.explanation.matchingSkills.map((s) => s.label[locale]),
    missingSkills: match.explanation.missingSkills.map((s) => ({ label: s.label[locale], required: s.required })),
    lines: explanationLines({ ...match.explanation, distanceKm: null }, locale, 'employer'),
  };
}
export type ShownMatch = ReturnType<typeof shownMatch>;

export interface CandidateRow extends AnonymousCandidate {
  /** Null for an interested worker the matcher does not rank for this vacancy (a hard filter, say). */
  match: ShownMatch | null;
  interested: boolean;
  /** Name and e-mail, only while an introduction with this employer shares them. */
  identity: RevealedIdentity | null;
}

/** Worker ids the search backend finds for the text, among the workers the employer may search. */
async function workerIdsForText(db: Database, actor: EmployerActor, text: string, search: SearchBackend) {
  const neighbours = await neighbourRegionIds(db, actor.regionId);
  const ids = new Set<string>();
  for (let page = 1; page <= TEXT_SEARCH_PAGES; page++) {
    const found = await search.searchWorkers({
      text,
      regionId: actor.regionId,
      neighbourRegionIds: neighbours,
      page,
      pageSize: MAX_PAGE_SIZE,
    });
    for (const hit of found.hits) ids.add(hit.document.id);
    if (page * MAX_PAGE_SIZE >= found.total) break;
  }
  return ids;
}

function passesFilters(
  candidate: AnonymousCandidate,
  score: number | null,
  interested: boolean,
  f: CandidateListInput,
) {
  // Interest overrides the score: the employer should answer a worker who asked, however weak the fit.
  if (f.minScore !== undefined && !interested && (score ?? 0) < f.minScore) return false;
  if (f.distanceBands?.length && !f.distanceBands.includes(candidate.distanceBand)) return false;
  if (f.availableBy && candidate.availableFrom && candidate.availableFrom > f.availableBy) return false;
  if (f.occupationId && candidate.occupationId !== f.occupationId) return false;
  if (f.skillId && !candidate.skillIds.includes(f.skillId)) return false;
  return true;
}

/**
 * One page of the vacancy's candidates: interested workers first, then by score. The whole
 * list is built from the ranked candidates and the interested workers, filtered, then paged,
 * so `total` counts everyone who passes the filters. Every answer is logged.
 */
export async function listCandidatesForVacancy(
  db: Database,
  actor: EmployerActor,
  input: CandidateListInput,
  search: SearchBackend,
) {
  const vacancy = await ownVacancy(db, actor, input.vacancyId);
  const [scored, interested] = await Promise.all([
    scoreCandidatesForVacancy(db, await getMatchContext(db), vacancy.id, RANKED_CANDIDATES),
    interestedWorkerIds(db, vacancy.id),
  ]);
  const ranked = scored?.ranked ?? [];
  const rankedOf = new Map(ranked.map((r) => [r.result.workerId, r]));
  let workerIds = [...new Set([...rankedOf.keys(), ...interested])];
  if (input.text) {
    const found = await workerIdsForText(db, actor, input.text, search);
    workerIds = workerIds.filter((id) => found.has(id));
  }
  const visible = await visibleCandidates(db, actor, { workerIds, from: vacancy });
  const rows = workerIds.flatMap((workerId) => {
    const candidate = visible.get(workerId);
    const engine = rankedOf.get(workerId);
    const score = engine ? employerScoreOf(engine.result.components).score : null;
    const isInterested = interested.has(workerId);
    if (!candidate || !passesFilters(candidate, score, isInterested, input)) return [];
    return [{ workerId, candidate, interested: isInterested, score: score ?? -1 }];
  });
  const ordered = [
    ...byShownScore(rows.filter((r) => r.interested)),
    ...byShownScore(rows.filter((r) => !r.interested)),
  ];
  const pageRows = ordered.slice((input.page - 1) * input.pageSize, input.page * input.pageSize);
  // Only the page is explained: the filters and the order need scores, not sentences.
  const explained = scored
    ? await explainCandidates(
        db,
        scored.vacancy,
        pageRows.flatMap((r) => rankedOf.get(r.workerId) ?? []),
      )
    : [];
  const matchOf = new Map(explained.map((m) => [m.workerId, employerMatchOf(m)]));
  const identities = await identitiesRevealedTo(
    db,
    actor.organisationId,
    pageRows.map((r) => r.workerId),
  );
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: 'candidates.match',
    subjectType: 'vacancy',
    subjectId: vacancy.id,
    organisationId: actor.organisationId,
    regionId: actor.regionId,
    metadata: { workerIds: pageRows.map((r) => r.workerId), text: input.text ?? null },
  });
  return {
    vacancyTitle: vacancy.title,
    rows: pageRows.map((r): CandidateRow => ({
      ...r.candidate,
      match: matchOf.has(r.workerId) ? shownMatch(matchOf.get(r.workerId)!, input.locale) : null,
      interested: r.interested,
      identity: identities.get(r.workerId) ?? null,
    })),
    total: ordered.length,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** The worker's match for the vacancy as the employer may see it, or null when the matcher does not rank them for it. */
export async function rankedCandidateMatch(db: Database, vacancyId: string, workerId: string) {
  const scored = await scoreCandidatesForVacancy(db, await getMatchContext(db), vacancyId, RANKED_CANDIDATES);
  const found = scored?.ranked.find((r) => r.result.workerId === workerId);
  if (!scored || !found) return null;
  const [explained] = await explainCandidates(db, scored.vacancy, [found]);
  return employerMatchOf(explained!);
}
