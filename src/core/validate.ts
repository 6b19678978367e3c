/**
 * Validation at the boundary: every public method checks its arguments, and every batch is checked
 * whole, before any state changes. Messages follow one shape:
 * ``Expected `amount` to be an integer, got `1.5` (number)``.
 */
import { InvalidInputError } from './errors.ts';

/** The kinds of value an op field or argument can be required to hold. */
export type FieldKind = 'string' | 'integer' | 'string[]';

/** The fields an op type requires, by snake_case name. */
export type OpSchema = Readonly<Record<string, FieldKind>>;

/** How a batch's op types are checked. */
export interface BatchSchema {
  /** Required fields per known op type. */
  readonly types: Readonly<Record<string, OpSchema>>;
  /**
   * Fields an op of an unknown type must still carry, for systems whose spec gives unknown types a
   * result (the manual reads them before matching the type). Absent: an unknown type is invalid.
   */
  readonly unknownType?: OpSchema;
}

/** Render a value for an error message: `` `0` (number)``. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return '`null`';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `\`${String(value)}\` (${typeof value})`;
}

function fail(field: string, expected: string, value: unknown, index?: number): never {
  throw new InvalidInputError(field, `Expected \`${field}\` to be ${expected}, got ${describeValue(value)}`, index);
}

const checks: Record<FieldKind, [string, (value: unknown) => boolean]> = {
  string: ['a string', (value) => typeof value === 'string'],
  integer: ['an integer', (value) => Number.isSafeInteger(value)],
  'string[]': ['an array of strings', (value) => Array.isArray(value) && value.every((item) => typeof item === 'string')],
};

/** Throw `InvalidInputError` unless `value` is of `kind`. */
export function expectKind(value: unknown, kind: FieldKind, field: string, index?: number): void {
  const [expected, ok] = checks[kind];
  if (!ok(value)) fail(field, expected, value, index);
}

/** Throw unless `value` is a safe integer. */
export function expectInteger(value: unknown, field: string): asserts value is number {
  expectKind(value, 'integer', field);
}

/** Throw unless `value` is a string. */
export function expectString(value: unknown, field: string): asserts value is string {
  expectKind(value, 'string', field);
}

/** Throw unless `value` is an array of strings. */
export function expectStringArray(value: unknown, field: string): asserts value is string[] {
  expectKind(value, 'string[]', field);
}

/** Throw unless `value` is an integer ≥ 1 (semaphore permits, worker counts). */
export function expectPositiveInteger(value: unknown, field: string): asserts value is number {
  if (!Number.isSafeInteger(value) || (value as number) < 1) fail(field, 'an integer ≥ 1', value);
}

/** Throw unless `value` is an array; returns it typed as unknown items. */
export function expectArray(value: unknown, field: string): asserts value is unknown[] {
  if (!Array.isArray(value)) fail(field, 'an array', value);
}

function expectRecord(value: unknown, field: string, index: number): asserts value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(field, 'an object', value, index);
}

/** Check every field a schema names on one item of a batch. */
export function expectFields(item: unknown, schema: OpSchema, index: number): void {
  expectRecord(item, 'item', index);
  for (const [field, kind] of Object.entries(schema)) expectKind(item[field], kind, field, index);
}

/**
 * Check a whole batch of ops before any runs: an array of objects, each with a string `type` whose
 * schema's fields are all present and of the right kind.
 */
export function validateOps(operations: unknown, schema: BatchSchema, field = 'operations'): void {
  expectArray(operations, field);
  operations.forEach((op, index) => {
    expectRecord(op, 'op', index);
    expectKind(op['type'], 'string', 'type', index);
    const fields = Object.hasOwn(schema.types, op['type'] as string)
      ? schema.types[op['type'] as string]
      : schema.unknownType;
    if (fields === undefined) {
      throw new InvalidInputError('type', `unknown op type ${describeValue(op['type'])}`, index);
    }
    expectFields(op, fields, index);
  });
}

/** Check every item of an L6 input list against one schema. */
export function validateItems(items: unknown, schema: OpSchema, field: string): void {
  expectArray(items, field);
  items.forEach((item, index) => expectFields(item, schema, index));
}

/**
 * Throw unless `timestamp` is an integer and every named argument a string, in that order: the opening
 * check of most L1–L4 methods, written as `expectArgs(timestamp, { userId, resource })` so that each
 * argument is named once (the shorthand key is the field an error names).
 */
export function expectArgs(timestamp: unknown, strings: Readonly<Record<string, unknown>>): void {
  expectInteger(timestamp, 'timestamp');
  for (const [field, value] of Object.entries(strings)) expectString(value, field);
}

/**
 * Throw unless `value` is a safe integer ≥ `min` (capacities and limits where -1 means unlimited,
 * sizes that cannot be negative); `index` names the op of a batch it belongs to.
 */
export function expectIntegerAtLeast(value: unknown, min: number, field: string, index?: number): asserts value is number {
  if (!Number.isSafeInteger(value) || (value as number) < min) fail(field, `an integer ≥ ${min}`, value, index);
}

/** Throw unless `value` is a function (an L6 callback). */
export function expectFunction(value: unknown, field: string): asserts value is (...args: never[]) => unknown {
  if (typeof value !== 'function') fail(field, 'a function', value);
}
