/**
 * The tRPC HTTP endpoint's own defences, through the real handler (server/api/http.ts) that
 * the Next.js route serves: cross-site calls, oversized bodies and batches, hostile superjson
 * metadata, and internal errors that must not reach the client.
 */
import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, vacancies } from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { MAX_BODY_BYTES } from '~/server/api/http';
import { sessionFor, trpcHttp } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createSeededTestDatabase();
});
afterAll(() => database?.destroy());

interface ErrorBody {
  error: { json: { message: string; data: { code: string; httpStatus: number; reference?: string | null } } };
}
const errorOf = async (response: Response) => ((await response.json()) as ErrorBody).error.json;

async function counts() {
  const { db } = database;
  const [[a], [v]] = await Promise.all([
    db.select({ n: count() }).from(auditLog),
    db.select({ n: count() }).from(vacancies),
  ]);
  return { audit: a!.n, vacancies: v!.n };
}

const newVacancy = {
  title: 'Procesoperator',
  hoursMin: 32,
  hoursMax: 40,
  contractType: 'permanent',
  city: 'Eindhoven',
  lat: 51.44,
  lon: 5.47,
};

describe('calls from another site', () => {
  it('refuses a signed-in call without the app header, before anything runs or is written', async () => {
    const { db } = database;
    const session = await sessionFor(db, demoAccounts.employer);
    const before = await counts();
    // A link on another site: a GET of a query that logs who searched.
    const search = await trpcHttp(db, 'search.candidates', {
      session,
      method: 'GET',
      input: {},
      headers: { 'x-overstap-client': null },
    });
    // A form on another site posting a mutation.
    const create = await trpcHttp(db, 'vacancy.create', {
      session,
      input: newVacancy,
      headers: { 'x-overstap-client': null, 'content-type': 'text/plain' },
    });
    for (const response of [search, create]) {
      expect(response.status).toBe(403);
      expect((await errorOf(response)).message).toMatch(/x-overstap-client/);
    }
    expect(await counts()).toEqual(before);
  });

  it('answers the app’s own call, and marks every answer as not to be stored', async () => {
    const { db } = database;
    const response = await trpcHttp(db, 'organisation.mine', {
      session: await sessionFor(db, demoAccounts.employer),
      method: 'GET',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('request size', () => {
  const session = () => sessionFor(database.db, demoAccounts.employer);

  it('refuses a body over the limit with 413, announced or streamed, and writes nothing', async () => {
    const { db } = database;
    const before = await counts();
    const huge = JSON.stringify({ json: { ...newVacancy, description: 'x'.repeat(MAX_BODY_BYTES) } });
    const announced = await trpcHttp(db, 'vacancy.create', { session: await session(), body: huge });
    expect(announced.status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 64; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(16 * 1024)));
        controller.close();
      },
    });
    const streamed = await trpcHttp(db, 'vacancy.create', {
      session: await session(),
      body: stream,
      headers: { 'transfer-encoding': 'chunked' },
    });
    expect(streamed.status).toBe(413);
    expect((await errorOf(streamed)).message).toMatch(/larger than 256 KiB/);
    expect(await counts()).toEqual(before);
  });

  it('refuses a batch of more than 10 calls', async () => {
    const paths = Array.from({ length: 11 }, () => 'organisation.mine').join(',');
    const response = await trpcHttp(database.db, `${paths}?batch=1`, { session: await session(), method: 'GET' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody[] | ErrorBody;
    const first = Array.isArray(body) ? body[0]! : body;
    expect(first.error.json.message).toMatch(/Batch call exceeds maximum size/);
  });

  it('answers a batch within the limit', async () => {
    const paths = Array.from({ length: 3 }, () => 'organisation.mine').join(',');
    const response = await trpcHttp(database.db, `${paths}?batch=1`, { session: await session(), method: 'GET' });
    expect(response.status).toBe(200);
  });
});

describe('hostile superjson', () => {
  /** A query as the browser sends it (GET, input in the URL), with the input exactly as given. */
  const call = async (input: string) =>
    trpcHttp(database.db, `taxonomy.searchSkills?input=${encodeURIComponent(input)}`, {
      session: await sessionFor(database.db, demoAccounts.worker),
      method: 'GET',
    });
  // Written out as text: building it as an object and stringifying it would overflow here first.
  const deep = (depth: number) => '{"a":'.repeat(depth) + '["undefined"]' + '}'.repeat(depth);

  it.each([
    ['a deeply nested annotation tree', `{"json":{"query":"las"},"meta":{"values":${deep(5_000)}}}`],
    ['a nested input deeper than any parser should follow', `{"json":${deep(200_000)}}`],
    [
      'referential equalities',
      JSON.stringify({ json: { query: 'las' }, meta: { referentialEqualities: { query: ['locale'] } } }),
    ],
    ['a class annotation', JSON.stringify({ json: { query: 'las' }, meta: { values: { query: [['class', 'Foo']] } } })],
    ['a custom type', JSON.stringify({ json: { query: 'las' }, meta: { values: { query: [['custom', 'x']] } } })],
    ['an unknown envelope key', JSON.stringify({ json: { query: 'las' }, prototype: {} })],
  ])('refuses %s as a bad request', async (_name, input) => {
    const response = await call(input);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(/^Invalid input — /);
  });

  it('accepts the annotations the app’s client sends (undefined values)', async () => {
    const response = await call(
      JSON.stringify({ json: { query: 'lassen' }, meta: { values: { locale: ['undefined'] } } }),
    );
    expect(response.status).toBe(200);
  });

  it('answers a body that is not JSON with 400', async () => {
    const response = await trpcHttp(database.db, 'worker.addSkill', {
      session: await sessionFor(database.db, demoAccounts.worker),
      body: '{"json": {',
    });
    expect(response.status).toBe(400);
  });
});

describe('internal errors', () => {
  it('answer with a reference and no SQL, table names or parameters; the details go to the server log', async () => {
    const { db } = database;
    const session = await sessionFor(db, demoAccounts.employer);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // Break the database under the procedure: its statement fails the way a real fault would.
    await db.execute(sql`alter table organisations rename to organisations_away`);
    try {
      const response = await trpcHttp(db, 'organisation.mine', { session, method: 'GET' });
      expect(response.status).toBe(500);
      const text = await response.text();
      const error = (JSON.parse(text) as ErrorBody).error.json;
      expect(error.message).toMatch(/^Something went wrong on our side\. Reference: [0-9a-f]{12}$/);
      for (const leak of ['organisations', 'select', session.user.organisationId!, 'stack', '.ts:']) {
        expect(text).not.toContain(leak);
      }
      const reference = error.data.reference!;
      expect(logged.mock.calls.some((args) => String(args[0]).includes(reference))).toBe(true);
    } finally {
      await db.execute(sql`alter table organisations_away rename to organisations`);
      logged.mockRestore();
    }
  });
});
