import type { StateAccess } from '../../core/state-access.ts';
import { DNSRouter } from './dns-router.ts';
import type { DomainRecords } from './types.ts';

/**
 * DNSRouter's state by lock key: a domain guards its records (record type → record). Every critical
 * section locks the domain it reads or writes and touches nothing else: `add`, `resolve` and `delete`
 * reach only `records[domain]` (a delete that empties it removes the domain: the partition goes), and
 * the L6 check reads only that domain's records. TTL is inline (dead records are skipped, never
 * purged), so no section scans other domains. An unknown-type op locks `""` (or its domain) and
 * touches nothing. `backups` is never touched by L5/L6.
 */
export const dnsRouterState: StateAccess<DNSRouter> = {
  create: () => new DNSRouter(),
  read: (dns, domain) => dns.records[domain],
  write(dns, domain, partition) {
    if (partition === undefined) delete dns.records[domain];
    else dns.records[domain] = partition as DomainRecords;
  },
};
