/**
 * Valid sample inputs spoiled one part at a time, for the hostile-input test: each part replaced
 * by a hostile value of its own kind (or anything), removed, or joined by an unexpected key.
 */
import fc from 'fast-check';
import {
  dangerousCharacters,
  fragments,
  hostileValue,
  hugeString,
  impossibleDates,
  loneSurrogate,
  oddNumbers,
  trickyString,
  unknownIds,
} from './hostile-values';

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
