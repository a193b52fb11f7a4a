/**
 * The names employers know anonymised candidates by. Each employer gets its own random code
 * per worker ("K-7Q4M2"), made the first time the worker shows up in one of its answers and
 * the same ever after; two employers cannot tell they are looking at the same person, and the
 * worker-profile id never leaves the server. Only the employer that holds a code can turn it
 * back into a worker.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { candidatePseudonyms } from '~/db/schema';
import type { EmployerActor } from '~/server/auth/actor';
import { notFound } from '~/server/lib/errors';

/** Crockford's base 32: digits and capitals without I, L, O and U, so a code reads aloud and copies without mix-ups. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 5; // 32^5 ≈ 33.5 million codes per employer
export const CANDIDATE_CODE_PATTERN = /^K-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{5}$/;
/** Rounds of fresh codes for workers whose code collided with another's; each collision is ~1 in millions. */
const MAX_ROUNDS = 5;

export function newCandidateCode(): string {
  // 32 symbols = 5 bits: masking a random byte keeps every symbol equally likely.
  return `K-${[...randomBytes(CODE_LENGTH)].map((byte) => ALPHABET[byte & 31]).join('')}`;
}

async function codesOf(db: Database, organisationId: string, workerIds: string[]) {
  const rows = await db
    .select({ workerId: candidatePseudonyms.workerId, code: candidatePseudonyms.code })
    .from(candidatePseudonyms)
    .where(
      and(eq(candidatePseudonyms.organisationId, organisationId), inArray(candidatePseudonyms.workerId, workerIds)),
    );
  return new Map(rows.map((r) => [r.workerId, r.code]));
}

/**
 * The employer's pseudonym for each of the given workers (worker id → code), created where
 * missing. Safe under concurrent requests: an insert that loses a race on the worker (another
 * request just gave it a code) or on the code (another worker has it) does nothing, and the
 * codes are read back from the table, so everyone gets the one stored code.
 */
export async function candidatePseudonymsFor(
  db: Database,
  actor: EmployerActor,
  input: { workerIds: readonly string[] },
): Promise<Map<string, string>> {
  const workerIds = [...new Set(input.workerIds)];
  if (workerIds.length === 0) return new Map();
  const codes = await codesOf(db, actor.organisationId, workerIds);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const missing = workerIds.filter((id) => !codes.has(id));
    if (missing.length === 0) return codes;
    await db
      .insert(candidatePseudonyms)
      .values(missing.map((workerId) => ({ organisationId: actor.organisationId, workerId, code: newCandidateCode() })))
      .onConflictDoNothing();
    for (const [workerId, code] of await codesOf(db, actor.organisationId, missing)) codes.set(workerId, code);
  }
  if (workerIds.every((id) => codes.has(id))) return codes;
  throw new Error(`No free candidate pseudonym after ${MAX_ROUNDS} rounds for organisation ${actor.organisationId}`);
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
