import type { EntryCodec } from '../../core/remaining-ttl-backup.ts';
import { isAlive } from './ttl.ts';
import type { Cell, SnapshotCell } from './types.ts';

/** InMemDB's cells in a backup: the value and its remaining TTL; restored, the TTL runs again from the restore. */
export const cellCodec: EntryCodec<Cell, SnapshotCell> = {
  isAlive,
  save: (cell, remaining) => ({ value: cell.value, remaining_ttl: remaining }),
  restore: (saved, expiry) => ({ value: saved.value, expiry }),
  remainingOf: (saved) => saved.remaining_ttl,
};
