import { Random } from '../../core/random.ts';
import { expectPositiveInteger } from '../../core/validate.ts';
import { shuffle } from '../shuffle.ts';
import type { LabItem } from './lab-item.ts';

/** The one input both policies run. */
export interface RateLimitInput {
  readonly items: readonly LabItem[];
  /** `maxConcurrent`: the semaphore's permits. */
  readonly permits: number;
  /** The external step's duration, `d`. */
  readonly stepMs: number;
}

/** The shape of the input: M items, N permits, d ms, and the share of invalid items. */
export interface InputShape {
  readonly items: number;
  readonly permits: number;
  readonly stepMs: number;
  readonly invalidShare: number;
}

/** 12 items, a third invalid, 3 permits, 10 ms: fail-fast needs 3 waves, all-sleep 4. */
export const DEFAULT_SHAPE: InputShape = { items: 12, permits: 3, stepMs: 10, invalidShare: 1 / 3 };

/**
 * A seeded input: exactly `round(M · share)` invalid items, at positions the seed picks, so every seed
 * has the same theory and a different layout.
 * @throws InvalidInputError when a count is not an integer ≥ 1; RangeError when the share is outside [0, 1].
 */
export function buildInput(seed: number, shape: InputShape = DEFAULT_SHAPE): RateLimitInput {
  expectPositiveInteger(shape.items, 'items');
  expectPositiveInteger(shape.permits, 'permits');
  expectPositiveInteger(shape.stepMs, 'stepMs');
  if (!(shape.invalidShare >= 0 && shape.invalidShare <= 1)) throw new RangeError(`Expected \`invalidShare\` in [0, 1], got \`${shape.invalidShare}\``);
  const ids = Array.from({ length: shape.items }, (_, id) => id);
  // The first round(M · share) ids of a seeded shuffle are the invalid ones.
  const invalid = new Set(shuffle(new Random(seed), ids).slice(0, Math.round(shape.items * shape.invalidShare)));
  const items = ids.map((id): LabItem => ({ id, valid: !invalid.has(id), stepMs: shape.stepMs }));
  return { items, permits: shape.permits, stepMs: shape.stepMs };
}
