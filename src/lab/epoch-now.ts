/**
 * Milliseconds since the epoch at sub-millisecond resolution. `performance.now()` counts from each
 * thread's own start, so times taken on different threads are compared on this common scale.
 */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}
