/**
 * News from the matching engine: when a rematch stores a match that is newly strong, the worker
 * hears of the vacancy (strongMatch) and the vacancy's employer of the candidate
 * (strongCandidate), each once per pair ever (the dedupe key names the pair), however often
 * the pair drops and comes back. Set-based: a region's rematch hands over a batch of hundreds
 * of workers, and this costs a handful of queries per batch, not per pair.
 *
 * Who hears: workers still looking (at risk or in transition) about open vacancies; employers
 * only of workers who consented to be found, and only by the employer's own pseudonym for the
 * worker, never by name.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { organisations, users, vacancies, workerProfiles } from '~/db/schema';
import { candidatePseudonymsForPairs, pseudonymPairKey } from '~/server/services/candidate-pseudonyms';
import { notifyAll, organisationsRecipients, type NewNotification } from './notify';

/** From this score on, a new match is worth a notification. The one place it is set. */
export const STRONG_MATCH = 0.75;
/** A handful of new strong matches per rematch is news, dozens are noise: the best ones only. */
const MAX_PER_WORKER = 3;
const MAX_PER_VACANCY = 3;

export interface StrongPair {
  workerId: string;
  vacancyId: string;
  score: number;
}

/** Keeps the best `max` pairs per `keyOf`, best first. */
function bestPer(pairs: StrongPair[], keyOf: (p: StrongPair) => string, max: number) {
  const taken = new Map<string, number>();
  return [...pairs]
    .sort((a, b) => b.score - a.score)
    .filter((p) => {
      const n = taken.get(keyOf(p)) ?? 0;
      taken.set(keyOf(p), n + 1);
      return n < max;
    });
}

const rounded = (score: number) => Math.round(score * 100) / 100;

/**
 * Notifies the newly strong pairs of one rematch (in its transaction). Returns how many workers'
 * and employers' notifications were new.
 */
export async function notifyStrongMatches(
  db: Database,
  newlyStrong: readonly StrongPair[],
): Promise<{ workers: number; employers: number }> {
  const strong = newlyStrong.filter((p) => p.score >= STRONG_MATCH);
  if (strong.length === 0) return { workers: 0, employers: 0 };
  const [workers, openVacancies] = await Promise.all([
    db
      .select({ id: workerProfiles.id, userId: workerProfiles.userId, findable: workerProfiles.visibleToEmployers })
      .from(workerProfiles)
      .innerJoin(users, eq(users.id, workerProfiles.userId))
      .where(
        and(
          inArray(workerProfiles.id, [...new Set(strong.map((p) => p.workerId))]),
          inArray(workerProfiles.status, ['at_risk', 'in_transition']),
          isNull(users.disabledAt),
          isNull(users.erasedAt),
        ),
      ),
    db
      .select({
        id: vacancies.id,
        title: vacancies.title,
        organisationId: vacancies.organisationId,
        organisation: organisations.name,
      })
      .from(vacancies)
      .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
      .where(and(inArray(vacancies.id, [...new Set(strong.map((p) => p.vacancyId))]), eq(vacancies.status, 'open'))),
  ]);
  const workerOf = new Map(workers.map((w) => [w.id, w]));
  const vacancyOf = new Map(openVacancies.map((v) => [v.id, v]));
  const eligible = strong.filter((p) => workerOf.has(p.workerId) && vacancyOf.has(p.vacancyId));

  const toWorkers: NewNotification[] = bestPer(eligible, (p) => p.workerId, MAX_PER_WORKER).map((p) => {
    const vacancy = vacancyOf.get(p.vacancyId)!;
    return {
      userIds: [workerOf.get(p.workerId)!.userId],
      kind: 'strongMatch',
      payload: {
        vacancyId: vacancy.id,
        title: vacancy.title,
        organisation: vacancy.organisation,
        score: rounded(p.score),
      },
      dedupeKey: `strongMatch:${p.workerId}:${p.vacancyId}`,
    };
  });

  const candidates = bestPer(
    eligible.filter((p) => workerOf.get(p.workerId)!.findable),
    (p) => p.vacancyId,
    MAX_PER_VACANCY,
  );
  const organisationOf = (p: StrongPair) => vacancyOf.get(p.vacancyId)!.organisationId;
  const [pseudonyms, recipients] = await Promise.all([
    candidatePseudonymsForPairs(
      db,
      candidates.map((p) => ({ organisationId: organisationOf(p), workerId: p.workerId })),
    ),
    organisationsRecipients(db, candidates.map(organisationOf)),
  ]);
  const toEmployers: NewNotification[] = candidates.map((p) => {
    const vacancy = vacancyOf.get(p.vacancyId)!;
    return {
      userIds: recipients.get(vacancy.organisationId) ?? [],
      kind: 'strongCandidate',
      payload: {
        vacancyId: vacancy.id,
        title: vacancy.title,
        candidate: pseudonyms.get(pseudonymPairKey(vacancy.organisationId, p.workerId))!,
        score: rounded(p.score),
      },
      dedupeKey: `strongCandidate:${p.workerId}:${p.vacancyId}`,
    };
  });
  return { workers: await notifyAll(db, toWorkers), employers: await notifyAll(db, toEmployers) };
}
