import { stamped } from '../../core/batch.ts';
import { dict, has, type Dict } from '../../core/dict.ts';
import type { Engine } from '../../core/engine.ts';
import type { OpError } from '../../core/op-error.ts';
import type { RateLimitPolicy } from '../../core/rate-limited.ts';
import { appendBackup, restoreLatest } from '../../core/remaining-ttl-backup.ts';
import { Runtime } from '../../core/runtime.ts';
import { expectArgs, expectInteger, expectPositiveInteger, expectStringArray, validateOps } from '../../core/validate.ts';
import { batchDefinition, scanDefinition } from './ops.ts';
import { batchSchema } from './schemas.ts';
import { formatRow } from './scan-format.ts';
import { cellCodec } from './snapshot.ts';
import { isAlive } from './ttl.ts';
import type { Backup, Cell, DbOp, DbResult, Table } from './types.ts';

/**
 * The manual's InMemDB: key → field → value (a Redis Hash), per-field TTL checked inline (expired
 * cells are skipped, never purged), backups holding remaining TTL, an L5 batch under one lock per key,
 * and an all-sleep L6 scan. Where the manual's method takes no timestamp, `timestamp` is validated and
 * ignored.
 * @example
 * const db = new InMemoryDB();
 * db.setAtWithTtl(10, 'u1', 'session', 's1', 50);
 * db.getAt(60, 'u1', 'session'); // "" (dead at its expiry)
 */
export class InMemoryDB {
  /** key → field → cell; a row is removed with its last field. */
  data: Table = dict();
  /** `[backup timestamp, snapshot]`, append-only. */
  backups: Backup[] = [];
  readonly #runtime = new Runtime();

  /** Bind L5/L6 to `engine`. */
  useEngine(engine: Engine): this {
    this.#runtime.use(engine);
    return this;
  }

  /** L1: write a field without TTL (overwriting the cell and any TTL). @returns `null`. */
  set(timestamp: number, key: string, field: string, value: string): null {
    expectArgs(timestamp, { key, field, value });
    return this.#write(key, field, { value, expiry: null });
  }

  /** L1: a field's value, expired or not; `""` when the key or field is missing. */
  get(timestamp: number, key: string, field: string): string {
    expectArgs(timestamp, { key, field });
    return this.#cell(key, field)?.value ?? '';
  }

  /** L1: delete a field, expired or not (and its row once empty). @returns whether it existed. */
  delete(timestamp: number, key: string, field: string): boolean {
    expectArgs(timestamp, { key, field });
    return this.#remove(key, field, () => true);
  }

  /** L2: every field of a row, sorted, as `"f(v), f(v)"`; `""` for a missing key. Ignores TTL. */
  scan(timestamp: number, key: string): string {
    expectArgs(timestamp, { key });
    return this.#format(key, () => true);
  }

  /** L2: the fields of a row starting with `prefix`, formatted as `scan`. Ignores TTL. */
  scanByPrefix(timestamp: number, key: string, prefix: string): string {
    expectArgs(timestamp, { key, prefix });
    return this.#format(key, (field) => field.startsWith(prefix));
  }

  /** L3: as `set` (no TTL; the timestamp is unused). @returns `null`. */
  setAt(timestamp: number, key: string, field: string, value: string): null {
    expectArgs(timestamp, { key, field, value });
    return this.#write(key, field, { value, expiry: null });
  }

  /** L3: write a field that dies at `timestamp + ttl`. @returns `null`. */
  setAtWithTtl(timestamp: number, key: string, field: string, value: string, ttl: number): null {
    expectArgs(timestamp, { key, field, value });
    expectInteger(ttl, 'ttl');
    // Decision: the manual does not bound `ttl`; zero or negative gives a cell already dead at `timestamp`.
    return this.#write(key, field, { value, expiry: timestamp + ttl });
  }

  /** L3: a field's value if alive at `timestamp`, else `""`. */
  getAt(timestamp: number, key: string, field: string): string {
    expectArgs(timestamp, { key, field });
    const cell = this.#cell(key, field);
    return cell !== undefined && isAlive(cell, timestamp) ? cell.value : '';
  }

  /** L3: delete a field alive at `timestamp`; a dead one is neither deleted nor reported. */
  deleteAt(timestamp: number, key: string, field: string): boolean {
    expectArgs(timestamp, { key, field });
    return this.#remove(key, field, (cell) => isAlive(cell, timestamp));
  }

