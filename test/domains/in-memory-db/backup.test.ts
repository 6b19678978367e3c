import { describe, expect, it } from 'vitest';
import { InMemoryDB } from '../../../src/domains/in-memory-db/index.ts';
import { l3State } from './helpers.ts';

describe('InMemDB L4: backup and restore with remaining TTL', () => {
  it('backup counts only rows with an alive cell', () => {
    expect(l3State().backup(40)).toBe(1);
  });

  it('backup stores remaining TTL and skips dead cells', () => {
    const db = l3State();
    db.backup(40);
    expect(db.backups).toEqual([[40, { u1: { name: { value: 'alice', remaining_ttl: null }, session: { value: 's1', remaining_ttl: 20 } } }]]);
  });

  it('restore recomputes expiry from the restore timestamp and returns the count as a string', () => {
    const db = l3State();
    db.backup(40);
    expect(db.restore(200, 40)).toBe('1');
    expect(db.data).toEqual({ u1: { name: { value: 'alice', expiry: null }, session: { value: 's1', expiry: 220 } } });
  });

  it('restore returns an empty string when no backup is at or before the target', () => {
    const db = l3State();
    db.backup(40);
    expect(db.restore(200, 39)).toBe('');
    expect(db.data['u1']!['cache']).toEqual({ value: 'c1', expiry: 30 });
  });

  it('restore leaves the backups list unchanged', () => {
    const db = l3State();
    db.backup(40);
    const before = structuredClone(db.backups);
    db.restore(200, 40);
    db.set(0, 'u1', 'name', 'changed');
    expect(db.backups).toEqual(before);
  });

  it('stores remaining TTL 3000 for a token expiring at 8000 backed up at 5000', () => {
    const db = new InMemoryDB();
    db.set(0, 'user1', 'name', 'alice');
    db.setAtWithTtl(1000, 'user1', 'token', 'abc', 7000);
    db.backup(5000);
    expect(db.backups[0]![1]).toEqual({ user1: { name: { value: 'alice', remaining_ttl: null }, token: { value: 'abc', remaining_ttl: 3000 } } });
  });

  it('restore picks the latest backup at or before the target', () => {
    const db = new InMemoryDB();
    db.set(0, 'a', 'f', '1');
    db.backup(10);
    db.set(0, 'b', 'f', '2');
    db.backup(20);
    db.set(0, 'c', 'f', '3');
    db.backup(30);
    expect(db.restore(100, 25)).toBe('2');
    expect(Object.keys(db.data)).toEqual(['a', 'b']);
  });

  it('restore on equal backup timestamps keeps the earlier-appended backup', () => {
    const db = new InMemoryDB();
    db.set(0, 'a', 'f', 'first');
    db.backup(10);
    db.set(0, 'a', 'f', 'second');
    db.backup(10);
    db.restore(50, 10);
    expect(db.get(0, 'a', 'f')).toBe('first');
  });

  it('backup of an empty or fully expired database returns 0 and restore then gives "0"', () => {
    const db = new InMemoryDB();
    db.setAtWithTtl(0, 'k', 'f', 'v', 5);
    expect(db.backup(5)).toBe(0);
    expect(db.restore(6, 5)).toBe('0');
    expect(db.data).toEqual({});
  });

  it('a restored cell does not share objects with its backup', () => {
    const db = l3State();
    db.backup(40);
    db.restore(200, 40);
    db.data['u1']!['name']!.value = 'mutated';
    expect(db.backups[0]![1]['u1']!['name']!.value).toBe('alice');
  });
});
