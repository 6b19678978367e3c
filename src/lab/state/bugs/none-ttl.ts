/** PS-07 bug 5, None checks: a `null` TTL put through the arithmetic. */
import { deepCopy, dict, type Dict } from '../../../core/dict.ts';
import type { BugDemo } from '../bug-demo.ts';
import { MiniTtlStore, type MiniSaved } from './mini-ttl-store.ts';

/** The bug as PS-07 describes it: the remaining TTL computed before asking whether there is a TTL. */
export class UncheckedNullBackup extends MiniTtlStore {
  /** Buggy: no `ttl !== null` test before the subtraction. @returns `null`. */
  override backup(at: number, backupId: string): null {
    const saved: Dict<MiniSaved> = dict();
    for (const [key, item] of Object.entries(this.data)) {
      // The bug: `!` silences TypeScript's "possibly null", which was the check that was needed.
      const remaining = item.ttl! - (at - item.upload_time);
      if (remaining > 0) saved[key] = { value: item.value, remaining_ttl: remaining };
    }
    this.backups[backupId] = deepCopy(saved);
    return null;
  }
}

/** A permanent item beside a TTL one, backed up and restored: both should come back. */
export const noneTtlDemo: BugDemo<MiniTtlStore> = {
  id: 'none-ttl',
  pattern: 'None checks',
  bug: '`timedelta(seconds=None)` (TypeError)',
  fix: 'test `if ttl is not None:` first',
  scenario: [
    { call: 'set', args: [0, 'config', 'on', null] },
    { call: 'set', args: [0, 'temp', 'v', 600] },
    { call: 'backup', args: [180, 'b1'] },
    { call: 'restore', args: [480, 'b1'] },
    { call: 'keys', args: [] },
  ],
  expected: ['config', 'temp'],
  buggy: {
    create: () => new UncheckedNullBackup(),
    explanation:
      'JS does not throw where Python does: null − 180 is −180, so `remaining > 0` fails and the permanent "config" is silently left out of the backup',
  },
  correct: {
    create: () => new MiniTtlStore(),
    explanation: 'the null check comes first, so "config" is saved with remaining_ttl null and restored as never expiring',
  },
};
