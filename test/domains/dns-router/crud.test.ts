import { describe, expect, it } from 'vitest';
import { DNSRouter } from '../../../src/domains/dns-router/index.ts';
import { introBook } from './helpers.ts';

describe('DNS L1: addRecord, resolve, deleteRecord', () => {
  it('resolves the intro example.com A record to its IP', () => {
    expect(introBook().resolve(10, 'example.com', 'A')).toBe('1.2.3.4');
  });

  it('resolves a missing type of an existing domain to ""', () => {
    expect(introBook().resolve(10, 'example.com', 'MX')).toBe('');
  });

  it('resolves a missing domain to "", never null', () => {
    expect(new DNSRouter().resolve(0, 'nowhere.net', 'A')).toBe('');
  });

  it('returns null from addRecord, also when it overwrites', () => {
    const dns = new DNSRouter();
    expect(dns.addRecord(0, 'a.com', 'A', '1')).toBeNull();
    expect(dns.addRecord(1, 'a.com', 'A', '2')).toBeNull();
    expect(dns.resolve(2, 'a.com', 'A')).toBe('2');
  });

  it('makes a TTL record permanent when addRecord overwrites it', () => {
    const dns = new DNSRouter();
    dns.addRecordWithTtl(0, 'a.com', 'A', '1', 5);
    dns.addRecord(1, 'a.com', 'A', '2');
    expect(dns.records['a.com']!['A']).toEqual({ ip: '2', expiry: null });
    expect(dns.resolve(1000, 'a.com', 'A')).toBe('2');
  });

  it('keeps the first position of an overwritten type (insertion order)', () => {
    const dns = new DNSRouter();
    dns.addRecord(0, 'a.com', 'MX', 'm');
    dns.addRecord(0, 'a.com', 'A', '1');
    dns.addRecord(0, 'a.com', 'MX', 'm2');
    expect(Object.keys(dns.records['a.com']!)).toEqual(['MX', 'A']);
  });

  it('deletes a record and reports true, keeping the rest of the domain', () => {
    const dns = introBook();
    expect(dns.deleteRecord(10, 'example.com', 'AAAA')).toBe(true);
    expect(dns.records['example.com']).toEqual({ A: { ip: '1.2.3.4', expiry: null } });
  });

  it('deletes the domain with its last record', () => {
    const dns = introBook();
    dns.deleteRecord(10, 'example.com', 'A');
    dns.deleteRecord(10, 'example.com', 'AAAA');
    expect(Object.keys(dns.records)).toEqual(['cdn.io', 'mail.org']);
  });

  it('returns false when deleting a missing domain or type', () => {
    const dns = introBook();
    expect(dns.deleteRecord(10, 'nowhere.net', 'A')).toBe(false);
    expect(dns.deleteRecord(10, 'example.com', 'TXT')).toBe(false);
  });

  it('treats "constructor" and "__proto__" as plain domain and type names', () => {
    const dns = new DNSRouter();
    expect(dns.resolve(0, 'constructor', 'toString')).toBe('');
    dns.addRecord(0, '__proto__', 'constructor', '1.1.1.1');
    expect(dns.resolve(0, '__proto__', 'constructor')).toBe('1.1.1.1');
    expect(dns.listDomains(0)).toEqual(['__proto__']);
  });
});
