import { dict, type Dict } from '../../core/dict.ts';
import { isAlive } from './ttl.ts';
import type { Backup, Cell, Row, Snapshot, SnapshotCell, Table } from './types.ts';

/** The backup of `data` at `timestamp`: alive cells with their remaining TTL, rows with ≥ 1 of them. */
export function takeSnapshot(data: Table, timestamp: number): Snapshot {
  const snapshot: Snapshot = dict();
  for (const [key, row] of Object.entries(data)) {
    const alive = snapshotRow(row, timestamp);
    if (Object.keys(alive).length > 0) snapshot[key] = alive;
  }
  return snapshot;
}

function snapshotRow(row: Row, timestamp: number): Dict<SnapshotCell> {
  const alive: Dict<SnapshotCell> = dict();
  for (const [field, cell] of Object.entries(row)) {
    if (!isAlive(cell, timestamp)) continue;
    alive[field] = { value: cell.value, remaining_ttl: cell.expiry === null ? null : cell.expiry - timestamp };
  }
  return alive;
}

/**
 * The backup to restore for `backupTimestamp`: the greatest `ts <= backupTimestamp`; on equal `ts` the
 * earlier-appended one wins, as the manual compares with a strict `ts > best_ts`.
 */
export function pickBackup(backups: readonly Backup[], backupTimestamp: number): Backup | undefined {
  let best: Backup | undefined;
  for (const backup of backups) {
    if (backup[0] <= backupTimestamp && (best === undefined || backup[0] > best[0])) best = backup;
  }
  return best;
}

/** Fresh `data` from a snapshot: each TTL runs again from the restore's `timestamp`. */
export function rebuild(snapshot: Snapshot, timestamp: number): Table {
  const data: Table = dict();
  for (const [key, fields] of Object.entries(snapshot)) {
    const row: Row = dict();
    for (const [field, saved] of Object.entries(fields)) row[field] = restoredCell(saved, timestamp);
    data[key] = row;
  }
  return data;
}

function restoredCell(saved: SnapshotCell, timestamp: number): Cell {
  return { value: saved.value, expiry: saved.remaining_ttl === null ? null : timestamp + saved.remaining_ttl };
}
