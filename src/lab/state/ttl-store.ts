import { deepCopy, dict, has, type Dict } from '../../core/dict.ts';
import { isAlive } from './ttl.ts';
import { rebuild, saveAlive } from './ttl-backup.ts';
import type { SavedItem, TtlItem } from './types.ts';
import { expectId, expectTime, expectTtl } from './validate.ts';

/**
 * Exercise 2B, backup/restore with TTL (PS-07's "hard one"). A backup stores each item's REMAINING TTL,
 * never its absolute expiry, and leaves out items already dead; a restore sets `upload_time` to the
 * restore time and the remaining TTL as the new `ttl`, so the new expiry is `restore time + remaining`.
 *
 * TTL is checked inline: a dead item stays in `data` and is only skipped by `get` and `backup`.
 * @example
 * const store = new TtlStore<string>();
 * store.set(0, 'temp', 'v', 600);   // 10:00, expires 10:10
 * store.backup(180, 'snap1');       // 10:03, remaining 420
 * store.restore(480, 'snap1');      // 10:08
 * store.data.temp;                  // { value: 'v', upload_time: 480, ttl: 420 }: expires 900 = 10:15
 */
export class TtlStore<V = unknown> {
  #data: Dict<TtlItem<V>> = dict();
  readonly #backups: Dict<Dict<SavedItem<V>>> = dict();

  /** The live store, as Python's `self.data` (dead items included until a restore replaces them). */
  get data(): Dict<TtlItem<V>> {
    return this.#data;
  }

  /** The ids of the stored backups, in the order they were first made. */
  get backupIds(): string[] {
    return Object.keys(this.#backups);
  }

  /**
   * Store `value` under `key` with its TTL clock starting at `at`, replacing any item there.
   * @param ttl - seconds to live, an integer ≥ 1, or `null` (the default) for never.
   * @throws InvalidInputError for a non-integer `at`, a non-string `key` or a bad `ttl`.
   */
  set(at: number, key: string, value: V, ttl: number | null = null): void {
    expectTime(at, 'at');
    expectId(key, 'key');
    expectTtl(ttl);
    this.#data[key] = { value, upload_time: at, ttl };
  }

  /**
   * The value under `key` if its item is alive at `at`.
   * @returns `null` for a missing or dead item.
   * @throws InvalidInputError for bad arguments, or `at` before the item's `upload_time`.
   */
  get(at: number, key: string): V | null {
    expectTime(at, 'at');
    expectId(key, 'key');
    const item = this.#data[key];
    return item !== undefined && isAlive(item, at) ? item.value : null;
  }

  /**
   * Save, under `backupId`, a deep copy of every item alive at `at` with its remaining TTL.
   * @returns the number of items saved (0 for an empty store, still a valid backup).
   * @throws InvalidInputError for bad arguments, or `at` before some item's `upload_time`; the saved
   *   set is built before it is stored, so nothing changes then.
   */
  backup(at: number, backupId: string): number {
    expectTime(at, 'at');
    expectId(backupId, 'backupId');
    const saved = saveAlive(this.#data, at);
    // Decision: a backup id already in use is overwritten, as `self.backups[backup_id] = …` would.
    this.#backups[backupId] = deepCopy(saved);
    return Object.keys(saved).length;
  }

  /**
   * Replace the whole store with backup `backupId`, each item's TTL clock restarting at `at`.
   * @returns `false`, leaving the store untouched, when no backup has that id.
   * @throws InvalidInputError for a non-integer `at` or a non-string `backupId`.
   */
  restore(at: number, backupId: string): boolean {
    expectTime(at, 'at');
    expectId(backupId, 'backupId');
    // Decision: an unknown id is a failure the caller can expect (as the manual's restores return
    // `false`), not bad input, so it is a result rather than Python's KeyError.
    if (!has(this.#backups, backupId)) return false;
    // Copied on the way out too, so changing restored values in place cannot reach the backup.
    this.#data = rebuild(deepCopy(this.#backups[backupId]!), at);
    return true;
  }

  /**
   * A deep copy of backup `backupId` (`{value, remaining_ttl}` per key).
   * @returns `null` when no backup has that id.
   * @throws InvalidInputError when `backupId` is not a string.
   */
  backupOf(backupId: string): Dict<SavedItem<V>> | null {
    expectId(backupId, 'backupId');
    return has(this.#backups, backupId) ? deepCopy(this.#backups[backupId]!) : null;
  }
}
