/**
 * Hostile input for the property test over every procedure (fast-check arbitraries), and the
 * check that a refusal is something a person can read. What an attacker or a broken client
 * sends: wrong types, huge strings and arrays, deep nesting, control, bidi and invisible
 * characters, lone surrogates, impossible and out-of-range dates, SQL and HTML fragments, ids
 * of nothing or of another tenant, extra keys, superjson-only values (Date, Map, NaN, BigInt).
 */
import fc from 'fast-check';

const dangerousCharacters = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u009B',
  '\t',
  '\n',
  '\r',
  '\u2028',
  '\u202A',
  '\u202B',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u034F',
  '\u3164',
  '\u2800',
  '\uFFFD',
  '\uFFFE',
  '\uFFFF',
  '\u{10FFFF}',
  '\u{E0001}',
  '\u0301',
  '%',
  '_',
  '\\',
  "'",
  '"',
  ':*',
  '&',
  '|',
  '!',
  '<',
  '>',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Strings that mix ordinary letters with characters that break storage, search or display. */
const trickyString = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...'abcdeéßø焊لحام 0123456789-'.split('')) },
    { weight: 2, arbitrary: fc.constantFrom(...dangerousCharacters) },
    { weight: 1, arbitrary: fc.constantFrom('\u0000', '\u202E', '\u2066', '\u200B') },
    { weight: 1, arbitrary: loneSurrogate },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 1 }) },
  ),
  maxLength: 40,
});

const fragments = [
  "'; drop table users; --",
  "' or '1'='1",
  '1; select pg_sleep(5)',
  "lasser' union select password_hash from users --",
  '$1',
  '$$',
  '::uuid',
  "E'\\x00'",
  'NULL',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{constructor.constructor("return process")()}}',
  '${process.env}',
  '../../../etc/passwd',
  '%00',
  '%%',
  '\\\\',
  '*',
  '!(a & b) | c:*',
  '   ',
  '',
  'a'.repeat(201),
];

const impossibleDates = [
  '0000-01-01',
  '0000-00-00',
  '1899-12-31',
  '2101-01-01',
  '9999-12-31',
  '-000001-01-01',
  '+275760-09-13',
  '2027-02-29',
  '2100-02-29',
  '2027-04-31',
  '2027-13-01',
  '2027-00-10',
  '2027-1-1',
  '27-01-01',
  '2027-01-01T25:00:00Z',
  '2027-01-01 00:00',
  'infinity',
  '-infinity',
  'epoch',
  'today',
  'allballs',
  '2027-01-01\u0000',
];

const oddNumbers = [
  0,
  -0,
  -1,
  1.5,
  61,
  100_001,
  2 ** 31,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  NaN,
  Infinity,
  -Infinity,
  1e308,
  -91,
  181,
];

/** Ids that look right but name nothing, or name something of another tenant. */
export function unknownIds(otherTenantIds: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.uuid(),
    fc.constantFrom(
      '00000000-0000-0000-0000-000000000000',
      '00000000-0000-4000-8000-000000000000',
      'ffffffff-ffff-ffff-ffff-ffffffffffff',
      '{00000000-0000-4000-8000-000000000000}',
      '00000000000040008000000000000000',
      ...otherTenantIds,
      ...otherTenantIds.map((id) => id.toUpperCase()),
      ...otherTenantIds.map((id) => ` ${id}`),
    ),
  );
}

/** A value nested `depth` levels deep in arrays or objects. */
const deeplyNested = fc.tuple(fc.integer({ min: 50, max: 1_000 }), fc.boolean()).map(([depth, asObject]) => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
});

/** Strings long enough to hit every length limit, some past the request body limit. */
const hugeString = fc
  .tuple(
    fc.constantFrom('a', 'é', '\u0000', '焊', '👩‍🔧', ' ', '\u200B'),
    fc.constantFrom(1_000, 10_001, 100_000, 300_000),
  )
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

const hugeArray = fc
  .tuple(fc.constantFrom(41, 1_000, 20_000), fc.constantFrom<unknown>('permanent', 1, null, {}))
  .map(([length, item]) => Array.from({ length }, () => item));

