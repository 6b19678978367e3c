/** PS-07 bug 1, condition logic: the rollback test reversed, so it removes the OLD files. */
import type { BugDemo } from '../bug-demo.ts';
import { MiniFileStore } from './mini-files.ts';

/** The bug as PS-07 describes it: `if upload_time < rollback` removes what existed at the rollback point. */
export class OldRemovingRollback extends MiniFileStore {
  /** Buggy: the comparison points the wrong way; everything else is the correct rollback. @returns `null`. */
  override rollback(at: number, to: number): null {
    for (const name of Object.keys(this.files)) {
      if (this.files[name]!.upload_time < to) delete this.files[name];
      else this.keep(name, at, to);
    }
    return null;
  }
}

/**
 * Three files around a rollback point of 120: one before it, one exactly at it, one after it; the
 * right answer keeps the first two.
 */
export const rollbackConditionDemo: BugDemo<MiniFileStore> = {
  id: 'rollback-condition',
  pattern: 'Condition logic',
  bug: '`if upload_time < rollback` (removes the old files)',
  fix: '`if upload_time > rollback` (removes the new files)',
  scenario: [
    { call: 'upload', args: [0, 'old.txt', null] },
    { call: 'upload', args: [120, 'edge.txt', null] },
    { call: 'upload', args: [300, 'new.txt', null] },
    { call: 'rollback', args: [400, 120] },
    { call: 'names', args: [] },
  ],
  expected: ['old.txt', 'edge.txt'],
  buggy: {
    create: () => new OldRemovingRollback(),
    explanation:
      '`<` removes old.txt, which existed at the rollback point, and keeps new.txt, made after it; nothing throws, the state is just wrong',
  },
  correct: {
    create: () => new MiniFileStore(),
    explanation: '`>` removes only new.txt (uploaded after 120); edge.txt, uploaded exactly at 120, existed then and stays',
  },
};
