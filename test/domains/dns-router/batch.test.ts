import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../../src/core/dict.ts';
import { Random } from '../../../src/core/random.ts';
import { DNSRouter } from '../../../src/domains/dns-router/index.ts';
import type { DnsOp } from '../../../src/domains/dns-router/index.ts';
import { applySequentially, boundDns, randomBatch, seedDomains } from './helpers.ts';
import { lockedKeys } from '../harness.ts';

describe('DNS L5: batchOperations', () => {
  it('runs the derived example: add, resolve, delete twice, unknown type → [null, "1", true, false, null]', async () => {
    const { dns } = boundDns();
    const ops: DnsOp[] = [
      { type: 'add', domain: 'a.com', record_type: 'A', ip: '1' },
      { type: 'resolve', domain: 'a.com', record_type: 'A' },
      { type: 'delete', domain: 'a.com', record_type: 'A' },
      { type: 'delete', domain: 'a.com', record_type: 'A' },
      { type: 'zz', domain: 'x' },
    ];
    expect(await dns.batchOperations(0, ops)).toEqual([null, '1', true, false, null]);
    expect(dns.records).toEqual({});
  });

  it('uses the TTL-aware methods: a dead record resolves to "" and cannot be deleted', async () => {
    const { dns } = boundDns();
    dns.addRecordWithTtl(0, 'a.com', 'A', '1', 10);
    const ops: DnsOp[] = [
      { type: 'resolve', domain: 'a.com', record_type: 'A' },
      { type: 'delete', domain: 'a.com', record_type: 'A' },
    ];
    expect(await dns.batchOperations(10, ops)).toEqual(['', false]);
    expect(dns.records['a.com']!['A']).toEqual({ ip: '1', expiry: 10 });
  });

  it('gives null for an unknown type with or without a domain, and changes nothing', async () => {
    const { dns } = boundDns();
    const ops = [{ type: 'list', domain: 'a.com' }, { type: 'flush' }, { type: 'zz', domain: 7 }];
    expect(await dns.batchOperations(0, ops)).toEqual([null, null, null]);
    expect(dns.records).toEqual({});
  });

  it('locks the op domain, and a domain-less op takes the "" lock', async () => {
    const { dns, tracer } = boundDns();
    const ops: DnsOp[] = [
      { type: 'add', domain: 'a.com', record_type: 'A', ip: '1' },
      { type: 'resolve', domain: 'b.com', record_type: 'A' },
      { type: 'noop' },
    ];
    await dns.batchOperations(0, ops);
    expect(lockedKeys(tracer)).toEqual([['a.com'], ['b.com'], ['']]);
  });

  it('runs ops on one domain in input order', async () => {
    const { dns } = boundDns();
    const ops: DnsOp[] = [
      { type: 'resolve', domain: 'a.com', record_type: 'A' },
      { type: 'add', domain: 'a.com', record_type: 'A', ip: '1' },
      { type: 'add', domain: 'a.com', record_type: 'A', ip: '2' },
      { type: 'resolve', domain: 'a.com', record_type: 'A' },
    ];
    expect(await dns.batchOperations(0, ops)).toEqual(['', null, null, '2']);
  });

  it('returns an empty list for an empty batch', async () => {
    expect(await boundDns().dns.batchOperations(0, [])).toEqual([]);
  });

  it('equals the ops run one by one through L1–L3 in input order, for 200 seeds', async () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = new Random(seed);
      const { dns } = boundDns();
      seedDomains(dns, random);
      const reference = new DNSRouter();
      reference.records = deepCopy(dns.records);
      const ops = randomBatch(random, random.int(1, 40));
      const results = await dns.batchOperations(50, ops);
      expect(results, `seed ${seed}`).toEqual(applySequentially(reference, 50, ops));
      expect(dns.records, `seed ${seed}`).toEqual(reference.records);
    }
  });
});
