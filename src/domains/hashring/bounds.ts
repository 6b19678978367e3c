import { InvalidInputError } from '../../core/errors.ts';
import { describeValue } from '../../core/validate.ts';

/**
 * Throw `InvalidInputError` unless `value` is a safe integer ≥ `min` (capacities and limits, where -1
 * means unlimited; request sizes, which cannot be negative).
 */
export function expectIntegerAtLeast(value: unknown, min: number, field: string, index?: number): asserts value is number {
  if (Number.isSafeInteger(value) && (value as number) >= min) return;
  throw new InvalidInputError(field, `Expected \`${field}\` to be an integer ≥ ${min}, got ${describeValue(value)}`, index);
}
