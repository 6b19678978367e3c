/**
 * Exercise 1, "trace before code": play calls on a fresh `TtlStore` and record the state after each,
 * so a trace written out by hand can be checked line by line against the real store.
 */
import { deepCopy, type Dict } from '../../core/dict.ts';
import { expectArray } from '../../core/validate.ts';
import { playCall, renderCall, type Call } from './trace.ts';
import { TtlStore } from './ttl-store.ts';
import type { TtlItem } from './types.ts';

/** One call on a `TtlStore<string>`: `{ call: 'backup', args: [180, 'snap1'] }`. */
export type TtlStoreCall = Call<TtlStore<string>>;

/** One line of a trace: the call, what it returned, and the store and backups right after it. */
export interface TraceRow {
  readonly call: string;
  readonly result: unknown;
  readonly data: Dict<TtlItem<string>>;
  readonly backups: Dict<unknown>;
}

function backupsOf(store: TtlStore<string>): Dict<unknown> {
  return Object.fromEntries(store.backupIds.map((id) => [id, store.backupOf(id)]));
}

/**
 * Play `calls` on a new, empty `TtlStore<string>`.
 * @returns one row per call, with deep copies of the state after it (later calls cannot alter a row).
 * @throws InvalidInputError when `calls` is not an array or a call is malformed; the store is the
 *   trace's own, so no state outside it is ever left half changed.
 * @example
 * traceTtlStore([{ call: 'set', args: [0, 'temp', 'v', 600] }, { call: 'backup', args: [180, 'snap1'] }]);
 */
export function traceTtlStore(calls: readonly TtlStoreCall[]): TraceRow[] {
  expectArray(calls, 'calls');
  const store = new TtlStore<string>();
  return calls.map((step) => {
    const result = playCall(store, step);
    return { call: renderCall(step), result, data: deepCopy(store.data), backups: backupsOf(store) };
  });
}
