import { describe, expect, it } from 'vitest';
import { InMemoryDB } from '../../../src/domains/in-memory-db/index.ts';

function seeded(order: readonly string[]): InMemoryDB {
  const values: Record<string, string> = { addr_city: 'NYC', addr_zip: '10001', name: 'alice' };
  const db = new InMemoryDB();
  for (const field of order) db.set(0, 'user1', field, values[field]!);
  return db;
}

describe('InMemDB L2: scan and scanByPrefix', () => {
  const db = seeded(['addr_city', 'addr_zip', 'name']);

  it('scan lists every field sorted as "field(value)" joined by ", "', () => {
    expect(db.scan(0, 'user1')).toBe('addr_city(NYC), addr_zip(10001), name(alice)');
  });

  it('scan output is sorted whatever the insertion order', () => {
    expect(seeded(['name', 'addr_city', 'addr_zip']).scan(0, 'user1')).toBe('addr_city(NYC), addr_zip(10001), name(alice)');
  });

  it('scanByPrefix keeps only the fields starting with the prefix', () => {
    expect(db.scanByPrefix(0, 'user1', 'addr_')).toBe('addr_city(NYC), addr_zip(10001)');
  });

  it('scanByPrefix returns an empty string when no field matches', () => {
    expect(db.scanByPrefix(0, 'user1', 'zz')).toBe('');
  });

  it('scan returns an empty string for a missing key', () => {
    expect(db.scan(0, 'nokey')).toBe('');
  });

  it('scanByPrefix returns an empty string for a missing key', () => {
    expect(db.scanByPrefix(0, 'nokey', 'a')).toBe('');
  });

  it('scan sorts by code unit, not by locale', () => {
    const mixed = new InMemoryDB();
    for (const field of ['b', 'B', 'a', '_']) mixed.set(0, 'k', field, field);
    expect(mixed.scan(0, 'k')).toBe('B(B), _(_), a(a), b(b)');
  });

  it('scan ignores TTL and shows expired cells', () => {
    const ttl = new InMemoryDB();
    ttl.setAtWithTtl(10, 'u1', 'cache', 'c1', 20);
    expect(ttl.scan(999, 'u1')).toBe('cache(c1)');
    expect(ttl.scanByPrefix(999, 'u1', 'ca')).toBe('cache(c1)');
  });
});
