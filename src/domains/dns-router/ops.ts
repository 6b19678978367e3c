import type { BatchDefinition } from '../../core/batch.ts';
import { has } from '../../core/dict.ts';
import type { ExternalItemDefinition } from '../../core/rate-limited.ts';
import type { DNSRouter } from './dns-router.ts';
import { hasAliveRecord } from './ttl.ts';

export { dnsRouterState } from './state-access.ts';
import type { AddOp, DeleteOp, DnsOp, DnsResult, PropagateItem, ResolveOp, TimedDnsOp } from './types.ts';

/** The manual's if/elif chain: each known type calls the matching (final, TTL-aware) L1–L3 method. */
const handlers = {
  add: (dns: DNSRouter, timestamp: number, op: AddOp): DnsResult => dns.addRecord(timestamp, op.domain, op.record_type, op.ip),
  resolve: (dns: DNSRouter, timestamp: number, op: ResolveOp): DnsResult => dns.resolve(timestamp, op.domain, op.record_type),
  delete: (dns: DNSRouter, timestamp: number, op: DeleteOp): DnsResult => dns.deleteRecord(timestamp, op.domain, op.record_type),
};

/** The lock of an op: the manual's `op.get("domain", "")`. */
function lockKey(op: DnsOp): string {
  // Decision: an unknown-type op whose `domain` is present but not a string (the schema lets it through,
  // since such an op only returns `null`) also takes the `""` lock; nothing it does can be observed.
  return typeof op.domain === 'string' ? op.domain : '';
}

/** L5 `batch_operations`: one lock per domain; unknown op types give `null`. */
export const dnsBatch: BatchDefinition<DNSRouter, TimedDnsOp, DnsResult> = {
  portable: { module: import.meta.url, name: 'dnsBatch', state: 'dnsRouterState' },
  keys: ({ op }) => [lockKey(op)],
  run: (dns, { timestamp, op }) => {
    if (!has(handlers, op.type)) return null;
    const handler = handlers[op.type as keyof typeof handlers];
    return handler(dns, timestamp, op as never);
  },
};

/**
 * L6 `propagate_records`, fail-fast: a missing domain, or one whose records are all dead, answers
 * `false` before the semaphore (no permit, no sleep); the rest take a permit and sleep 10 ms. No mutation.
 */
export const propagateRecord: ExternalItemDefinition<DNSRouter, PropagateItem, boolean> = {
  portable: { module: import.meta.url, name: 'propagateRecord', state: 'dnsRouterState' },
  // Decision: the manual's check takes no lock; conclab reads under the domain's lock anyway, so the
  // check never interleaves with an L5 op on that domain on an engine where threads share the state.
  keys: ({ domain }) => [domain],
  before: (dns, { timestamp, domain }) =>
    has(dns.records, domain) && hasAliveRecord(dns.records[domain]!, timestamp) ? { proceed: true } : { proceed: false, result: false },
  external: (_dns, _item, { clock }) => clock.sleep(10),
  after: () => true,
};
