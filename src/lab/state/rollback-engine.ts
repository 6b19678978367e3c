import { dict, has, type Dict } from '../../core/dict.ts';
import { InvalidInputError } from '../../core/errors.ts';
import { isAlive } from './ttl.ts';
import { rebuild, saveAlive } from './ttl-backup.ts';
import type { TtlItem } from './types.ts';
import { expectId, expectTime, expectTtl } from './validate.ts';

/** What a rollback did to each file, by name, in store order. */
export interface RollbackResult {
  /** Uploaded after the rollback point: they did not exist then. */
  readonly removed: string[];
  /** Existed at the rollback point but had no TTL left there (remaining ≤ 0). */
  readonly expired: string[];
  /** Existed and were alive at the rollback point; their TTL was recalculated. */
  readonly kept: string[];
}

/**
 * Exercise 4, the rollback engine: files with an upload time and a TTL, rolled back to a point in time.
 * It combines PS-07's four lessons: the condition (`upload_time > rollbackTime` removes, so the NEW
 * files go), the control flow (kept files are handled in an `else`, never read after removal), the TTL
 * recalculation (`original_ttl − (rollbackTime − upload_time)`, kept a number) and the null check
 * (a `null` TTL is never put through the arithmetic).
 * @example
 * const engine = new RollbackEngine<string>();
 * engine.upload(0, 'a.txt', 'A', 600);
 * engine.upload(300, 'b.txt', 'B', 600);
 * engine.rollback(400, 120); // { removed: ['b.txt'], expired: [], kept: ['a.txt'] }
 * engine.files['a.txt'];     // { value: 'A', upload_time: 400, ttl: 480 }
 */
export class RollbackEngine<V = unknown> {
  #files: Dict<TtlItem<V>> = dict();

  /** The live files by name, as Python's `self.files`. */
  get files(): Dict<TtlItem<V>> {
    return this.#files;
  }

  /**
   * Upload `value` as file `name` at `at`, replacing any file of that name.
   * @param ttl - seconds to live, an integer ≥ 1, or `null` (the default) for never.
   * @throws InvalidInputError for a non-integer `at`, a non-string `name` or a bad `ttl`.
   */
  upload(at: number, name: string, value: V, ttl: number | null = null): void {
    expectTime(at, 'at');
    expectId(name, 'name');
    expectTtl(ttl);
    // Decision: there is one record per name and no version history, so a re-upload replaces the file
    // and moves its upload_time; a later rollback to before that removes it, old contents and all.
    this.#files[name] = { value, upload_time: at, ttl };
  }

  /**
   * The contents of file `name` if it is alive at `at`.
   * @returns `null` for a missing or dead file.
   * @throws InvalidInputError for bad arguments, or `at` before the file's `upload_time`.
   */
  get(at: number, name: string): V | null {
    expectTime(at, 'at');
    expectId(name, 'name');
    const file = this.#files[name];
    return file !== undefined && isAlive(file, at) ? file.value : null;
  }

  /**
   * At time `at`, roll the files back to how they were at `rollbackTime`.
   * @returns which files were removed, dropped as expired, and kept.
   * @throws InvalidInputError for non-integer times or `rollbackTime` after `at`; nothing changes then.
   */
  rollback(at: number, rollbackTime: number): RollbackResult {
    expectTime(at, 'at');
    expectTime(rollbackTime, 'rollbackTime');
    // Decision: a rollback point in the future has no state to return to, so it is bad input.
    if (rollbackTime > at) {
      throw new InvalidInputError('rollbackTime', `Expected \`rollbackTime\` (${rollbackTime}) to be at or before \`at\` (${at})`);
    }
    const removed: string[] = [];
    const existed: Dict<TtlItem<V>> = dict();
    for (const [name, file] of Object.entries(this.#files)) {
      // Decision: a file uploaded exactly at the rollback point existed then, so it is kept (`>` not `>=`).
      if (file.upload_time > rollbackTime) removed.push(name);
      else existed[name] = file;
    }
    // Decision: what existed is backed up as of the rollback point and restored now (Exercise 2B), by
    // the same code as the TTL store. So a `null` TTL stays `null`; a file with no TTL left there
    // (remaining ≤ 0, the boundary of ttl.ts) is dropped; the others' remaining TTL runs from `at`, so
    // the new expiry is `at + remaining`, and upload_time is "when this TTL clock started", which a
    // later rollback to before `at` also reads.
    const saved = saveAlive(existed, rollbackTime);
    // Built aside and swapped in whole, so no file is ever read after its removal.
    this.#files = rebuild(saved, at);
    return { removed, expired: Object.keys(existed).filter((name) => !has(saved, name)), kept: Object.keys(saved) };
  }
}
