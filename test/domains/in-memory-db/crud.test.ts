import { describe, expect, it } from 'vitest';
import { InMemoryDB } from '../../../src/domains/in-memory-db/index.ts';

function seeded(): InMemoryDB {
  const db = new InMemoryDB();
  db.set(0, 'user1', 'name', 'alice');
  db.set(0, 'user1', 'email', 'a@b.com');
  db.set(0, 'user2', 'name', 'bob');
  return db;
}

describe('InMemDB L1: set, get, delete', () => {
  it('set returns null', () => {
    const db = new InMemoryDB();
    expect(db.set(0, 'user1', 'name', 'alice')).toBeNull();
  });

  it('set builds the nested key → field → cell table without expiry', () => {
    expect(seeded().data).toEqual({
      user1: { name: { value: 'alice', expiry: null }, email: { value: 'a@b.com', expiry: null } },
      user2: { name: { value: 'bob', expiry: null } },
    });
  });

  it('set overwrites a cell and clears its TTL', () => {
    const db = new InMemoryDB();
    db.setAtWithTtl(10, 'u1', 'name', 'old', 5);
    db.set(0, 'u1', 'name', 'new');
    expect(db.data['u1']!['name']).toEqual({ value: 'new', expiry: null });
  });

  it('get returns the stored value', () => {
    expect(seeded().get(0, 'user1', 'name')).toBe('alice');
  });

  it('get returns an empty string for a missing field', () => {
    expect(seeded().get(0, 'user1', 'zz')).toBe('');
  });

  it('get returns an empty string for a missing key', () => {
    expect(seeded().get(0, 'nokey', 'name')).toBe('');
  });

  it('get ignores TTL and still reads an expired cell', () => {
    const db = new InMemoryDB();
    db.setAtWithTtl(10, 'u1', 'cache', 'c1', 20);
    expect(db.get(999, 'u1', 'cache')).toBe('c1');
  });

  it('delete returns false for a missing field', () => {
    expect(seeded().delete(0, 'user1', 'zz')).toBe(false);
  });

  it('delete of the last field returns true and removes the row entirely', () => {
    const db = seeded();
    expect(db.delete(0, 'user2', 'name')).toBe(true);
    expect('user2' in db.data).toBe(false);
  });

  it('delete of an already deleted field returns false', () => {
    const db = seeded();
    db.delete(0, 'user2', 'name');
    expect(db.delete(0, 'user2', 'name')).toBe(false);
  });

  it('delete of one field keeps the rest of the row', () => {
    const db = seeded();
    expect(db.delete(0, 'user1', 'email')).toBe(true);
    expect(db.data['user1']).toEqual({ name: { value: 'alice', expiry: null } });
  });

  it('delete ignores TTL and removes an expired cell', () => {
    const db = new InMemoryDB();
    db.setAtWithTtl(10, 'u1', 'cache', 'c1', 20);
    expect(db.delete(999, 'u1', 'cache')).toBe(true);
    expect(db.data).toEqual({});
  });

  it('treats keys like "__proto__" and "constructor" as plain keys', () => {
    const db = new InMemoryDB();
    db.set(0, '__proto__', 'constructor', 'x');
    expect(db.get(0, '__proto__', 'constructor')).toBe('x');
    expect(db.get(0, 'constructor', 'name')).toBe('');
    expect(db.delete(0, 'toString', 'x')).toBe(false);
  });
});
