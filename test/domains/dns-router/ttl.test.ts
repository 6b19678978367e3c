import { describe, expect, it } from 'vitest';
import { DNSRouter } from '../../../src/domains/dns-router/index.ts';
import { isAlive } from '../../../src/domains/dns-router/ttl.ts';
import { introBook } from './helpers.ts';

function cdn(): DNSRouter {
  const dns = new DNSRouter();
  expect(dns.addRecordWithTtl(10, 'cdn.io', 'A', '10.0.0.1', 50)).toBeNull();
  return dns;
}

describe('DNS L3: TTL, checked inline', () => {
  it('_is_alive with expiry 100: alive at 99, dead at 100 and 101', () => {
    const record = { ip: '1', expiry: 100 };
    expect(isAlive(record, 99)).toBe(true);
    expect(isAlive(record, 100)).toBe(false);
    expect(isAlive(record, 101)).toBe(false);
  });

  it('_is_alive with no expiry is always true', () => {
    expect(isAlive({ ip: '1', expiry: null }, Number.MAX_SAFE_INTEGER)).toBe(true);
  });

  it('stores the absolute expiry timestamp + ttl', () => {
    expect(cdn().records['cdn.io']!['A']).toEqual({ ip: '10.0.0.1', expiry: 60 });
  });

  it('resolves the TTL record at 59', () => {
    expect(cdn().resolve(59, 'cdn.io', 'A')).toBe('10.0.0.1');
  });

  it('resolves the TTL record to "" at exactly its expiry, 60', () => {
    expect(cdn().resolve(60, 'cdn.io', 'A')).toBe('');
  });

  it('lists no domain at 60 (derived)', () => {
    expect(cdn().listDomains(60)).toEqual([]);
  });

  it('refuses to delete the dead record at 60 and leaves it stored (derived)', () => {
    const dns = cdn();
    expect(dns.deleteRecord(60, 'cdn.io', 'A')).toBe(false);
    expect(dns.records).toEqual({ 'cdn.io': { A: { ip: '10.0.0.1', expiry: 60 } } });
  });

  it('deletes the TTL record while it is still alive', () => {
    const dns = cdn();
    expect(dns.deleteRecord(59, 'cdn.io', 'A')).toBe(true);
    expect(dns.records).toEqual({});
  });

  it('never purges on read: a dead record stays in records after every L1–L3 read', () => {
    const dns = cdn();
    dns.resolve(100, 'cdn.io', 'A');
    dns.scanRecords(100, 'cdn.io');
    dns.listDomains(100);
    expect(dns.records['cdn.io']!['A']).toEqual({ ip: '10.0.0.1', expiry: 60 });
  });

  it('scans only alive types, and "" when none is alive', () => {
    const dns = introBook();
    dns.addRecordWithTtl(0, 'example.com', 'MX', 'mx', 100);
    expect(dns.scanRecords(99, 'example.com')).toBe('A(1.2.3.4), AAAA(::1), MX(mx)');
    expect(dns.scanRecords(100, 'example.com')).toBe('A(1.2.3.4), AAAA(::1)');
    expect(dns.scanRecords(3000, 'mail.org')).toBe('');
  });

  it('overwrites a permanent record with a TTL one', () => {
    const dns = introBook();
    dns.addRecordWithTtl(10, 'example.com', 'A', '5.5.5.5', 5);
    expect(dns.resolve(14, 'example.com', 'A')).toBe('5.5.5.5');
    expect(dns.resolve(15, 'example.com', 'A')).toBe('');
  });

  it('accepts a zero ttl: the record is dead at once', () => {
    const dns = new DNSRouter();
    dns.addRecordWithTtl(10, 'a.com', 'A', '1', 0);
    expect(dns.resolve(10, 'a.com', 'A')).toBe('');
  });
});
