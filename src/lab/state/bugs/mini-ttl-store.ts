import { deepCopy, dict, has, type Dict } from '../../../core/dict.ts';

/** An item of the TTL demos: its value, when its TTL clock started, and its TTL (`null` = never). */
export interface MiniItem {
  value: string;
  upload_time: number;
  ttl: number | null;
}

/** A backed-up item: the value and the TTL left at backup time. */
export interface MiniSaved {
  value: string;
  remaining_ttl: number | null;
}

/** What a TTL demo's trace ends on: an item's expiry and whether it is alive at the time asked. */
export interface MiniInspection {
  value: string;
  expiry: number | null;
  alive: boolean;
}

/**
 * The TTL demos' store, small and unchecked like the Python it mirrors. `backup` and `restore` are
 * PS-07's reference code; the buggy variants subclass it and override only `backup`.
 */
export class MiniTtlStore {
  /** key → item, public as Python's `self.data`. */
  data: Dict<MiniItem> = dict();
  /** backup id → saved items. */
  backups: Dict<Dict<MiniSaved>> = dict();

  /** Store `value` under `key`, its TTL clock starting at `at`. @returns `null`. */
  set(at: number, key: string, value: string, ttl: number | null): null {
    this.data[key] = { value, upload_time: at, ttl };
    return null;
  }

  /**
   * The correct backup (PS-07's reference): `null` TTL checked FIRST, the remaining TTL kept a number,
   * items with none left dropped, and the result deep-copied. @returns `null`.
   */
  backup(at: number, backupId: string): null {
    const saved: Dict<MiniSaved> = dict();
    for (const [key, item] of Object.entries(this.data)) {
      if (item.ttl !== null) {
        const remaining = item.ttl - (at - item.upload_time);
        if (remaining > 0) saved[key] = { value: item.value, remaining_ttl: remaining };
      } else {
        saved[key] = { value: item.value, remaining_ttl: null };
      }
    }
    this.backups[backupId] = deepCopy(saved);
    return null;
  }

  /** PS-07's restore: `upload_time` = restore time, `ttl` = the remaining TTL. @returns `false` for an unknown id. */
  restore(at: number, backupId: string): boolean {
    if (!has(this.backups, backupId)) return false;
    this.data = dict();
    for (const [key, item] of Object.entries(deepCopy(this.backups[backupId]!))) {
      this.data[key] = { value: item.value, upload_time: at, ttl: item.remaining_ttl };
    }
    return true;
  }

  /** Item `key`'s expiry (`upload_time + ttl`) and whether it is alive at `at`; `null` when missing. */
  inspect(at: number, key: string): MiniInspection | null {
    const item = this.data[key];
    if (item === undefined) return null;
    const expiry = item.ttl === null ? null : item.upload_time + item.ttl;
    return { value: item.value, expiry, alive: expiry === null || at < expiry };
  }

  /** The keys in the store, in order. */
  keys(): string[] {
    return Object.keys(this.data);
  }
}
