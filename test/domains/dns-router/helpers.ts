import type { RecordingTracer } from '../../../src/core/tracer.ts';
import type { Random } from '../../../src/core/random.ts';
import type { VirtualClock } from '../../../src/engines/event-loop/index.ts';
import { bound } from '../harness.ts';
import { DNSRouter } from '../../../src/domains/dns-router/index.ts';
import type { DnsOp, DnsResult } from '../../../src/domains/dns-router/index.ts';

export { peakPermits, permitOwners } from '../harness.ts';

/** A fresh DNSRouter bound to an event-loop engine on a virtual clock, with a recording tracer. */
export function boundDns(): { dns: DNSRouter; clock: VirtualClock; tracer: RecordingTracer } {
  const { system: dns, clock, tracer } = bound(new DNSRouter());
  return { dns, clock, tracer };
}

/** The manual's intro phone book: example.com A/AAAA forever, cdn.io A until 5000, mail.org MX until 3000. */
export function introBook(dns: DNSRouter = new DNSRouter()): DNSRouter {
  dns.addRecord(0, 'example.com', 'A', '1.2.3.4');
  dns.addRecord(0, 'example.com', 'AAAA', '::1');
  dns.addRecordWithTtl(0, 'cdn.io', 'A', '10.0.0.1', 5000);
  dns.addRecordWithTtl(0, 'mail.org', 'MX', '192.168.1.1', 3000);
  return dns;
}

const DOMAINS = ['h0.com', 'h1.com', 'k2.com', 'k3.com'];
const TYPES = ['A', 'AAAA', 'MX', 'TXT'];

/** Seed a few domains, some records with TTLs already dead at the batch's timestamp (50). */
export function seedDomains(dns: DNSRouter, random: Random): void {
  for (const domain of DOMAINS) {
    for (const recordType of TYPES) {
      if (random.chance(0.4)) dns.addRecord(0, domain, recordType, `s${random.int(0, 9)}`);
      else if (random.chance(0.4)) dns.addRecordWithTtl(0, domain, recordType, `t${random.int(0, 9)}`, random.int(1, 100));
    }
  }
}

/** A random batch over hot domains, missing domains and types, and unknown types. */
export function randomBatch(random: Random, size: number): DnsOp[] {
  return Array.from({ length: size }, (): DnsOp => {
    const domain = random.chance(0.6) ? random.pick(DOMAINS.slice(0, 2)) : random.pick([...DOMAINS.slice(2), 'nope.org']);
    const record_type = random.pick([...TYPES, 'SRV']);
    const roll = random.next();
    if (roll < 0.35) return { type: 'add', domain, record_type, ip: `v${random.int(0, 9)}` };
    if (roll < 0.65) return { type: 'resolve', domain, record_type };
    if (roll < 0.93) return { type: 'delete', domain, record_type };
    return random.chance(0.5) ? { type: 'zz', domain } : { type: 'noop' };
  });
}

/** The sequential reference: each op through the sync L1–L3 methods, one after another. */
export function applySequentially(dns: DNSRouter, timestamp: number, ops: readonly DnsOp[]): DnsResult[] {
  return ops.map((op) => {
    const o = op as { type: string; domain: string; record_type: string; ip: string };
    switch (o.type) {
      case 'add':
        return dns.addRecord(timestamp, o.domain, o.record_type, o.ip);
      case 'resolve':
        return dns.resolve(timestamp, o.domain, o.record_type);
      case 'delete':
        return dns.deleteRecord(timestamp, o.domain, o.record_type);
      default:
        return null;
    }
  });
}
