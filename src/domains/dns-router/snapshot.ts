import { rebuildFromSnapshot, snapshotAlive, type EntryCodec } from '../../core/remaining-ttl-backup.ts';
import { isAlive } from './ttl.ts';
import type { DnsRecord, DnsSnapshot, RecordTable, SnapRecord } from './types.ts';

/** DNS records in a backup: the IP and its remaining TTL. */
const records: EntryCodec<DnsRecord, SnapRecord> = {
  isAlive,
  save: (record, remaining) => ({ ip: record.ip, remaining_ttl: remaining }),
  restore: (saved, expiry) => ({ ip: saved.ip, expiry }),
  remainingOf: (saved) => saved.remaining_ttl,
};

/** The backup of `records` at `timestamp`: alive records with their remaining TTL, domains with ≥ 1. */
export const takeSnapshot = (table: RecordTable, timestamp: number): DnsSnapshot => snapshotAlive(table, timestamp, records);

/** Fresh `records` from a snapshot: each TTL runs again from the restore's `timestamp`. */
export const rebuild = (snapshot: DnsSnapshot, timestamp: number): RecordTable => rebuildFromSnapshot(snapshot, timestamp, records);
