/**
 * What running a trace gave: a value, or the error it threw. Both are plain JSON data, so a lab
 * report prints as one JSON document and two outcomes compare by content.
 */
import { isDeepStrictEqual } from 'node:util';

/** JSON data. */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

/** A trace's result: the value of its last call, or the error that stopped it, by name and message. */
export type Outcome =
  | { readonly kind: 'value'; readonly value: PlainValue }
  | { readonly kind: 'error'; readonly name: string; readonly message: string };

/**
 * `value` as JSON data: dicts become plain objects, `undefined` becomes `null`, and numbers JSON
 * cannot hold (`NaN`, `Infinity`) become their names as strings, so they stay visible in a report.
 */
export function toPlain(value: unknown): PlainValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlain(item)]));
  return String(value);
}

/**
 * Run `play` and record what it gave.
 * @returns a value outcome, or an error outcome carrying the thrown error's `name` and `message`.
 */
export function captureOutcome(play: () => unknown): Outcome {
  try {
    return { kind: 'value', value: toPlain(play()) };
  } catch (error) {
    if (error instanceof Error) return { kind: 'error', name: error.name, message: error.message };
    return { kind: 'error', name: typeof error, message: String(error) };
  }
}

/** Whether `outcome` is the value `expected` (same data, key order aside). An error never matches. */
export function matchesExpected(outcome: Outcome, expected: PlainValue): boolean {
  return outcome.kind === 'value' && isDeepStrictEqual(outcome.value, expected);
}

/** An outcome as one line: the value as JSON, or `Name: message` for an error. */
export function describeOutcome(outcome: Outcome): string {
  return outcome.kind === 'value' ? JSON.stringify(outcome.value) : `${outcome.name}: ${outcome.message}`;
}
