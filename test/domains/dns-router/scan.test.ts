import { describe, expect, it } from 'vitest';
import { DNSRouter } from '../../../src/domains/dns-router/index.ts';
import { introBook } from './helpers.ts';

describe('DNS L2: scanRecords and listDomains', () => {
  it('scans the intro example.com as "A(1.2.3.4), AAAA(::1)"', () => {
    expect(introBook().scanRecords(10, 'example.com')).toBe('A(1.2.3.4), AAAA(::1)');
  });

  it('lists the intro domains sorted, as a list, at any time before 3000', () => {
    const dns = introBook();
    for (const t of [0, 1500, 2999]) expect(dns.listDomains(t)).toEqual(['cdn.io', 'example.com', 'mail.org']);
  });

  it('drops mail.org from the list at 3000, when its only record dies', () => {
    expect(introBook().listDomains(3000)).toEqual(['cdn.io', 'example.com']);
  });

  it('sorts types in Python string order (upper case before lower case), not locale order', () => {
    const dns = new DNSRouter();
    dns.addRecord(0, 'a.com', 'txt', 't');
    dns.addRecord(0, 'a.com', 'MX', 'm');
    dns.addRecord(0, 'a.com', 'A', '1');
    expect(dns.scanRecords(0, 'a.com')).toBe('A(1), MX(m), txt(t)');
  });

  it('scans a missing domain to ""', () => {
    expect(introBook().scanRecords(10, 'nowhere.net')).toBe('');
  });

  it('lists nothing for an empty router', () => {
    expect(new DNSRouter().listDomains(0)).toEqual([]);
  });

  it('sorts domains in Python string order', () => {
    const dns = new DNSRouter();
    for (const domain of ['b.com', 'B.com', 'a.com']) dns.addRecord(0, domain, 'A', '1');
    expect(dns.listDomains(0)).toEqual(['B.com', 'a.com', 'b.com']);
  });
});
