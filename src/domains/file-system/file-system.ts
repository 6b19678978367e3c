import { stamped } from '../../core/batch.ts';
import { compareStrings, dict, has, type Dict } from '../../core/dict.ts';
import type { Engine } from '../../core/engine.ts';
import type { LockTable } from '../../core/lock-table.ts';
import type { OpError } from '../../core/op-error.ts';
import { latestAtOrBefore } from '../../core/remaining-ttl-backup.ts';
import { Runtime } from '../../core/runtime.ts';
import { expectArgs, expectInteger, expectPositiveInteger, validateItems, validateOps } from '../../core/validate.ts';
import { fsBatch, syncTransfer } from './ops.ts';
import { fsBatchSchema, syncTransferSchema } from './schemas.ts';
import type { Backup, FileInfo, FsOp, SnapshotFile, SyncTransfer } from './types.ts';

/**
 * The manual's `FileSystem` (cloud storage): files by path with a size in KB and an optional expiry,
 * purged lazily at the start of every call; listings; copies that keep the remaining TTL; backups that
 * store remaining TTL; a sequential L5 batch under per-path locks and an L6 fail-fast sync.
 * @example
 * const fs = new FileSystem();
 * fs.addFile(0, '/foo.txt', 100);
 * fs.getFileSize(1, '/foo.txt'); // 100
 */
export class FileSystem {
  /** path → file, in the order files were added. */
  files: Dict<FileInfo> = dict();
  /** `[timestamp, snapshot]` in the order `backup` was called. */
  backups: Backup[] = [];
  #runtime = new Runtime();

  /** The manual's `locks` (`defaultdict(asyncio.Lock)`): one lock per path, made on first use. */
  get locks(): LockTable {
    return this.#runtime.locks;
  }

  /** Run L5/L6 on `engine` from now on (a fresh lock table comes with it). */
  useEngine(engine: Engine): this {
    this.#runtime.use(engine);
    return this;
  }

  /**
   * Add a file that never expires.
   * @returns `false` when the path holds a live file (nothing is overwritten), else `true`.
   * @throws InvalidInputError on a non-integer timestamp or size, or a non-string path.
   */
  addFile(timestamp: number, path: string, sizeKb: number): boolean {
    expectArgs(timestamp, { path });
    expectInteger(sizeKb, 'sizeKb');
    this.#purgeExpired(timestamp);
    if (has(this.files, path)) return false;
    this.files[path] = { size_kb: sizeKb, expires_at: null };
    return true;
  }

  /** Delete a file. @returns `false` when it is missing or has just expired. */
  deleteFile(timestamp: number, path: string): boolean {
    expectArgs(timestamp, { path });
    this.#purgeExpired(timestamp);
    if (!has(this.files, path)) return false;
    delete this.files[path];
    return true;
  }

  /** A file's size in KB. @returns `-1` (not `null`) when it is missing. */
  getFileSize(timestamp: number, path: string): number {
    expectArgs(timestamp, { path });
    this.#purgeExpired(timestamp);
    return this.files[path]?.size_kb ?? -1;
  }

  /**
   * Every live file as `"path(size)"`, joined by `", "` into one string (`""` when there are none).
   * `"size"` sorts by size, largest first, ties by path; any other value sorts by path.
   */
  listFiles(timestamp: number, sortBy: string): string {
    expectArgs(timestamp, { sortBy });
    this.#purgeExpired(timestamp);
    const items = Object.entries(this.files).map(([path, info]) => [path, info.size_kb] as const);
    items.sort(sortBy === 'size' ? ([pa, sa], [pb, sb]) => sb - sa || compareStrings(pa, pb) : ([pa], [pb]) => compareStrings(pa, pb));
    return items.map(([path, size]) => `${path}(${size})`).join(', ');
  }

  /** The total size in KB of every live file (`0` when there are none). */
  totalSize(timestamp: number): number {
    expectInteger(timestamp, 'timestamp');
    this.#purgeExpired(timestamp);
    return Object.values(this.files).reduce((sum, info) => sum + info.size_kb, 0);
  }

  /**
   * Add a file that is purged at `timestamp + ttlMs` (inclusive). A path whose file has just expired
   * is free again.
   * @returns `false` when the path holds a live file, else `true`.
   */
  addFileWithTtl(timestamp: number, path: string, sizeKb: number, ttlMs: number): boolean {
    expectArgs(timestamp, { path });
    expectInteger(sizeKb, 'sizeKb');
    expectInteger(ttlMs, 'ttlMs');
    this.#purgeExpired(timestamp);
    if (has(this.files, path)) return false;
    this.files[path] = { size_kb: sizeKb, expires_at: timestamp + ttlMs };
    return true;
  }

