import { describe, expect, it } from 'vitest';
import { DNSRouter } from '../../../src/domains/dns-router/index.ts';

/** The manual's L4 state at ts 40: example.com A forever and AAAA until 60, cdn.io A until 30. */
function l4State(): DNSRouter {
  const dns = new DNSRouter();
  dns.addRecord(0, 'example.com', 'A', '1.2.3.4');
  dns.addRecordWithTtl(0, 'example.com', 'AAAA', '::1', 60);
  dns.addRecordWithTtl(0, 'cdn.io', 'A', '10.0.0.1', 30);
  return dns;
}

describe('DNS L4: backup and restore with remaining TTL', () => {
  it('backs up at 40 and returns 1: only example.com has alive records', () => {
    expect(l4State().backup(40)).toBe(1);
  });

  it('stores remaining TTL, not absolute expiry, and leaves the dead cdn.io out', () => {
    const dns = l4State();
    dns.backup(40);
    expect(dns.backups).toEqual([
      [40, { 'example.com': { A: { ip: '1.2.3.4', remaining_ttl: null }, AAAA: { ip: '::1', remaining_ttl: 20 } } }],
    ]);
  });

  it('does not change records when backing up', () => {
    const dns = l4State();
    const before = JSON.stringify(dns.records);
    dns.backup(40);
    expect(JSON.stringify(dns.records)).toBe(before);
  });

  it('restores at 200 from 40, returning the string "1" and recomputing expiry as 220', () => {
    const dns = l4State();
    dns.backup(40);
    expect(dns.restore(200, 40)).toBe('1');
    expect(dns.records).toEqual({ 'example.com': { A: { ip: '1.2.3.4', expiry: null }, AAAA: { ip: '::1', expiry: 220 } } });
  });

  it('returns "" and leaves records alone when no backup is at or before the target (derived: restore(200, 39))', () => {
    const dns = l4State();
    dns.backup(40);
    const before = JSON.stringify(dns.records);
    expect(dns.restore(200, 39)).toBe('');
    expect(JSON.stringify(dns.records)).toBe(before);
  });

  it('picks the latest backup at or before the target', () => {
    const dns = new DNSRouter();
    dns.addRecord(0, 'a.com', 'A', '1');
    dns.backup(10);
    dns.addRecord(0, 'b.com', 'A', '2');
    dns.backup(20);
    dns.addRecord(0, 'c.com', 'A', '3');
    dns.backup(30);
    expect(dns.restore(100, 25)).toBe('2');
    expect(dns.listDomains(100)).toEqual(['a.com', 'b.com']);
  });

  it('picks the first appended of two backups with the same timestamp', () => {
    const dns = new DNSRouter();
    dns.addRecord(0, 'a.com', 'A', '1');
    dns.backup(10);
    dns.addRecord(0, 'b.com', 'A', '2');
    dns.backup(10);
    expect(dns.restore(100, 10)).toBe('1');
    expect(dns.listDomains(100)).toEqual(['a.com']);
  });

  it('keeps the backup list after a restore, so it can be restored again', () => {
    const dns = l4State();
    dns.backup(40);
    dns.restore(200, 40);
    dns.addRecord(201, 'example.com', 'A', '9.9.9.9');
    expect(dns.backups).toHaveLength(1);
    expect(dns.restore(300, 40)).toBe('1');
    expect(dns.resolve(300, 'example.com', 'A')).toBe('1.2.3.4');
    expect(dns.records['example.com']!['AAAA']).toEqual({ ip: '::1', expiry: 320 });
  });

  it('keeps the snapshot independent of later writes to records', () => {
    const dns = l4State();
    dns.backup(40);
    dns.addRecord(41, 'example.com', 'A', '6.6.6.6');
    dns.records['example.com']!['AAAA']!.ip = 'mutated';
    expect(dns.backups[0]![1]['example.com']).toEqual({ A: { ip: '1.2.3.4', remaining_ttl: null }, AAAA: { ip: '::1', remaining_ttl: 20 } });
  });

  it('backs up an empty store as 0 and restores it as "0" (gap: from the code)', () => {
    const dns = new DNSRouter();
    expect(dns.backup(5)).toBe(0);
    dns.addRecord(6, 'a.com', 'A', '1');
    expect(dns.restore(10, 5)).toBe('0');
    expect(dns.records).toEqual({});
  });

  it('returns "" when there are no backups at all', () => {
    expect(new DNSRouter().restore(10, 10)).toBe('');
  });
});
