/**
 * The authorisation matrix: every tRPC procedure, called as every kind of user, answers as
 * server/api/access-policy.ts says. "Allowed" means the access rules let the call through (it
 * may still be refused for its input or because the row is not the caller's); "refused" means
 * 401 for an anonymous caller and 403 from an access rule for anyone else.
 */
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessPolicy } from '~/server/api/access-policy';
import { appRouter } from '~/server/api/root';
import { AccessDenied } from '~/server/api/trpc';
import { anonymousCaller, callerFor } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';
import { audiencesOf, personaEmails, type Persona, type SignedInPersona } from '~/tests/helpers/personas';

let database: TestDatabase;
let emails: Record<SignedInPersona, string>;

beforeAll(async () => {
  database = await createSeededTestDatabase();
  emails = await personaEmails(database.db);
});
afterAll(() => database?.destroy());

const procedures = appRouter._def.procedures as Record<string, unknown>;

it('declares every procedure in the access policy, and nothing that is not a procedure', () => {
  expect(Object.keys(procedures).sort()).toEqual(Object.keys(accessPolicy).sort());
});

type Outcome = 'allowed' | 'unauthorized' | 'forbidden';

/** Calls a procedure without input: enough to reach (or be stopped by) the access rules, which run first. */
async function outcomeOf(persona: Persona, path: string): Promise<Outcome> {
  const { db } = database;
  const caller = persona === 'anonymous' ? anonymousCaller(db) : await callerFor(db, emails[persona]);
  const [router, procedure] = path.split('.') as [string, string];
  const call = (caller as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>)[router]![
    procedure
  ]!;
  try {
    await call(undefined);
    return 'allowed';
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.code === 'UNAUTHORIZED') return 'unauthorized';
    if (error.code === 'FORBIDDEN' && error.cause instanceof AccessDenied) return 'forbidden';
    return 'allowed'; // refused for its input or its row, after the access rules let it through
  }
}

describe.each(Object.keys(audiencesOf) as Persona[])('as %s', (persona) => {
  it.each(Object.entries(accessPolicy))('%s (%s)', async (path, audience) => {
    const expected: Outcome = audiencesOf[persona].includes(audience)
      ? 'allowed'
      : persona === 'anonymous'
        ? 'unauthorized'
        : 'forbidden';
    expect(await outcomeOf(persona, path)).toBe(expected);
  });
});
