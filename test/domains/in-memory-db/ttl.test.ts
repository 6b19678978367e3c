import { describe, expect, it } from 'vitest';
import { InMemoryDB } from '../../../src/domains/in-memory-db/index.ts';
import { l3State } from './helpers.ts';

describe('InMemDB L3: TTL with an inline check', () => {
  it('setAt stores no expiry and setAtWithTtl stores timestamp + ttl', () => {
    const db = l3State();
    expect(db.data['u1']).toEqual({
      name: { value: 'alice', expiry: null },
      session: { value: 's1', expiry: 60 },
      cache: { value: 'c1', expiry: 30 },
    });
  });

  it('setAt and setAtWithTtl return null', () => {
    const db = new InMemoryDB();
    expect(db.setAt(0, 'k', 'f', 'v')).toBeNull();
    expect(db.setAtWithTtl(0, 'k', 'g', 'v', 5)).toBeNull();
  });

  it('getAt reads a field one tick before its expiry', () => {
    expect(l3State().getAt(59, 'u1', 'session')).toBe('s1');
  });

  it('getAt treats a field as dead at exactly its expiry', () => {
    expect(l3State().getAt(60, 'u1', 'session')).toBe('');
  });

  it('getAt always reads a field without TTL', () => {
    expect(l3State().getAt(999, 'u1', 'name')).toBe('alice');
  });

  it('getAt returns an empty string for a missing key or field', () => {
    const db = l3State();
    expect(db.getAt(0, 'nokey', 'name')).toBe('');
    expect(db.getAt(0, 'u1', 'zz')).toBe('');
  });

  it('scanAt before any expiry shows every field', () => {
    expect(l3State().scanAt(25, 'u1')).toBe('cache(c1), name(alice), session(s1)');
  });

  it('scanAt one tick before the cache expiry still shows it', () => {
    expect(l3State().scanAt(29, 'u1')).toBe('cache(c1), name(alice), session(s1)');
  });

  it('scanAt at the cache expiry skips it', () => {
    expect(l3State().scanAt(30, 'u1')).toBe('name(alice), session(s1)');
  });

  it('scanAt after the cache expiry skips it', () => {
    expect(l3State().scanAt(35, 'u1')).toBe('name(alice), session(s1)');
  });

  it('scanAt returns an empty string for a missing key or a row with no alive field', () => {
    const db = new InMemoryDB();
    db.setAtWithTtl(0, 'k', 'f', 'v', 5);
    expect(db.scanAt(5, 'k')).toBe('');
    expect(db.scanAt(0, 'nokey')).toBe('');
  });

  it('deleteAt cannot delete a dead field and leaves it in data', () => {
    const db = l3State();
    expect(db.deleteAt(35, 'u1', 'cache')).toBe(false);
    expect(db.data['u1']!['cache']).toEqual({ value: 'c1', expiry: 30 });
  });

  it('deleteAt deletes an alive field, and the row with its last field', () => {
    const db = new InMemoryDB();
    db.setAtWithTtl(0, 'k', 'f', 'v', 5);
    expect(db.deleteAt(4, 'k', 'f')).toBe(true);
    expect(db.data).toEqual({});
  });

  it('deleteAt returns false for a missing key or field', () => {
    const db = l3State();
    expect(db.deleteAt(0, 'nokey', 'name')).toBe(false);
    expect(db.deleteAt(0, 'u1', 'zz')).toBe(false);
  });

  it('scanByPrefixAt keeps fields that match the prefix and are alive', () => {
    const db = l3State();
    db.setAtWithTtl(10, 'u1', 'sess_old', 'x', 5);
    expect(db.scanByPrefixAt(20, 'u1', 'sess')).toBe('session(s1)');
    expect(db.scanByPrefixAt(14, 'u1', 'sess')).toBe('sess_old(x), session(s1)');
    expect(db.scanByPrefixAt(60, 'u1', 'sess')).toBe('');
    expect(db.scanByPrefixAt(0, 'nokey', 's')).toBe('');
  });

  it('follows the boundary example: expiry 60 is alive at 59 and dead at 60 and 61', () => {
    const db = new InMemoryDB();
    db.setAtWithTtl(10, 'u1', 's', 'abc', 50);
    expect([59, 60, 61].map((t) => db.getAt(t, 'u1', 's'))).toEqual(['abc', '', '']);
  });

  it('follows the manual timeline for name, session and cache', () => {
    const db = l3State();
    const at = (field: string) => [10, 25, 30, 35, 60, 999].map((t) => db.getAt(t, 'u1', field) !== '');
    expect(at('name')).toEqual([true, true, true, true, true, true]);
    expect(at('session')).toEqual([true, true, true, true, false, false]);
    expect(at('cache')).toEqual([true, true, false, false, false, false]);
  });

  it('never purges: reading dead cells leaves data unchanged', () => {
    const db = l3State();
    db.scanAt(999, 'u1');
    db.getAt(999, 'u1', 'cache');
    expect(Object.keys(db.data['u1']!)).toEqual(['name', 'session', 'cache']);
  });

  it('a zero ttl gives a cell already dead at its own timestamp', () => {
    const db = new InMemoryDB();
    db.setAtWithTtl(10, 'k', 'f', 'v', 0);
    expect(db.getAt(10, 'k', 'f')).toBe('');
  });
});
