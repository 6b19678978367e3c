/** PS-07 bug 4, TTL recalculation: the remaining TTL turned into a string. */
import { deepCopy, dict, type Dict } from '../../../core/dict.ts';
import type { BugDemo } from '../bug-demo.ts';
import { MiniTtlStore, type MiniSaved } from './mini-ttl-store.ts';

/** The bug as PS-07 describes it: the remaining TTL made text (Python's `str(timedelta(...))`). */
export class StringTtlBackup extends MiniTtlStore {
  /** Buggy: `remaining_ttl` is stored as a string. @returns `null`. */
  override backup(at: number, backupId: string): null {
    const saved: Dict<MiniSaved> = dict();
    for (const [key, item] of Object.entries(this.data)) {
      if (item.ttl !== null) {
        // The bug. TypeScript refuses a string here, so it takes a cast, as untyped data would sneak in.
        const remaining = String(item.ttl - (at - item.upload_time)) as unknown as number;
        if (remaining > 0) saved[key] = { value: item.value, remaining_ttl: remaining };
      } else {
        saved[key] = { value: item.value, remaining_ttl: null };
      }
    }
    this.backups[backupId] = deepCopy(saved);
    return null;
  }
}

/** PS-07's worked example: set at 10:00 (0) for 600 s, backup at 10:03 (180), restore at 10:08 (480), asked at 1000. */
export const ttlAsStringDemo: BugDemo<MiniTtlStore> = {
  id: 'ttl-as-string',
  pattern: 'TTL recalculation',
  bug: '`str(timedelta(...))` (the TTL becomes a string)',
  fix: '`remaining = original_ttl - elapsed`, kept numeric',
  scenario: [
    { call: 'set', args: [0, 'temp', 'v', 600] },
    { call: 'backup', args: [180, 'snap1'] },
    { call: 'restore', args: [480, 'snap1'] },
    { call: 'inspect', args: [1000, 'temp'] },
  ],
  expected: { value: 'v', expiry: 900, alive: false },
  buggy: {
    create: () => new StringTtlBackup(),
    explanation:
      'String(420) is "420" and `"420" > 0` coerces, so it is saved and restored as ttl "420"; then 480 + "420" concatenates to "480420" (Python would raise TypeError), and `1000 < "480420"` keeps the item alive ~5.5 days',
  },
  correct: {
    create: () => new MiniTtlStore(),
    explanation: 'remaining 600 − 180 = 420 stays a number: expiry 480 + 420 = 900 (10:15), so at 1000 the item is dead',
  },
};
