import { TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { z } from 'zod';

/**
 * superjson for both directions, but input metadata is checked before superjson walks it: a
 * client only ever sends "this value is undefined / a Date" annotations, so anything else
 * (referential equalities, class or custom types, deep or huge annotation trees that would
 * overflow the stack) is refused as a bad request instead of being interpreted.
 */
const allowedAnnotations = new Set(['undefined', 'Date', 'number']);
const MAX_ANNOTATIONS = 1_000;
const MAX_DEPTH = 20;

const envelope = z.object({ json: z.unknown(), meta: z.unknown().optional() }).strict();
const meta = z.object({ values: z.unknown().optional(), v: z.number().optional() }).strict();

const refused = (message: string) => new TRPCError({ code: 'BAD_REQUEST', message: `Invalid input — ${message}.` });

function checkAnnotationTree(tree: unknown): void {
  // Iterative walk: the tree is attacker-controlled, so no recursion.
  const stack: { node: unknown; depth: number }[] = [{ node: tree, depth: 0 }];
  let seen = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (++seen > MAX_ANNOTATIONS || depth > MAX_DEPTH) throw refused('input metadata is too large');
    if (Array.isArray(node)) {
      // A leaf: [typeName] or [typeName, subtree].
      const [type, subtree] = node as unknown[];
      if (node.length > 2 || typeof type !== 'string' || !allowedAnnotations.has(type)) {
        throw refused('input metadata names a type this API does not accept');
      }
      if (subtree !== undefined) stack.push({ node: subtree, depth: depth + 1 });
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (key.length > 200) throw refused('input metadata is malformed');
        stack.push({ node: child, depth: depth + 1 });
      }
    } else {
      throw refused('input metadata is malformed');
    }
  }
}

function checkedInput(value: unknown): unknown {
  if (value === undefined || value === null) return value;
  const parsed = envelope.safeParse(value);
  if (!parsed.success) throw refused('input must be superjson: { json, meta? }');
  if (parsed.data.meta !== undefined) {
    const m = meta.safeParse(parsed.data.meta);
    if (!m.success) throw refused('input metadata is malformed');
    if (m.data.values !== undefined) checkAnnotationTree(m.data.values);
  }
  return superjson.deserialize(parsed.data as Parameters<typeof superjson.deserialize>[0]);
}

export const transformer = {
  input: { serialize: (v: unknown) => superjson.serialize(v), deserialize: checkedInput },
  output: {
    serialize: (v: unknown) => superjson.serialize(v),
    deserialize: (v: unknown) => superjson.deserialize(v as never),
  },
};
