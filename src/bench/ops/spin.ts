/**
 * CPU work with nothing to wait for: `iterations` rounds of xorshift32, a few nanoseconds each. The
 * result depends on every round, so no engine can skip the loop.
 * @returns the final xorshift state (an int32).
 */
export function spin(iterations: number, seed: number): number {
  let x = seed | 0 || 1;
  for (let i = 0; i < iterations; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
  }
  return x;
}
