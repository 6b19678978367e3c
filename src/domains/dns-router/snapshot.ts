import type { EntryCodec } from '../../core/remaining-ttl-backup.ts';
import { isAlive } from './ttl.ts';
import type { DnsRecord, SnapRecord } from './types.ts';

/** DNS records in a backup: the IP and its remaining TTL; restored, the TTL runs again from the restore. */
export const recordCodec: EntryCodec<DnsRecord, SnapRecord> = {
  isAlive,
  save: (record, remaining) => ({ ip: record.ip, remaining_ttl: remaining }),
  restore: (saved, expiry) => ({ ip: saved.ip, expiry }),
  remainingOf: (saved) => saved.remaining_ttl,
};
