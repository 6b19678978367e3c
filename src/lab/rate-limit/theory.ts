import type { RateLimitPolicy } from '../../core/rate-limited.ts';
import type { RateLimitInput } from './input.ts';

/** The policies the lab compares: the same input, the check before or after the external step. */
export type ComparedPolicy = Extract<RateLimitPolicy, 'fail-fast' | 'all-sleep'>;

/** What a policy's makespan should be, and the formula, for a person. */
export interface Theory {
  readonly ms: number;
  readonly formula: string;
}

/**
 * The makespan of a policy with every wait free: `ceil(valid/N)·d` for fail-fast (only valid items take
 * a permit), `ceil(M/N)·d` for all-sleep (every item does).
 */
export function theoryOf(policy: ComparedPolicy, input: RateLimitInput): Theory {
  const total = input.items.length;
  const sleepers = policy === 'fail-fast' ? input.items.filter((item) => item.valid).length : total;
  const name = policy === 'fail-fast' ? 'valid' : 'M';
  return { ms: Math.ceil(sleepers / input.permits) * input.stepMs, formula: `ceil(${name}/N)·d = ceil(${sleepers}/${input.permits})·${input.stepMs}` };
}
