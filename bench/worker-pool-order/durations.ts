import { Random } from '../../src/core/random.ts';

/** Task durations of the order question: `count` whole milliseconds from `min` to `max`, seeded. */
export function taskDurations(count: number, seed = 7, min = 2, max = 20): number[] {
  const random = new Random(seed);
  return Array.from({ length: count }, () => random.int(min, max));
}
