/** PS-07 bug 2, control flow: a file is read again right after it was removed. */
import type { BugDemo } from '../bug-demo.ts';
import { MiniFileStore } from './mini-files.ts';

/** The bug as PS-07 describes it: no `else`, so the kept-file code also runs on a file just popped. */
export class ReadAfterDeleteRollback extends MiniFileStore {
  /** Buggy: the TTL recalculation is not in an `else`. @returns `null` (it throws before, on a removed file). */
  override rollback(at: number, to: number): null {
    for (const name of Object.keys(this.files)) {
      if (this.files[name]!.upload_time > to) delete this.files[name];
      // `keep` reads `this.files[name]!`: the `!` tells TypeScript it is there, and here it is not.
      this.keep(name, at, to);
    }
    return null;
  }
}

/**
 * A file before the rollback point (kept, TTL recalculated) and one after it (removed): removing it
 * is what sets off the read-after-delete.
 */
export const readAfterDeleteDemo: BugDemo<MiniFileStore> = {
  id: 'read-after-delete',
  pattern: 'Control flow',
  bug: 'reading the dict entry after `pop` (crash)',
  fix: 'an `else` branch for the kept items',
  scenario: [
    { call: 'upload', args: [0, 'a.txt', 600] },
    { call: 'upload', args: [300, 'b.txt', 600] },
    { call: 'rollback', args: [400, 120] },
    { call: 'list', args: [] },
  ],
  expected: { 'a.txt': { upload_time: 400, ttl: 480 } },
  buggy: {
    create: () => new ReadAfterDeleteRollback(),
    explanation:
      'after `delete files["b.txt"]` the next line reads files["b.txt"]: JS gives `undefined` (Python: KeyError), so `.ttl` throws TypeError and the rollback stops half done',
  },
  correct: {
    create: () => new MiniFileStore(),
    explanation: 'the `else` only recalculates files still in the store: a.txt keeps 600 − (120 − 0) = 480 s from 400 on',
  },
};
