/**
 * Exercise 3, the TTL calculator: PS-07's recalculation formula in isolation,
 * `remaining = ttl − (at − upload_time)`, kept a number.
 *
 * The boundary: an item is alive while its remaining TTL is > 0, that is strictly before its expiry.
 * At `upload_time + ttl` exactly it is dead, which is the same rule as the backup's `if remaining > 0`,
 * so "alive now" and "would be backed up now" never disagree.
 */
import { InvalidInputError } from '../../core/errors.ts';
import { expectTime, expectTtl } from './validate.ts';

/** What the calculator needs of an item: when its TTL clock started and its TTL (`null` = never). */
export interface TtlRecord {
  readonly upload_time: number;
  readonly ttl: number | null;
}

function expectRecord(record: unknown): asserts record is TtlRecord {
  if (typeof record !== 'object' || record === null) {
    throw new InvalidInputError('record', 'Expected `record` to be an object with `upload_time` and `ttl`');
  }
  const { upload_time: uploadTime, ttl } = record as Record<string, unknown>;
  expectTime(uploadTime, 'upload_time');
  expectTtl(ttl);
}

/** Seconds since the item's TTL clock started; a time before that is refused, not made negative. */
function elapsed(record: TtlRecord, at: number): number {
  // Decision: a TTL cannot be measured before its item exists; a negative elapsed time would quietly
  // hand out more TTL than the item was ever given.
  if (at < record.upload_time) {
    throw new InvalidInputError('at', `Expected \`at\` (${at}) to be at or after \`upload_time\` (${record.upload_time})`);
  }
  return at - record.upload_time;
}

/**
 * The TTL left at `at`: `ttl − (at − upload_time)`, a number (never a string); 0 or less once expired.
 * @param record - the item's `upload_time` and `ttl`.
 * @param at - the time asked about, integer seconds.
 * @returns the remaining seconds, or `null` for an item that never expires.
 * @throws InvalidInputError for a malformed record, a non-integer `at`, or `at` before `upload_time`.
 * @example
 * remainingTtl({ upload_time: 0, ttl: 600 }, 180); // 420 (10:00 + 600 s, asked at 10:03)
 */
export function remainingTtl(record: TtlRecord, at: number): number | null {
  expectRecord(record);
  expectTime(at, 'at');
  const seconds = elapsed(record, at);
  // `null` is tested first: in JS `null - 180` is -180, not the TypeError Python raises.
  return record.ttl === null ? null : record.ttl - seconds;
}

/**
 * The moment the item dies: `upload_time + ttl`.
 * @returns the expiry in integer seconds, or `null` for an item that never expires.
 * @throws InvalidInputError for a malformed record.
 */
export function expiryOf(record: TtlRecord): number | null {
  expectRecord(record);
  return record.ttl === null ? null : record.upload_time + record.ttl;
}

/**
 * Whether the item is alive at `at`: it never expires, or `at` is strictly before its expiry.
 * @returns `false` from the expiry on (at `upload_time + ttl` exactly the item is already dead).
 * @throws InvalidInputError as {@link remainingTtl} does.
 */
export function isAlive(record: TtlRecord, at: number): boolean {
  const remaining = remainingTtl(record, at);
  return remaining === null || remaining > 0;
}
