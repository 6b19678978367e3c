import type { DomainDescriptor, ScenarioRun } from '../../core/domain.ts';
import type { Random } from '../../core/random.ts';
import { DNSRouter } from './dns-router.ts';
import type { DnsOp } from './types.ts';

const TYPES = ['A', 'AAAA', 'MX', 'TXT', 'CNAME'] as const;
/** Late enough that about half of the seed TTL records (1–200 ms from ts 0) are dead in the batch. */
const SCENARIO_TIMESTAMP = 100;
/** The first few domains get half of all ops, so their locks are contended. */
const HOT = 2;

function randomIp(random: Random): string {
  return `10.0.${random.int(0, 9)}.${random.int(1, 254)}`;
}

/** Seed 8–16 domains of 1–3 records, some permanent, some with a TTL that may be over by the batch. */
function seed(dns: DNSRouter, random: Random): string[] {
  const domains = Array.from({ length: random.int(8, 16) }, (_, i) => `d${i}.com`);
  for (const domain of domains) {
    const count = random.int(1, 3);
    for (let i = 0; i < count; i++) {
      const recordType = random.pick(TYPES);
      if (random.chance(0.6)) dns.addRecord(0, domain, recordType, randomIp(random));
      else dns.addRecordWithTtl(0, domain, recordType, randomIp(random), random.int(1, 200));
    }
  }
  return domains;
}

function pickDomain(random: Random, domains: readonly string[]): string {
  if (random.chance(0.1)) return 'missing.org';
  return random.chance(0.5) ? random.pick(domains.slice(0, HOT)) : random.pick(domains);
}

/** One random op of every kind, including missing domains and types, and unknown types. */
function randomOp(random: Random, domains: readonly string[]): DnsOp {
  const domain = pickDomain(random, domains);
  const record_type = random.chance(0.1) ? 'SRV' : random.pick(TYPES);
  const roll = random.next();
  if (roll < 0.3) return { type: 'add', domain, record_type, ip: randomIp(random) };
  if (roll < 0.6) return { type: 'resolve', domain, record_type };
  if (roll < 0.92) return { type: 'delete', domain, record_type };
  return random.chance(0.5) ? { type: 'zz', domain } : { type: 'list' };
}

/** One L6 call, timed on the wall clock beside its theory (`ceil(valid / maxConcurrent)` × 10 ms). */
async function timedPropagate(dns: DNSRouter, domains: string[], maxConcurrent: number): Promise<string[]> {
  const started = performance.now();
  const result = await dns.propagateRecords(10, domains, maxConcurrent);
  const elapsed = (performance.now() - started).toFixed(1);
  const valid = result.filter(Boolean).length;
  return [
    `L6 propagateRecords (fail-fast) ${JSON.stringify(domains)}: ${JSON.stringify(result)}`,
    `  ${domains.length} items, ${valid} valid, ${maxConcurrent} permit(s): ${elapsed} ms (theory ${Math.ceil(valid / maxConcurrent) * 10} ms)`,
  ];
}

/** Run a small L5 batch and a small L6 call on `dns`, as lines for a person. */
async function tour(dns: DNSRouter): Promise<string[]> {
  dns.addRecord(0, 'a.com', 'A', '1.2.3.4');
  dns.addRecordWithTtl(0, 'b.com', 'A', '5.6.7.8', 5);
  dns.addRecord(0, 'd.com', 'MX', '9.9.9.9');
  const ops: DnsOp[] = [
    { type: 'add', domain: 'a.com', record_type: 'AAAA', ip: '::1' },
    { type: 'resolve', domain: 'a.com', record_type: 'A' },
    { type: 'delete', domain: 'a.com', record_type: 'AAAA' },
    { type: 'delete', domain: 'a.com', record_type: 'AAAA' },
    { type: 'resolve', domain: 'b.com', record_type: 'A' },
    { type: 'zz', domain: 'x' },
  ];
  const batch = await dns.batchOperations(10, ops);
  return [
    `L5 batchOperations (one lock per domain) [add, resolve, delete, delete again, resolve a dead record, unknown type]: ${JSON.stringify(batch)}`,
    '  (same results as one by one in input order)',
    ...(await timedPropagate(dns, ['a.com', 'b.com', 'c.com', 'd.com'], 1)),
    '  (b.com has only a dead record and c.com is missing: both false at once, without a permit)',
  ];
}

/** The DNS router for the CLI, the tour and the benchmarks. */
export const dnsRouterDescriptor: DomainDescriptor<DNSRouter> = {
  name: 'dns-router',
  title: 'DNS Router',
  levels: [1, 2, 3, 4, 5, 6],
  engines: ['event-loop', 'workers'],
  create: () => new DNSRouter(),

  async runScenario(dns: DNSRouter, random: Random, size: number): Promise<ScenarioRun> {
    const domains = seed(dns, random);
    const input = Array.from({ length: size }, () => randomOp(random, domains));
    const results = await dns.batchOperations(SCENARIO_TIMESTAMP, input);
    return { input, results };
  },

  /** One propagation of seeded domains (some with only dead records), hot ones repeated, and missing ones. */
  async runExternalScenario(dns: DNSRouter, random: Random, size: number): Promise<ScenarioRun> {
    const domains = seed(dns, random);
    const input = Array.from({ length: size }, () => pickDomain(random, domains));
    const maxConcurrent = random.int(1, 8);
    const results = await dns.propagateRecords(SCENARIO_TIMESTAMP, input, maxConcurrent);
    return { input: { domains: input, maxConcurrent }, results };
  },

  tour,

  state: (dns: DNSRouter) => JSON.parse(JSON.stringify({ records: dns.records, backups: dns.backups })) as unknown,
};
