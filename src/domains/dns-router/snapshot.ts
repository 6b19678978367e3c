import { dict, type Dict } from '../../core/dict.ts';
import { isAlive } from './ttl.ts';
import type { DnsBackup, DnsRecord, DnsSnapshot, DomainRecords, RecordTable, SnapRecord } from './types.ts';

/** The backup of `records` at `timestamp`: alive records with their remaining TTL, domains with ≥ 1. */
export function takeSnapshot(records: RecordTable, timestamp: number): DnsSnapshot {
  const snapshot: DnsSnapshot = dict();
  for (const [domain, types] of Object.entries(records)) {
    const alive = snapshotDomain(types, timestamp);
    if (Object.keys(alive).length > 0) snapshot[domain] = alive;
  }
  return snapshot;
}

function snapshotDomain(types: DomainRecords, timestamp: number): Dict<SnapRecord> {
  const alive: Dict<SnapRecord> = dict();
  for (const [recordType, record] of Object.entries(types)) {
    if (!isAlive(record, timestamp)) continue;
    alive[recordType] = { ip: record.ip, remaining_ttl: record.expiry === null ? null : record.expiry - timestamp };
  }
  return alive;
}

/**
 * The backup to restore for `backupTimestamp`: the greatest `ts <= backupTimestamp`; on equal `ts` the
 * earlier-appended one wins, as the manual compares with a strict `ts > best_ts`.
 */
export function pickBackup(backups: readonly DnsBackup[], backupTimestamp: number): DnsBackup | undefined {
  let best: DnsBackup | undefined;
  for (const backup of backups) {
    if (backup[0] <= backupTimestamp && (best === undefined || backup[0] > best[0])) best = backup;
  }
  return best;
}

/** Fresh `records` from a snapshot: each TTL runs again from the restore's `timestamp`. */
export function rebuild(snapshot: DnsSnapshot, timestamp: number): RecordTable {
  const records: RecordTable = dict();
  for (const [domain, types] of Object.entries(snapshot)) {
    const rebuilt: DomainRecords = dict();
    for (const [recordType, saved] of Object.entries(types)) rebuilt[recordType] = restoredRecord(saved, timestamp);
    records[domain] = rebuilt;
  }
  return records;
}

function restoredRecord(saved: SnapRecord, timestamp: number): DnsRecord {
  return { ip: saved.ip, expiry: saved.remaining_ttl === null ? null : timestamp + saved.remaining_ttl };
}
