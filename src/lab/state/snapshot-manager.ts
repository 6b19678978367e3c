import { deepCopy, dict, has, type Dict } from '../../core/dict.ts';
import { expectId } from './validate.ts';

/**
 * Exercise 2, the snapshot manager: named backups of a plain store, with no TTL. The discipline is
 * "deep copy both ways": a copy when backing up (so later writes cannot reach the backup) and a copy
 * when restoring (so writes after the restore cannot reach the backup either).
 *
 * Values are plain data (dicts, arrays, primitives), which is all `deepCopy` promises to copy.
 * @example
 * const snapshots = new SnapshotManager<string[]>();
 * snapshots.set('cart', ['apple']);
 * snapshots.backup('b1');
 * snapshots.get('cart')!.push('pear');
 * snapshots.restore('b1');
 * snapshots.get('cart'); // ['apple']
 */
export class SnapshotManager<V = unknown> {
  #data: Dict<V> = dict();
  readonly #backups: Dict<Dict<V>> = dict();

  /**
   * The live store, as Python's `self.data`: values are handed out by reference, so changing one in
   * place is a real change to the store. That is exactly what the deep copies guard backups against.
   */
  get data(): Dict<V> {
    return this.#data;
  }

  /** The ids of the stored backups, in the order they were first made. */
  get backupIds(): string[] {
    return Object.keys(this.#backups);
  }

  /**
   * Store `value` under `key`, replacing any value there. The value is kept as given (no copy), as a
   * Python dict would.
   * @throws InvalidInputError when `key` is not a string.
   */
  set(key: string, value: V): void {
    expectId(key, 'key');
    this.#data[key] = value;
  }

  /**
   * The live value under `key` (not a copy), or `null` when there is none.
   * @throws InvalidInputError when `key` is not a string.
   */
  get(key: string): V | null {
    expectId(key, 'key');
    return has(this.#data, key) ? this.#data[key]! : null;
  }

  /**
   * Remove `key`.
   * @returns `false` when there was nothing under `key`.
   * @throws InvalidInputError when `key` is not a string.
   */
  delete(key: string): boolean {
    expectId(key, 'key');
    if (!has(this.#data, key)) return false;
    delete this.#data[key];
    return true;
  }

  /**
   * Save a deep copy of the whole store under `backupId`.
   * @returns the number of keys saved (0 for an empty store, which is still a valid backup).
   * @throws InvalidInputError when `backupId` is not a string.
   */
  backup(backupId: string): number {
    expectId(backupId, 'backupId');
    // Decision: a backup id already in use is overwritten, as `self.backups[backup_id] = …` would.
    this.#backups[backupId] = deepCopy(this.#data);
    return Object.keys(this.#backups[backupId]!).length;
  }

  /**
   * Replace the whole store with a deep copy of backup `backupId` (keys set since are gone).
   * @returns `false`, leaving the store untouched, when no backup has that id.
   * @throws InvalidInputError when `backupId` is not a string.
   */
  restore(backupId: string): boolean {
    expectId(backupId, 'backupId');
    if (!has(this.#backups, backupId)) return false;
    this.#data = deepCopy(this.#backups[backupId]!);
    return true;
  }

  /**
   * A deep copy of backup `backupId`, for looking at it without being able to change it.
   * @returns `null` when no backup has that id.
   * @throws InvalidInputError when `backupId` is not a string.
   */
  backupOf(backupId: string): Dict<V> | null {
    expectId(backupId, 'backupId');
    return has(this.#backups, backupId) ? deepCopy(this.#backups[backupId]!) : null;
  }
}
