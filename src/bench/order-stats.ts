/** How far an order is from input order: the measures the worker-pool question reports. */

/**
 * Inversions of `order` (a permutation of input indexes, as they came back): pairs (i, j) with i
 * before j in the input but after it here. 0 is input order; n(n−1)/2 is its reverse.
 */
export function inversions(order: readonly number[]): number {
  let count = 0;
  for (let i = 0; i < order.length; i++) {
    for (let j = i + 1; j < order.length; j++) if (order[i]! > order[j]!) count++;
  }
  return count;
}

/**
 * Kendall's tau between `order` and input order: 1 when equal, −1 when reversed, near 0 when
 * unrelated. An order of fewer than two items is trivially in order (1).
 */
export function kendallTau(order: readonly number[]): number {
  const pairs = (order.length * (order.length - 1)) / 2;
  return pairs === 0 ? 1 : 1 - (2 * inversions(order)) / pairs;
}

/**
 * The input indexes of `values` by ascending value, ties in input order: the order things happened
 * in, from when each one did (an end time, a start rank).
 */
export function ascendingOrder(values: readonly number[]): number[] {
  return values
    .map((value, index) => ({ value, index }))
    .sort((a, b) => a.value - b.value || a.index - b.index)
    .map((entry) => entry.index);
}
