/**
 * Hostile input, property-based: every procedure of the access policy is called over HTTP
 * through the real handler (queries as GET, mutations as POST), as a persona the policy lets
 * through, with random and hostile input, both entirely random values and its valid sample
 * (tests/helpers/procedure-samples.ts) with one part spoiled. Whatever comes in:
 *   - the answer is never a 5xx;
 *   - a 4xx carries a message a person can read (no SQL, stack or table names), and not one of
 *     the database-error net's: input is checked before the database refuses it;
 *   - after a 4xx nothing was written (every table's row count, newest updated_at and newest
 *     row version are the same as before).
 * A 2xx is fine: the input was valid. The runs are seeded; a failure prints the seed and the
 * path to replay it: FC_SEED=<seed> FC_PATH=<path> npx vitest run tests/integration/hostile-input.test.ts -t '<procedure>'.
 */
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import type { Session } from 'next-auth';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessPolicy, type ProcedurePath } from '~/server/api/access-policy';
import { appRouter } from '~/server/api/root';
import { databaseRefusalMessages } from '~/server/lib/database-errors';
import { PostgresSearchBackend } from '~/server/search/postgres/backend';
import { drainOutbox } from '~/server/search/sync';
import { sessionFor, trpcHttp } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { hostileValue, rawBodies } from '~/tests/helpers/hostile-values';
import { unreadableBecause } from '~/tests/helpers/readable-message';
import { pathsOf, spoiledSample, systematicSpoils } from '~/tests/helpers/spoiled-samples';
import { audiencesOf, personaEmails, type Persona, type SignedInPersona } from '~/tests/helpers/personas';
import { loadSampleFixture, procedureSamples, type SampleFixture } from '~/tests/helpers/procedure-samples';
import { changedTables, tableFingerprinter, type TableFingerprints } from '~/tests/helpers/writes';

const SEED = Number(process.env.FC_SEED ?? 20_261_122);
const REPLAY_PATH = process.env.FC_PATH;
/**
 * Runs per procedure: a base, and a few more for each part of its sample input, so that every
 * field meets several hostile values. Procedures without input only need to ignore what they get.
 */
const BASE_RUNS = Number(process.env.FC_RUNS ?? 20);
const RUNS_PER_FIELD = 3;
const RUNS_WITHOUT_INPUT = 10;

let database: TestDatabase;
let fixture: SampleFixture;
let fingerprint: () => Promise<TableFingerprints>;
/**
 * The tables as they were after the last call, when that call could not have written (a 4xx
 * that passed the check); null after a 2xx. Saves taking a fingerprint before every call.
 */
let unchangedSince: TableFingerprints | null = null;
let tableNames: string[];
/** Each persona's session; the anonymous caller has none. */
const sessions = { anonymous: null } as Record<Persona, Session | null>;

beforeAll(async () => {
  database = await createSeededTestDatabase();
  const { db } = database;
  fixture = await loadSampleFixture(db);
  // Fill the search index, so that searches run over real documents rather than an empty index.
  await drainOutbox(db, new PostgresSearchBackend(db), { batchSize: 1_000 });
  const emails = await personaEmails(db);
  for (const [persona, email] of Object.entries(emails)) {
    sessions[persona as SignedInPersona] = await sessionFor(db, email);
  }
  fingerprint = await tableFingerprinter(db);
  const tables = (await db.execute(
    sql`select table_name as name from information_schema.tables where table_schema = 'public'`,
  )) as unknown as { rows: { name: string }[] };
  tableNames = tables.rows.map((r) => r.name);
});
afterAll(() => database?.destroy());

interface ProcedureDef {
  type: 'query' | 'mutation' | 'subscription';
  inputs: unknown[];
}
const procedureDefs = appRouter._def.procedures as unknown as Record<string, { _def: ProcedureDef }>;

/** The personas the policy lets call a procedure: every one of them is tried. */
function allowedPersonas(path: ProcedurePath): Persona[] {
  return (Object.keys(sessions) as Persona[]).filter((p) => audiencesOf[p].includes(accessPolicy[path]));
}

interface HostileCall {
  persona: Persona;
  input: unknown;
  /** A raw request body instead of the serialized input (mutations only: a query's input is in the URL). */
  body?: string;
}

function hostileCalls(path: ProcedurePath, sample: unknown, hasInput: boolean): fc.Arbitrary<HostileCall> {
  const otherIds = fixture.otherTenantIds;
  const inputs = hasInput
    ? fc.oneof(
        { weight: 6, arbitrary: spoiledSample(sample, otherIds) },
        { weight: 2, arbitrary: hostileValue(otherIds) },
        { weight: 1, arbitrary: fc.constant(sample) },
      )
    : hostileValue(otherIds);
  const persona = fc.constantFrom(...allowedPersonas(path));
  const calls = fc.record({ persona, input: inputs });
  if (procedureDefs[path]!._def.type !== 'mutation') return calls;
  const raw = fc.record({ persona, input: fc.constant(undefined), body: rawBodies });
  return fc.oneof({ weight: 9, arbitrary: calls }, { weight: 1, arbitrary: raw });
}