  /** L3: the row's fields alive at `timestamp`, formatted as `scan`. */
  scanAt(timestamp: number, key: string): string {
    expectArgs(timestamp, { key });
    return this.#format(key, (_field, cell) => isAlive(cell, timestamp));
  }

  /** L3: the row's fields starting with `prefix` and alive at `timestamp`, formatted as `scan`. */
  scanByPrefixAt(timestamp: number, key: string, prefix: string): string {
    expectArgs(timestamp, { key, prefix });
    return this.#format(key, (field, cell) => field.startsWith(prefix) && isAlive(cell, timestamp));
  }

  /** L4: append a backup of the cells alive at `timestamp`. @returns the number of rows in it. */
  backup(timestamp: number): number {
    expectInteger(timestamp, 'timestamp');
    return appendBackup(this.backups, this.data, timestamp, cellCodec);
  }

  /**
   * L4: replace `data` with the latest backup taken at or before `backupTimestamp`, each TTL running
   * again from `timestamp`. @returns the restored row count as a string, `""` when no backup qualifies.
   */
  restore(timestamp: number, backupTimestamp: number): string {
    expectInteger(timestamp, 'timestamp');
    expectInteger(backupTimestamp, 'backupTimestamp');
    const restored = restoreLatest(this.backups, backupTimestamp, timestamp, cellCodec);
    if (restored === undefined) return '';
    this.data = restored;
    return String(Object.keys(restored).length);
  }

  /**
   * L5: run `operations` concurrently, each under its top-level key's lock, through the TTL-unaware
   * L1/L2 methods. @returns results in input order (`null` for set and unknown types).
   * @throws InvalidInputError (as a rejection) for a malformed batch, before any op runs.
   */
  async batchOperations(timestamp: number, operations: readonly DbOp[]): Promise<(DbResult | OpError)[]> {
    expectInteger(timestamp, 'timestamp');
    validateOps(operations, batchSchema);
    const timed = stamped(timestamp, operations);
    return this.#runtime.batch(this, batchDefinition, timed);
  }

  /**
   * L6 (all-sleep): every key, missing or not, takes one of `maxConcurrent` permits, sleeps 10 ms,
   * then scans (TTL-unaware). @returns `{key: scan}` in input order, `""` for a missing key.
   */
  async batchScan(timestamp: number, keys: readonly string[], maxConcurrent: number): Promise<Dict<string>> {
    return this.#scanKeys(timestamp, keys, maxConcurrent, 'all-sleep');
  }

  /** L6, the manual's fail-fast alternative: a missing key gives `""` at once, with no permit or sleep. */
  async batchScanFailFast(timestamp: number, keys: readonly string[], maxConcurrent: number): Promise<Dict<string>> {
    return this.#scanKeys(timestamp, keys, maxConcurrent, 'fail-fast');
  }

  async #scanKeys(timestamp: number, keys: readonly string[], maxConcurrent: number, policy: RateLimitPolicy): Promise<Dict<string>> {
    expectInteger(timestamp, 'timestamp');
    expectStringArray(keys, 'keys');
    expectPositiveInteger(maxConcurrent, 'maxConcurrent');
    // Decision: the manual's batch_scan has no timestamp, so it cannot check TTL; it stays TTL-unaware
    // (plain `scan`) and the timestamp is only validated.
    const items = keys.map((key) => ({ timestamp, key }));
    const pairs = await this.#runtime.rateLimited(this, scanDefinition, policy, items, maxConcurrent);
    // Python's dict(results): a repeated key keeps its first position (its scans are equal anyway).
    return dict(pairs);
  }

  #cell(key: string, field: string): Cell | undefined {
    const row = has(this.data, key) ? this.data[key]! : undefined;
    return row !== undefined && has(row, field) ? row[field] : undefined;
  }

  #write(key: string, field: string, cell: Cell): null {
    if (!has(this.data, key)) this.data[key] = dict();
    this.data[key]![field] = cell;
    return null;
  }

  #remove(key: string, field: string, allowed: (cell: Cell) => boolean): boolean {
    const cell = this.#cell(key, field);
    if (cell === undefined || !allowed(cell)) return false;
    const row = this.data[key]!;
    delete row[field];
    // No empty shells: a row goes with its last field.
    if (Object.keys(row).length === 0) delete this.data[key];
    return true;
  }

  #format(key: string, keep: (field: string, cell: Cell) => boolean): string {
    return has(this.data, key) ? formatRow(this.data[key]!, keep) : '';
  }
}
