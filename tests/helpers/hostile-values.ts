/**
 * Hostile values for the property test over every procedure (fast-check arbitraries), what an
 * attacker or a broken client sends: wrong types, huge strings and arrays, deep nesting,
 * control, bidi and invisible characters, lone surrogates, impossible and out-of-range dates,
 * SQL and HTML fragments, ids of nothing or of another tenant, superjson-only values (Date,
 * Map, NaN, BigInt), and request bodies our own client could never send.
 */
import fc from 'fast-check';

export const dangerousCharacters = [
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

export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Strings that mix ordinary letters with characters that break storage, search or display. */
export const trickyString = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...'abcdeéßø焊لحام 0123456789-'.split('')) },
    { weight: 2, arbitrary: fc.constantFrom(...dangerousCharacters) },
    { weight: 1, arbitrary: fc.constantFrom('\u0000', '\u202E', '\u2066', '\u200B') },
    { weight: 1, arbitrary: loneSurrogate },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 1 }) },
  ),
  maxLength: 40,
});

export const fragments = [
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

export const impossibleDates = [
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

export const oddNumbers = [
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
export const hugeString = fc
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