  /**
   * Copy a file to `dest`, creating or overwriting it with the source's size and remaining TTL (so the
   * same absolute expiry). The source is unchanged; copying a file onto itself changes nothing.
   * @returns `false` when the source is missing, else `true`.
   */
  copyFile(timestamp: number, source: string, dest: string): boolean {
    expectArgs(timestamp, { source, dest });
    this.#purgeExpired(timestamp);
    const file = this.files[source];
    if (file === undefined) return false;
    // The manual recomputes `timestamp + remaining`: the same absolute expiry, so it is copied as it is.
    this.files[dest] = { size_kb: file.size_kb, expires_at: file.expires_at };
    return true;
  }

  /** Keep every live file with the TTL it has left, stamped `timestamp`. */
  backup(timestamp: number): null {
    expectInteger(timestamp, 'timestamp');
    this.#purgeExpired(timestamp);
    const snapshot = dict<SnapshotFile>();
    for (const [path, info] of Object.entries(this.files)) {
      snapshot[path] = { size_kb: info.size_kb, remaining_ttl: info.expires_at === null ? null : info.expires_at - timestamp };
    }
    this.backups.push([timestamp, snapshot]);
    return null;
  }

  /**
   * Replace every file with the latest backup taken at or before `timestamp` (the earliest of equal
   * stamps); each restored file expires its remaining TTL after `timestamp`.
   * @returns `false` when there is no such backup.
   */
  rollback(timestamp: number): boolean {
    expectInteger(timestamp, 'timestamp');
    // Decision: rollback does not purge first, as in the manual. It could not matter: every file is
    // replaced, and a backup only holds files with TTL left, so each restored file outlives `timestamp`.
    const best = latestAtOrBefore(this.backups, timestamp);
    if (best === undefined) return false;
    const files = dict<FileInfo>();
    for (const [path, saved] of Object.entries(best[1])) {
      files[path] = { size_kb: saved.size_kb, expires_at: saved.remaining_ttl === null ? null : timestamp + saved.remaining_ttl };
    }
    this.files = files;
    return true;
  }

  /**
   * L5: run the ops under their path locks; the results, in input order, equal running them one by one,
   * as the manual's plain `for` loop does. Each method purges; the batch purges once first only when
   * some op calls a method (so a batch of unknown types purges nothing, as in the manual).
   * @throws InvalidInputError (as a rejection, before any change) on a malformed op, naming its index.
   * @example
   * await fs.batchOperations(1, [{ type: 'add', path: '/a.txt', size_kb: 100 }]); // [true]
   */
  async batchOperations(timestamp: number, ops: readonly FsOp[]): Promise<(boolean | OpError)[]> {
    expectInteger(timestamp, 'timestamp');
    validateOps(ops, fsBatchSchema, 'ops');
    // The first op that calls a method purges everything at this timestamp before reading anything, and
    // an unknown type reads nothing: purging here when some op will purge anyway changes no result or
    // state. It does this once for the whole batch, so that each op's own purge, on any engine, finds
    // nothing left to purge (see `fileSystemState`).
    if (ops.some((op) => has(fsBatchSchema.types, op.type))) this.#purgeExpired(timestamp);
    // The manual awaits each op before starting the next. No critical section awaits and a free lock is
    // taken without yielding, so the core's batch runs them one after another in input order, the same
    // results and final state; no lock is ever held across another op.
    return this.#runtime.batch(this, fsBatch, stamped(timestamp, ops));
  }

  /**
   * L6, fail-fast: a transfer whose source is missing or smaller than `size_kb` is `false` at once and
   * never takes a permit; the rest go through at most `maxConcurrent` 10 ms external calls at once.
   * @returns one boolean per transfer, in input order.
   */
  async syncFiles(timestamp: number, transfers: readonly SyncTransfer[], maxConcurrent: number): Promise<boolean[]> {
    expectInteger(timestamp, 'timestamp');
    validateItems(transfers, syncTransferSchema, 'transfers');
    expectPositiveInteger(maxConcurrent, 'maxConcurrent');
    this.#purgeExpired(timestamp);
    return this.#runtime.rateLimited(this, syncTransfer, 'fail-fast', transfers, maxConcurrent);
  }

  /** The manual's `_purge_expired`: delete every file whose expiry is at or before `timestamp`. */
  #purgeExpired(timestamp: number): void {
    // Collected first, then deleted, as the manual does (Python cannot delete while iterating).
    const expired = Object.keys(this.files).filter((path) => {
      const expiresAt = this.files[path]!.expires_at;
      return expiresAt !== null && timestamp >= expiresAt;
    });
    for (const path of expired) delete this.files[path];
  }
}
