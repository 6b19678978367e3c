import { deepCopy, dict, type Dict } from '../../../core/dict.ts';

/** A file of the rollback demos: when its TTL clock started and its TTL (`null` = never expires). */
export interface MiniFile {
  upload_time: number;
  ttl: number | null;
}

/**
 * The rollback demos' store, small and unchecked like the Python it mirrors. Its `rollback` is the
 * correct one (PS-07's formulas); the buggy variants subclass it and override only `rollback`, so the
 * two variants differ in exactly the lines of the bug.
 */
export class MiniFileStore {
  /** name → file, public as Python's `self.files`. */
  files: Dict<MiniFile> = dict();

  /** Upload (or replace) file `name` at `at`. @returns `null`, as Python's `None`. */
  upload(at: number, name: string, ttl: number | null): null {
    this.files[name] = { upload_time: at, ttl };
    return null;
  }

  /**
   * The correct rollback: a file uploaded AFTER `to` is removed; every other file is kept, in the
   * `else`, with its TTL recalculated to what was left at `to`. @returns `null`.
   */
  rollback(at: number, to: number): null {
    for (const name of Object.keys(this.files)) {
      if (this.files[name]!.upload_time > to) delete this.files[name];
      else this.keep(name, at, to);
    }
    return null;
  }

  /**
   * Recalculate a kept file: `ttl − (to − upload_time)` from `at` on, `null` left alone, dropped once
   * nothing is left. Reads `this.files[name]`, so it must only see files still in the store.
   */
  protected keep(name: string, at: number, to: number): void {
    const file = this.files[name]!;
    if (file.ttl === null) {
      this.files[name] = { upload_time: at, ttl: null };
      return;
    }
    const remaining = file.ttl - (to - file.upload_time);
    if (remaining > 0) this.files[name] = { upload_time: at, ttl: remaining };
    else delete this.files[name];
  }

  /** A copy of every file, for a trace to end on. */
  list(): Dict<MiniFile> {
    return deepCopy(this.files);
  }

  /** The file names, in store order. */
  names(): string[] {
    return Object.keys(this.files);
  }
}
