import type { BatchDefinition } from '../../core/batch.ts';
import { has } from '../../core/dict.ts';
import type { ExternalItemDefinition } from '../../core/rate-limited.ts';
import type { InMemoryDB } from './in-memory-db.ts';
export { inMemoryDbState } from './state-access.ts';
import type { DbOp, DbResult, DeleteOp, GetOp, ScanItem, ScanOp, ScanPair, SetOp, TimedOp } from './types.ts';

/** The manual's if/elif chain: each known type calls the matching L1/L2 method (TTL-unaware). */
const handlers = {
  set: (db: InMemoryDB, timestamp: number, op: SetOp): DbResult => db.set(timestamp, op.key, op.field, op.value),
  get: (db: InMemoryDB, timestamp: number, op: GetOp): DbResult => db.get(timestamp, op.key, op.field),
  delete: (db: InMemoryDB, timestamp: number, op: DeleteOp): DbResult => db.delete(timestamp, op.key, op.field),
  scan: (db: InMemoryDB, timestamp: number, op: ScanOp): DbResult => db.scan(timestamp, op.key),
};

/**
 * The lock of an op: its top-level key, not its field. The manual's `op.get("key", "")` gives a
 * keyless op the `""` lock.
 */
function lockKey(op: DbOp): string {
  // Decision: an unknown-type op whose `key` is present but not a string (the schema lets it through,
  // since such an op only returns `null`) also takes the `""` lock; nothing it does can be observed.
  return typeof op.key === 'string' ? op.key : '';
}

/** L5 `batchOperations`: one lock per top-level key; unknown op types give `null`. */
export const batchDefinition: BatchDefinition<InMemoryDB, TimedOp, DbResult> = {
  portable: { module: import.meta.url, name: 'batchDefinition', state: 'inMemoryDbState' },
  keys: ({ op }) => [lockKey(op)],
  run: (db, { timestamp, op }) => {
    if (!has(handlers, op.type)) return null;
    const handler = handlers[op.type as keyof typeof handlers];
    return handler(db, timestamp, op as never);
  },
};

/**
 * L6 `batchScan`: every key takes a permit and sleeps 10 ms, then scans. Under `fail-fast` (the
 * manual's `batch_scan_fail_fast`) a missing key answers `""` at once, without permit or sleep.
 */
export const scanDefinition: ExternalItemDefinition<InMemoryDB, ScanItem, ScanPair> = {
  portable: { module: import.meta.url, name: 'scanDefinition', state: 'inMemoryDbState' },
  // Decision: the manual's batch_scan takes no lock; conclab reads under the key's lock anyway, so a scan
  // never interleaves with an L5 op on that row on an engine where threads share the state.
  keys: ({ key }) => [key],
  before: (db, { key }) => (has(db.data, key) ? { proceed: true } : { proceed: false, result: [key, ''] }),
  external: (_db, _item, { clock }) => clock.sleep(10),
  after: (db, { timestamp, key }) => [key, db.scan(timestamp, key)],
};
