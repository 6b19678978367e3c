import type { Random } from '../core/random.ts';

/**
 * A seeded Fisher–Yates shuffle of a copy of `items`: the same generator state gives the same order.
 * @example
 * shuffle(new Random(1), [0, 1, 2, 3]); // the same permutation on every run
 */
export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
