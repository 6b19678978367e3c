import { deepCopy, dict, has, type Dict } from '../../../core/dict.ts';

/**
 * The deep-copy demo's store: named lists, backed up and restored by id. Its `backup` is the correct
 * one (a deep copy); the buggy variant overrides only `backup`.
 */
export class MiniSnapshots {
  /** key → list, public as Python's `self.data`. */
  data: Dict<string[]> = dict();
  /** backup id → saved store. */
  backups: Dict<Dict<string[]>> = dict();

  /** Append `item` to the list under `key`, in place (Python's `self.data[key].append(item)`). @returns `null`. */
  add(key: string, item: string): null {
    (this.data[key] ??= []).push(item);
    return null;
  }

  /** The correct backup: `copy.deepcopy(self.data)`, detached from the live lists. @returns `null`. */
  backup(backupId: string): null {
    this.backups[backupId] = deepCopy(this.data);
    return null;
  }

  /** Replace the store with a deep copy of backup `backupId`. @returns `false` for an unknown id. */
  restore(backupId: string): boolean {
    if (!has(this.backups, backupId)) return false;
    this.data = deepCopy(this.backups[backupId]!);
    return true;
  }

  /** The list under `key`, or `null`. */
  get(key: string): string[] | null {
    return this.data[key] ?? null;
  }
}