/** One hostile value of any kind. */
export function hostileValue(otherTenantIds: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: trickyString },
    { weight: 2, arbitrary: fc.constantFrom(...fragments) },
    { weight: 2, arbitrary: fc.constantFrom(...impossibleDates) },
    { weight: 2, arbitrary: unknownIds(otherTenantIds) },
    { weight: 2, arbitrary: fc.constantFrom<unknown>(...oddNumbers) },
    {
      weight: 2,
      arbitrary: fc.constantFrom<unknown>(
        null,
        undefined,
        true,
        false,
        [],
        {},
        [null],
        new Date('2027-01-01T00:00:00Z'),
        new Date(Number.NaN),
        new Date(-62_198_755_200_000), // year 0000
        new Map([['a', 1]]),
        new Set([1]),
        BigInt('9007199254740993'),
        /x/,
      ),
    },
    { weight: 1, arbitrary: hugeString },
    { weight: 1, arbitrary: hugeArray },
    { weight: 1, arbitrary: deeplyNested },
    {
      weight: 2,
      arbitrary: fc.anything({
        maxDepth: 3,
        maxKeys: 5,
        withDate: true,
        withMap: true,
        withSet: true,
        withBigInt: true,
        withNullPrototype: true,
        withSparseArray: true,
        withUnicodeString: true,
      }),
    },
  );
}

type Path = (string | number)[];

/** Every place in a JSON-like value: the root, each key of each object and each array element. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const here = [prefix];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  if (value !== null && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  }
  return here;
}

/** The value at `path` inside `value`. */
function at(value: unknown, path: Path): unknown {
  let v = value;
  for (const key of path) v = (v as Record<string | number, unknown> | null | undefined)?.[key];
  return v;
}

/** A copy of `value` (JSON-like) with `change` applied to the container of the last key of `path`. */
function edit(
  value: unknown,
  path: Path,
  change: (parent: Record<string | number, unknown>, key: string | number) => void,
) {
  const copy = structuredClone(value);
  change(at(copy, path.slice(0, -1)) as Record<string | number, unknown>, path[path.length - 1]!);
  return copy;
}

const looksLikeDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
const looksLikeId = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(v);

/** The valid string with hostile characters put in: at its start, its end or anywhere in between. */
const taintedString = (valid: string) =>
  fc
    .tuple(
      fc.nat({ max: valid.length }),
      fc.oneof(fc.constantFrom(...dangerousCharacters), loneSurrogate, trickyString, fc.constantFrom(...fragments)),
      fc.boolean(),
    )
    .map(([i, bad, replaceAll]) => (replaceAll ? bad : `${valid.slice(0, i)}${bad}${valid.slice(i)}`));

/**
 * What replaces one part of a valid input: mostly a hostile value of the same kind (a string
 * with bad characters for a text, an impossible date for a date, an id of nothing for an id, an
 * odd number for a number), so that the rest of the input stays valid and the value gets as far
 * into the procedure as it can; sometimes anything at all.
 */
function replacementFor(valid: unknown, otherTenantIds: readonly string[]): fc.Arbitrary<unknown> {
  const anything = hostileValue(otherTenantIds);
  if (typeof valid === 'string') {
    const sameKind = looksLikeDate(valid)
      ? fc.constantFrom(...impossibleDates)
      : looksLikeId(valid)
        ? unknownIds(otherTenantIds)
        : fc.oneof(trickyString, fc.constantFrom(...fragments), hugeString);
    return fc.oneof(
      { weight: 3, arbitrary: sameKind },
      { weight: 3, arbitrary: taintedString(valid) },
      { weight: 1, arbitrary: anything },
    );
  }
  if (typeof valid === 'number') {
    const numbers = fc.oneof(
      fc.constantFrom(...oddNumbers),
      fc.integer({ min: -1_000, max: 1_000_000 }),
      fc.double({ noNaN: false }),
      fc.constantFrom(String(valid), `${valid}abc`, `0x${valid.toString(16)}`),
    );
    return fc.oneof({ weight: 3, arbitrary: numbers }, { weight: 1, arbitrary: anything });
  }
  if (Array.isArray(valid) && valid.length > 0) {
    // Up to a full list of bad items: every one of them is an issue the answer has to report.
    const items = fc.array(replacementFor(valid[0], otherTenantIds), { minLength: 1, maxLength: 45, size: 'max' });
    return fc.oneof({ weight: 2, arbitrary: items }, { weight: 1, arbitrary: anything });
  }
  return anything;
}

/** A spoiled variant of a valid sample: one part replaced, removed, or an unexpected key added. */
export function spoiledSample(sample: unknown, otherTenantIds: readonly string[]): fc.Arbitrary<unknown> {
  const paths = pathsOf(sample);
  const nonRootPaths = paths.filter((p) => p.length > 0);
  const objectPaths = paths.filter((p) => {
    const v = at(sample, p);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  });
  // Every part gets its own chance, whatever its depth: one replacement arbitrary per path.
  const replaced = fc.oneof(
    ...paths.map((path) =>
      replacementFor(at(sample, path), otherTenantIds).map((v) =>
        path.length === 0
          ? v
          : edit(sample, path, (parent, key) => {
              parent[key] = v;
            }),
      ),
    ),
  );
  const removed = nonRootPaths.length
    ? fc.constantFrom(...nonRootPaths).map((path) =>
        edit(sample, path, (parent, key) => {
          if (Array.isArray(parent)) parent.splice(Number(key), 1);
          else delete parent[key];
        }),
      )
    : replaced;
  const extraKey = fc.oneof(
    fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'regionId',
      'organisationId',
      'userId',
      'role',
    ),
    fc.string({ maxLength: 20 }),
  );
  const added = objectPaths.length
    ? fc.tuple(fc.constantFrom(...objectPaths), extraKey, hostileValue(otherTenantIds)).map(([path, key, v]) => {
        const copy = structuredClone(sample);
        // defineProperty: a key named __proto__ must become an own key, as JSON.parse makes it.
        Object.defineProperty(at(copy, path), key, { value: v, enumerable: true, configurable: true, writable: true });
        return copy;
      })
    : replaced;
  return fc.oneof(
    { weight: 7, arbitrary: replaced },
    { weight: 1, arbitrary: removed },
    { weight: 2, arbitrary: added },
  );
}

