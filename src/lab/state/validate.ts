/**
 * Argument checks shared by the state lab's stores. Every public method runs them first, so bad input
 * throws `InvalidInputError` before anything changes.
 */
import { expectInteger, expectPositiveInteger, expectString } from '../../core/validate.ts';

/** Throw `InvalidInputError` unless `value` is an integer time in seconds (10:00 = 0). */
export function expectTime(value: unknown, field = 'timestamp'): asserts value is number {
  expectInteger(value, field);
}

/** Throw `InvalidInputError` unless `value` is `null` (never expires) or an integer ≥ 1. */
export function expectTtl(value: unknown, field = 'ttl'): asserts value is number | null {
  // Decision: a TTL of 0 or less would make an item dead on arrival; PS-07 never asks for one, so it is
  // refused as bad input rather than stored as a corpse.
  if (value !== null) expectPositiveInteger(value, field);
}

/** Throw `InvalidInputError` unless `value` is a string id (a key, a file name, a backup id). */
export function expectId(value: unknown, field: string): asserts value is string {
  expectString(value, field);
}
