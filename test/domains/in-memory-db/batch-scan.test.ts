import { describe, expect, it } from 'vitest';
import { boundDb, peakPermits, permitOwners } from './helpers.ts';

function withUsers(): ReturnType<typeof boundDb> {
  const bound = boundDb();
  bound.db.set(0, 'u1', 'name', 'alice');
  bound.db.set(0, 'u2', 'name', 'bob');
  return bound;
}

describe('InMemDB L6: batchScan (all-sleep)', () => {
  it('scans every key into a dict, "" for a missing key', async () => {
    const { db } = withUsers();
    expect(await db.batchScan(0, ['u1', 'u2', 'nokey'], 2)).toEqual({ u1: 'name(alice)', u2: 'name(bob)', nokey: '' });
  });

  it('takes two rounds of 10 ms for 3 keys at maxConcurrent 2, missing key included', async () => {
    const { db, clock, tracer } = withUsers();
    const start = clock.now();
    await db.batchScan(0, ['u1', 'u2', 'nokey'], 2);
    expect(clock.now() - start).toBe(20);
    expect(permitOwners(tracer)).toEqual(['item 0', 'item 1', 'item 2']);
    expect(peakPermits(tracer)).toBe(2);
  });

  it('sleeps for all four keys at maxConcurrent 1: 40 ms', async () => {
    const { db, clock, tracer } = withUsers();
    const start = clock.now();
    const result = await db.batchScan(0, ['u1', 'nokey', 'nokey2', 'u2'], 1);
    expect(result).toEqual({ u1: 'name(alice)', nokey: '', nokey2: '', u2: 'name(bob)' });
    expect(clock.now() - start).toBe(40);
    expect(permitOwners(tracer)).toHaveLength(4);
    expect(peakPermits(tracer)).toBe(1);
  });

  it('runs the cross-domain example over alice and bob rows', async () => {
    const { db } = boundDb();
    db.set(0, 'alice', 'name', 'Alice');
    db.set(0, 'alice', 'age', '25');
    db.set(0, 'bob', 'name', 'Bob');
    expect(await db.batchScan(0, ['alice', 'bob', 'nokey'], 2)).toEqual({ alice: 'age(25), name(Alice)', bob: 'name(Bob)', nokey: '' });
  });

  it('builds the dict in input order and keeps the first position of a repeated key', async () => {
    const { db, tracer } = withUsers();
    const result = await db.batchScan(0, ['u2', 'nokey', 'u2', 'u1'], 3);
    expect(Object.keys(result)).toEqual(['u2', 'nokey', 'u1']);
    expect(result).toEqual({ u2: 'name(bob)', nokey: '', u1: 'name(alice)' });
    expect(permitOwners(tracer)).toHaveLength(4);
  });

  it('returns a null-prototype dict, so a key like "constructor" is a plain entry', async () => {
    const { db } = withUsers();
    const result = await db.batchScan(0, ['constructor'], 1);
    expect(Object.getPrototypeOf(result)).toBeNull();
    expect(result['constructor']).toBe('');
  });

  it('ignores TTL: an expired cell is still scanned', async () => {
    const { db } = boundDb();
    db.setAtWithTtl(10, 'u1', 'cache', 'c1', 20);
    expect(await db.batchScan(999, ['u1'], 1)).toEqual({ u1: 'cache(c1)' });
  });

  it('meets ceil(keys / maxConcurrent) × 10 ms for every item count and limit', async () => {
    for (const [count, limit] of [[1, 1], [5, 2], [6, 3], [7, 10]] as const) {
      const { db, clock, tracer } = withUsers();
      const keys = Array.from({ length: count }, (_, i) => (i % 2 === 0 ? 'u1' : `missing${i}`));
      await db.batchScan(0, keys, limit);
      expect(clock.now(), `${count}/${limit}`).toBe(Math.ceil(count / limit) * 10);
      expect(permitOwners(tracer)).toHaveLength(count);
    }
  });

  it('returns an empty dict for no keys without sleeping', async () => {
    const { db, clock } = withUsers();
    expect(await db.batchScan(0, [], 1)).toEqual({});
    expect(clock.now()).toBe(0);
  });
});

describe('InMemDB L6: batchScanFailFast (the manual alternative)', () => {
  it('returns the same dict as batchScan', async () => {
    const { db } = withUsers();
    expect(await db.batchScanFailFast(0, ['u1', 'nokey', 'nokey2', 'u2'], 1)).toEqual({ u1: 'name(alice)', nokey: '', nokey2: '', u2: 'name(bob)' });
  });

  it('sleeps only for existing keys: 20 ms at maxConcurrent 1', async () => {
    const { db, clock } = withUsers();
    await db.batchScanFailFast(0, ['u1', 'nokey', 'nokey2', 'u2'], 1);
    expect(clock.now()).toBe(20);
  });

  it('never gives a missing key a permit', async () => {
    const { db, tracer } = withUsers();
    await db.batchScanFailFast(0, ['u1', 'nokey', 'nokey2', 'u2'], 1);
    expect(permitOwners(tracer)).toEqual(['item 0', 'item 3']);
  });

  it('meets ceil(existing / maxConcurrent) × 10 ms', async () => {
    const { db, clock, tracer } = withUsers();
    const keys = ['u1', 'x', 'u2', 'y', 'u1', 'z', 'u2'];
    await db.batchScanFailFast(0, keys, 2);
    expect(clock.now()).toBe(Math.ceil(4 / 2) * 10);
    expect(permitOwners(tracer)).toEqual(['item 0', 'item 2', 'item 4', 'item 6']);
  });

  it('takes no time when every key is missing', async () => {
    const { db, clock, tracer } = withUsers();
    expect(await db.batchScanFailFast(0, ['a', 'b'], 1)).toEqual({ a: '', b: '' });
    expect(clock.now()).toBe(0);
    expect(permitOwners(tracer)).toEqual([]);
  });
});
