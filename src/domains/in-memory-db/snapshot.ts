import { rebuildFromSnapshot, snapshotAlive, type EntryCodec } from '../../core/remaining-ttl-backup.ts';
import { isAlive } from './ttl.ts';
import type { Cell, Snapshot, SnapshotCell, Table } from './types.ts';

/** InMemDB's cells in a backup: the value and its remaining TTL. */
const cells: EntryCodec<Cell, SnapshotCell> = {
  isAlive,
  save: (cell, remaining) => ({ value: cell.value, remaining_ttl: remaining }),
  restore: (saved, expiry) => ({ value: saved.value, expiry }),
  remainingOf: (saved) => saved.remaining_ttl,
};

/** The backup of `data` at `timestamp`: alive cells with their remaining TTL, rows with ≥ 1 of them. */
export const takeSnapshot = (data: Table, timestamp: number): Snapshot => snapshotAlive(data, timestamp, cells);

/** Fresh `data` from a snapshot: each TTL runs again from the restore's `timestamp`. */
export const rebuild = (snapshot: Snapshot, timestamp: number): Table => rebuildFromSnapshot(snapshot, timestamp, cells);
