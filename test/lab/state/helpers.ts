import { expect } from 'vitest';
import { InvalidInputError } from '../../../src/core/errors.ts';

/** PS-07's wall-clock times as conclab's integer seconds from 10:00: `clock('10:03')` is 180. */
export function clock(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return ((hours ?? 0) - 10) * 3600 + (minutes ?? 0) * 60;
}

/** Expect `run` to throw `InvalidInputError` naming `field`. */
export function expectInvalid(run: () => unknown, field: string): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InvalidInputError);
  expect((caught as InvalidInputError).field).toBe(field);
}

/** Call a method by name with any arguments, as an untyped JavaScript caller could. */
export function callLoosely(target: object, method: string, ...args: unknown[]): unknown {
  return (target as Record<string, (...a: unknown[]) => unknown>)[method]!.apply(target, args);
}