/**
 * The known troublemakers, each put into each part of a valid input in turn (the rest left
 * valid): run before the random cases, so every field of every procedure meets each of them
 * whatever the seed.
 */
export function systematicSpoils(sample: unknown, otherTenantIds: readonly string[]): unknown[] {
  return pathsOf(sample)
    .filter((path) => path.length > 0)
    .flatMap((path) => {
      const valid = at(sample, path);
      const replacements: unknown[] =
        typeof valid === 'string'
          ? looksLikeDate(valid)
            ? ['0000-01-01', '2027-02-29', '9999-12-31', '1899-12-31', `${valid}\u0000`]
            : looksLikeId(valid)
              ? ['00000000-0000-4000-8000-000000000000', ...otherTenantIds, `${valid}\u0000`]
              : [
                  `${valid}\u0000`,
                  `${valid.slice(0, 1)}\uD800${valid.slice(1)}`,
                  `\u202E${valid}`,
                  `${valid}\u2066`,
                  `${valid}\u0007`,
                  '\u200B\u200D\uFEFF',
                  "' or 1=1 --",
                  'x'.repeat(10_001),
                ]
          : typeof valid === 'number'
            ? [-1, 1.5, 2 ** 53, -1e-200, 5e-324, NaN, String(valid)]
            : Array.isArray(valid)
              ? [Array.from({ length: 40 }, () => null)] // many bad items: the answer must stay short
              : [String(valid)];
      return [...replacements, null].map((v) =>
        edit(sample, path, (parent, key) => {
          parent[key] = v;
        }),
      );
    });
}

/** Bodies a client cannot produce with the app's own code: broken JSON, hostile superjson metadata, huge nesting. */
export const rawBodies = fc.constantFrom(
  '',
  'null',
  'not json',
  '{"json":',
  '{"json":{"a":1},"meta":{"values":{"a":["class"]}}}',
  '{"json":{"a":"x"},"meta":{"values":{"a":["custom","evil"]}}}',
  '{"json":{"a":"x"},"meta":{"referentialEqualities":{"a":["b"]}}}',
  '{"json":{"a":"1e999999"},"meta":{"values":{"a":["number"]}}}',
  '{"json":{"a":"-0"},"meta":{"values":{"a":["number"]}}}',
  '{"json":"x","meta":{"values":["Date"]}}',
  `{"json":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
  `{"json":{"a":1},"meta":{"values":${'{"a":'.repeat(5_000)}["undefined"]${'}'.repeat(5_000)}}}`,
  `{"json":${JSON.stringify({ a: 'x'.repeat(200_000) })}}`,
);

/**
 * Why a refusal's message is not fit for a person, or null when it is: it must be a short
 * sentence, not a stack trace, SQL, a database identifier or a driver's wording, and must not
 * carry control characters or broken text back to the client.
 */
export function unreadableBecause(message: unknown, tableNames: readonly string[]): string | null {
  if (typeof message !== 'string' || message.trim() === '') return 'no message';
  if (message.length > 2_000) return `a message of ${message.length} characters`;
  if (/\p{Cc}|\p{Cs}/u.test(message)) return 'control characters or broken text in the message';
  if (/\n\s+at |\.[cm]?[jt]s:\d+|node_modules|webpack:/.test(message)) return 'a stack trace';
  if (/Reference: [0-9a-f]+/.test(message)) return 'the internal error answer';
  if (/\b(select|insert|update|delete)\b[\s\S]*\b(from|into|set|where)\b/i.test(message)) return 'SQL text';
  if (
    /violates|constraint|sqlstate|syntax error|failed query|relation "|column "|\bpg_|drizzle|pglite|\$\d\b/i.test(
      message,
    )
  ) {
    return 'database wording';
  }
  for (const table of tableNames) {
    if (table.includes('_') ? message.includes(table) : message.includes(`"${table}"`))
      return `the table name ${table}`;
  }
  return null;
}
