/**
 * The last step both match indexes share: candidates come with an upper bound of their
 * score; score them exactly, best bound first, and stop once no remaining bound can reach
 * the top list. Exact, because a bound is never below the score it bounds.
 */
import type { MatchResult } from './score';

/** Degrees → km along a meridian; with cos(latitude) also along a parallel. */
export const KM_PER_DEGREE = 111.195;

/** Small integer ids for strings, so typed arrays can hold organisations, regions, occupations. */
export function intern<K>(map: Map<K, number>, key: K): number {
  let id = map.get(key);
  if (id === undefined) map.set(key, (id = map.size));
  return id;
}

/**
 * Upper bound of a skill-coverage component: the credit summed over the wanted skills, as a
 * share of them. No skills wanted is full coverage, as in the exact score.
 */
export function coverageBound(creditUpTo: number, wanted: number): number {
  return wanted === 0 ? 1 : Math.min(1, creditUpTo / wanted);
}

/** A max-heap of indexes into `keys`, heapified in linear time: only the few best get popped. */
class BoundHeap {
  private readonly heap: Int32Array;
  size: number;

  constructor(private readonly keys: readonly number[]) {
    this.size = keys.length;
    this.heap = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) this.heap[i] = i;
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.down(i);
  }

  pop(): number {
    const top = this.heap[0]!;
    this.heap[0] = this.heap[--this.size]!;
    this.down(0);
    return top;
  }

  private down(at: number) {
    const { heap, keys } = this;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= this.size) return;
      const right = left + 1;
      const child = right < this.size && keys[heap[right]!]! > keys[heap[left]!]! ? right : left;
      if (keys[heap[child]!]! <= keys[heap[at]!]!) return;
      [heap[at], heap[child]] = [heap[child]!, heap[at]!];
      at = child;
    }
  }
}

/**
 * The `limit` best of the candidates, best first, ties broken by `order`. `score(i)` gives
 * candidate i's exact result (or null when a hard filter rejects it); `bounds[i]` must be at
 * least its score.
 */
export function bestByBound<T extends { result: MatchResult }>(
  bounds: readonly number[],
  limit: number,
  score: (candidate: number) => T | null,
  order: (a: MatchResult, b: MatchResult) => number,
): T[] {
  const heap = new BoundHeap(bounds);
  const best: T[] = [];
  while (heap.size > 0) {
    const i = heap.pop();
    // Scores are rounded to 3 decimals; a bound that rounds below the K-th score cannot tie it.
    if (best.length === limit && Math.round(bounds[i]! * 1000 + 1e-6) / 1000 < best[limit - 1]!.result.score) break;
    const found = score(i);
    if (!found) continue;
    if (best.length === limit && order(found.result, best[limit - 1]!.result) >= 0) continue;
    let at = best.length;
    while (at > 0 && order(found.result, best[at - 1]!.result) < 0) at--;
    best.splice(at, 0, found);
    if (best.length > limit) best.pop();
  }
  return best;
}
