/**
 * The names employers know anonymised candidates by. Each employer gets its own random code
 * per worker ("K-7Q4M2"), made the first time the worker shows up in one of its answers and
 * the same ever after; two employers cannot tell they are looking at the same person, and the
 * worker-profile id never leaves the server. Only the employer that holds a code can turn it
 * back into a worker.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { candidatePseudonyms } from '~/db/schema';
import type { EmployerActor } from '~/server/auth/actor';
import { notFound } from '~/server/lib/errors';
import { rowsOf } from '~/server/search/postgres/rows';

/** Crockford's base 32: digits and capitals without I, L, O and U, so a code reads aloud and copies without mix-ups. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 5; // 32^5 ≈ 33.5 million codes per employer
export const CANDIDATE_CODE_PATTERN = /^K-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{5}$/;
/** Rounds of fresh codes for workers whose code collided with another's; each collision is ~1 in millions. */
const MAX_ROUNDS = 5;
/** Pairs per insert: three parameters each. */
const PAIR_CHUNK = 10_000;

export function newCandidateCode(): string {
  // 32 symbols = 5 bits: masking a random byte keeps every symbol equally likely.
  return `K-${[...randomBytes(CODE_LENGTH)].map((byte) => ALPHABET[byte & 31]).join('')}`;
}

/**
 * The employer's pseudonym for each of the given workers (worker id → code), created where
 * missing. Safe under concurrent requests: an insert that loses a race on the worker (another
 * request just gave it a code) or on the code (another worker has it) does nothing, and the
 * codes are read back from the table, so everyone gets the one stored code (the race is run by
 * candidatePseudonymsForPairs, for one employer here).
 */
export async function candidatePseudonymsFor(
  db: Database,
  actor: EmployerActor,
  input: { workerIds: readonly string[] },
): Promise<Map<string, string>> {
  const codes = await candidatePseudonymsForPairs(
    db,
    input.workerIds.map((workerId) => ({ organisationId: actor.organisationId, workerId })),
  );
  return new Map(
    input.workerIds.map((workerId) => [workerId, codes.get(pseudonymPairKey(actor.organisationId, workerId))!]),
  );
}

/**
 * The worker behind one of the employer's own pseudonyms. Another employer's code, a code
 * that does not exist and text that is no code at all answer alike: not found. It says who
 * the worker is, not whether the employer may still see them: a caller that acts on the
 * worker checks consent itself (see candidate-view.ts).
 */
export async function resolveCandidatePseudonym(
  db: Database,
  actor: EmployerActor,
  input: { candidateId: string },
): Promise<{ workerId: string }> {
  const code = input.candidateId.trim().toUpperCase();
  if (!CANDIDATE_CODE_PATTERN.test(code)) throw notFound('Candidate');
  const [row] = await db
    .select({ workerId: candidatePseudonyms.workerId })
    .from(candidatePseudonyms)
    .where(and(eq(candidatePseudonyms.organisationId, actor.organisationId), eq(candidatePseudonyms.code, code)));
  if (!row) throw notFound('Candidate');
  return row;
}

/** The key of a pair in candidatePseudonymsForPairs' answer. */
export const pseudonymPairKey = (organisationId: string, workerId: string) => `${organisationId}:${workerId}`;

async function codesOfPairs(db: Database, pairs: { organisationId: string; workerId: string }[]) {
  const rows = rowsOf<{ organisation_id: string; worker_id: string; code: string }>(
    await db.execute(sql`
      select p.organisation_id, p.worker_id, p.code
      from ${candidatePseudonyms} p
      join json_to_recordset(${JSON.stringify(pairs.map((p) => ({ organisation_id: p.organisationId, worker_id: p.workerId })))}::json)
        as r(organisation_id uuid, worker_id uuid)
        on r.organisation_id = p.organisation_id and r.worker_id = p.worker_id`),
  );
  return new Map(rows.map((r) => [pseudonymPairKey(r.organisation_id, r.worker_id), r.code]));
}

/**
 * The pseudonyms of many (employer, worker) pairs at once, created where missing, keyed by
 * pseudonymPairKey: for work on behalf of many employers (the notifications of a
 * region's rematch, an introduction's notification), where `candidatePseudonymsFor` would be a
 * round trip per employer.
 */
export async function candidatePseudonymsForPairs(
  db: Database,
  input: readonly { organisationId: string; workerId: string }[],
): Promise<Map<string, string>> {
  // In one order for every caller: two requests inserting the same new pairs in opposite orders
  // would each wait for the other's row (a deadlock); in the same order one simply waits.
  const pairs = [...new Map(input.map((p) => [pseudonymPairKey(p.organisationId, p.workerId), p])).entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, p]) => p);
  if (pairs.length === 0) return new Map();
  const codes = await codesOfPairs(db, pairs);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const missing = pairs.filter((p) => !codes.has(pseudonymPairKey(p.organisationId, p.workerId)));
    if (missing.length === 0) return codes;
    for (let i = 0; i < missing.length; i += PAIR_CHUNK) {
      await db
        .insert(candidatePseudonyms)
        .values(missing.slice(i, i + PAIR_CHUNK).map((p) => ({ ...p, code: newCandidateCode() })))
        .onConflictDoNothing();
    }
    for (const [key, code] of await codesOfPairs(db, missing)) codes.set(key, code);
  }
  if (pairs.every((p) => codes.has(pseudonymPairKey(p.organisationId, p.workerId)))) return codes;
  throw new Error(`No free candidate pseudonym after ${MAX_ROUNDS} rounds for ${pairs.length} pairs`);
}
