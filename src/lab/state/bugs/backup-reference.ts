/** PS-07 bug 3, deep copy: the backup is the live dict itself, not a copy of it. */
import type { BugDemo } from '../bug-demo.ts';
import { MiniSnapshots } from './mini-snapshots.ts';

/** The bug as PS-07 describes it: `backup = self.data`, a second name for the same dict. */
export class ReferenceBackup extends MiniSnapshots {
  /** Buggy: stores a reference, so every later change to the store is also a change to the backup. @returns `null`. */
  override backup(backupId: string): null {
    this.backups[backupId] = this.data;
    return null;
  }
}

/** A list changed in place after the backup: the restore should bring back the list as it was. */
export const backupReferenceDemo: BugDemo<MiniSnapshots> = {
  id: 'backup-reference',
  pattern: 'Deep copy',
  bug: '`backup = self.data` (a reference)',
  fix: '`backup = copy.deepcopy(self.data)`',
  scenario: [
    { call: 'add', args: ['cart', 'apple'] },
    { call: 'backup', args: ['b1'] },
    { call: 'add', args: ['cart', 'pear'] },
    { call: 'restore', args: ['b1'] },
    { call: 'get', args: ['cart'] },
  ],
  expected: ['apple'],
  buggy: {
    create: () => new ReferenceBackup(),
    explanation:
      'backups.b1 IS the live dict (assignment never copies, in JS as in Python), so adding "pear" changed the backup too and the restore brings "pear" back',
  },
  correct: {
    create: () => new MiniSnapshots(),
    explanation: 'the deep copy detaches the backup down to the lists, so the in-place append after it cannot reach it',
  },
};
