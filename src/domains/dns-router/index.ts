/** DNS Router: domain → record type → IP with inline TTL, remaining-TTL backups, an L5 batch and fail-fast L6 propagation. */
export { DNSRouter } from './dns-router.ts';
export { dnsRouterDescriptor } from './descriptor.ts';
export { dnsBatch, propagateRecord } from './ops.ts';
export { dnsBatchSchema } from './schemas.ts';
export type {
  AddOp,
  DeleteOp,
  DnsBackup,
  DnsOp,
  DnsRecord,
  DnsResult,
  DnsSnapshot,
  DomainRecords,
  PropagateItem,
  RecordTable,
  ResolveOp,
  SnapRecord,
  TimedDnsOp,
  UnknownDnsOp,
} from './types.ts';
