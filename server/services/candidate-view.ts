/**
 * What an employer sees of a candidate, in every answer (search and matching): the one place
 * that decides who an employer may see right now and what of them.
 */
import { and, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { occupations, workerProfiles, workerSkills } from '~/db/schema';
import type { EmployerActor } from '~/server/auth/actor';
import { daysBetween } from '~/server/lib/dates';
import { distanceBandBetween, type DistanceBand, type Point } from '~/server/lib/distance-band';
import { todayIso } from '~/server/lib/input';
import { neighbourRegionIds } from '~/server/lib/region-neighbours';
import { arrayParam } from '~/server/lib/sql';
import { findableWorker, labelsOf } from '~/server/search/documents';
import type { WorkerDocument } from '~/server/search/types';
import { candidatePseudonymsFor } from './candidate-pseudonyms';

/**
 * An anonymised candidate as an employer receives it. Named only by the employer's own
 * pseudonym; where they live only as a distance band. Never the profile id, postcode, city,
 * coordinates, name, e-mail, birth year or current employer.
 */
export interface AnonymousCandidate {
  /** The employer's pseudonym for this worker, e.g. "K-7Q4M2" (candidate-pseudonyms.ts). */
  candidateId: string;
  headline: string;
  occupationId: string | null;
  occupationLabels: string[];
  skillIds: string[];
  hoursMin: number;
  hoursMax: number;
  contractPreferences: WorkerDocument['contractPreferences'];
  availableFrom: string | null;
  /** From the point the answer is about: the vacancy, or the employer's own address. */
  distanceBand: DistanceBand;
  /** Whole days left until the worker's guidance deadline (0 once it has passed): never the date itself. */
  guidanceDaysLeft: number;
}

/**
 * The workers among `workerIds` the employer may see now, as anonymised candidates (worker id
 * → candidate; the worker id stays on the server). Read from the database on every call, not
 * from the search index or the matching pool, which learn of a change only at the next outbox
 * sync: consent given, still at risk or in transition, not the employer's own employee (the
 * point is moving to another firm), and in the employer's region or in a neighbouring region
 * and consenting to be seen in other regions. Workers that fail are simply absent.
 */
export async function visibleCandidates(
  db: Database,
  actor: EmployerActor,
  input: { workerIds: readonly string[]; from: Point },
): Promise<Map<string, AnonymousCandidate>> {
  if (input.workerIds.length === 0) return new Map();
  const neighbours = await neighbourRegionIds(db, actor.regionId);
  // Only the columns the candidate shows (a subset of the worker's search document, documents.ts),
  // read fresh: the page filters hundreds of candidates to show twenty.
  const rows = await db
    .select({
      id: workerProfiles.id,
      headline: workerProfiles.headline,
      occupationId: workerProfiles.currentOccupationId,
      occupation: {
        preferredLabelNl: occupations.preferredLabelNl,
        preferredLabelEn: occupations.preferredLabelEn,
        altLabelsNl: occupations.altLabelsNl,
        altLabelsEn: occupations.altLabelsEn,
      },
      hoursMin: workerProfiles.hoursMin,
      hoursMax: workerProfiles.hoursMax,
      contractPreferences: workerProfiles.contractPreferences,
      availableFrom: workerProfiles.availableFrom,
      // The band comes from the exact home: rounded coordinates could put someone in the wrong band.
      lat: workerProfiles.homeLat,
      lon: workerProfiles.homeLon,
      guidanceDeadline: workerProfiles.guidanceDeadline,
    })
    .from(workerProfiles)
    .leftJoin(occupations, eq(occupations.id, workerProfiles.currentOccupationId))
    .where(
      and(
        sql`${workerProfiles.id} = any(${arrayParam(input.workerIds, 'uuid')})`,
        findableWorker(),
        or(
          isNull(workerProfiles.currentOrganisationId),
          ne(workerProfiles.currentOrganisationId, actor.organisationId),
        ),
        or(
          eq(workerProfiles.regionId, actor.regionId),
          neighbours.length
            ? and(eq(workerProfiles.openToOtherRegions, true), inArray(workerProfiles.regionId, neighbours))
            : undefined,
        ),
      ),
    );
  if (rows.length === 0) return new Map();
  const ids = rows.map((r) => r.id);
  const [skillRows, codes] = await Promise.all([
    db
      .select({ workerId: workerSkills.workerId, skillId: workerSkills.skillId })
      .from(workerSkills)
      .where(sql`${workerSkills.workerId} = any(${arrayParam(ids, 'uuid')})`),
    candidatePseudonymsFor(db, actor, { workerIds: ids }),
  ]);
  const skillsOf = new Map<string, string[]>();
  for (const r of skillRows) {
    const held = skillsOf.get(r.workerId) ?? [];
    held.push(r.skillId);
    skillsOf.set(r.workerId, held);
  }
  const today = todayIso();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        candidateId: codes.get(r.id)!,
        headline: r.headline,
        occupationId: r.occupationId,
        occupationLabels: r.occupation ? labelsOf(r.occupation) : [],
        skillIds: skillsOf.get(r.id) ?? [],
        hoursMin: r.hoursMin,
        hoursMax: r.hoursMax,
        contractPreferences: r.contractPreferences,
        availableFrom: r.availableFrom,
        distanceBand: distanceBandBetween(input.from, r),
        guidanceDaysLeft: Math.max(0, daysBetween(today, r.guidanceDeadline)),
      },
    ]),
  );
}