/**
 * The input as the app's client sends it (superjson), or as plain JSON when superjson refuses to
 * write it (keys such as `__proto__` or `constructor`): an attacker is not bound by our client.
 */
function serialize(input: unknown): string {
  try {
    return JSON.stringify(superjson.serialize(input));
  } catch {
    return JSON.stringify({ json: input }, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  }
}

/** What went wrong with one call, or null when its answer is acceptable. */
async function problemWith(path: ProcedurePath, call: HostileCall): Promise<string | null> {
  const { db } = database;
  const before = unchangedSince ?? (await fingerprint());
  unchangedSince = null;
  const response = await trpcHttp(db, path, {
    session: sessions[call.persona],
    method: procedureDefs[path]!._def.type === 'mutation' ? 'POST' : 'GET',
    serializedInput: serialize(call.input),
    body: call.body,
  });
  const text = await response.text();
  if (response.status >= 500) return `answered ${response.status}: ${text.slice(0, 500)}`;
  if (response.status < 400) return null;
  let message: unknown;
  try {
    message = (JSON.parse(text) as { error?: { json?: { message?: unknown } } }).error?.json?.message;
  } catch {
    return `answered ${response.status} without a JSON body: ${text.slice(0, 200)}`;
  }
  const unreadable = unreadableBecause(message, tableNames);
  if (unreadable) return `answered ${response.status} with ${unreadable}: ${String(message).slice(0, 500)}`;
  // The database-error net is the last line: reaching it means a check before the database is missing.
  if (databaseRefusalMessages.has(String(message))) {
    return `answered ${response.status} from the database-error net ("${String(message)}"): check this input before it reaches the database`;
  }
  const after = await fingerprint();
  const written = changedTables(before, after);
  if (written.length > 0) return `answered ${response.status} but wrote: ${JSON.stringify(written)}`;
  unchangedSince = after;
  return null;
}

const paths = Object.keys(accessPolicy) as ProcedurePath[];

it('has a sample input for every procedure, and knows which procedures take none', () => {
  const missing = paths.filter((p) => procedureSamples[p] === undefined);
  expect(
    missing,
    `Add a valid sample input for ${missing.join(', ')} to tests/helpers/procedure-samples.ts (or 'no input')`,
  ).toEqual([]);
  const wrong = paths.filter(
    (p) => procedureDefs[p] && (procedureSamples[p] === 'no input') !== (procedureDefs[p]._def.inputs.length === 0),
  );
  expect(wrong, `The sample's 'no input' does not match the procedure's input schema`).toEqual([]);
});

describe.each(paths)('%s', (path) => {
  it('answers hostile input with a readable 4xx that wrote nothing, or a 2xx, never a 5xx', async () => {
    const sample = procedureSamples[path];
    if (sample === undefined) throw new Error(`no sample input for ${path}: see the test above`);
    const hasInput = sample !== 'no input';
    const valid = hasInput ? sample(fixture) : undefined;
    const runs = hasInput ? BASE_RUNS + RUNS_PER_FIELD * pathsOf(valid).length : RUNS_WITHOUT_INPUT;
    const property = fc.asyncProperty(hostileCalls(path, valid, hasInput), async (call) => {
      const problem = await problemWith(path, call);
      if (problem) throw new Error(problem);
    });
    const [firstPersona] = allowedPersonas(path);
    const examples = hasInput
      ? systematicSpoils(valid, fixture.otherTenantIds).map((input): [HostileCall] => [
          { persona: firstPersona!, input },
        ])
      : [];
    const details = await fc.check(property, {
      seed: SEED,
      numRuns: runs + examples.length,
      examples,
      path: REPLAY_PATH,
      endOnFailure: true,
    });
    if (details.failed) {
      const replay = `FC_SEED=${details.seed} FC_PATH=${details.counterexamplePath} npx vitest run tests/integration/hostile-input.test.ts -t '${path}'`;
      const problem =
        details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      const input = fc.stringify(details.counterexample?.[0]);
      throw new Error(
        `${path} failed after ${details.numRuns} runs (seed ${details.seed}, path ${details.counterexamplePath}): ${problem}\n` +
          `Input: ${input.length > 3_000 ? `${input.slice(0, 3_000)}… (${input.length} characters)` : input}\n` +
          `Replay: ${replay}`,
      );
    }
  });
});
