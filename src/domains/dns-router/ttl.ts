import type { DnsRecord, DomainRecords } from './types.ts';

/**
 * The manual's `_is_alive`: a record is alive with no expiry, or strictly before it (at `expiry` it is
 * already dead). Inline only: dead records stay in `records` and are merely skipped.
 */
export function isAlive(record: DnsRecord, timestamp: number): boolean {
  return record.expiry === null || timestamp < record.expiry;
}

/** Whether any record of a domain is alive at `timestamp` (`list_domains`, `propagate_records`). */
export function hasAliveRecord(records: DomainRecords, timestamp: number): boolean {
  return Object.values(records).some((record) => isAlive(record, timestamp));
}
