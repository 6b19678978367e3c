import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../../src/core/dict.ts';
import { Random } from '../../../src/core/random.ts';
import { InMemoryDB } from '../../../src/domains/in-memory-db/index.ts';
import type { DbOp } from '../../../src/domains/in-memory-db/index.ts';
import { applySequentially, boundDb, randomBatch, seedRows } from './helpers.ts';
import { lockedKeys } from '../harness.ts';

describe('InMemDB L5: batchOperations', () => {
  it('runs the manual example: set, get, delete of a missing field', async () => {
    const { db } = boundDb();
    db.set(0, 'u2', 'y', 'other');
    const ops: DbOp[] = [
      { type: 'set', key: 'u1', field: 'name', value: 'alice' },
      { type: 'get', key: 'u1', field: 'name' },
      { type: 'delete', key: 'u2', field: 'x' },
    ];
    expect(await db.batchOperations(0, ops)).toEqual([null, 'alice', false]);
  });

  it('returns scan strings and delete booleans through the L1/L2 methods', async () => {
    const { db } = boundDb();
    db.set(0, 'u1', 'b', '2');
    db.set(0, 'u1', 'a', '1');
    const ops: DbOp[] = [
      { type: 'scan', key: 'u1' },
      { type: 'delete', key: 'u1', field: 'a' },
      { type: 'scan', key: 'u1' },
      { type: 'scan', key: 'nokey' },
    ];
    expect(await db.batchOperations(0, ops)).toEqual(['a(1), b(2)', true, 'b(2)', '']);
  });

  it('gives null for an unknown op type, with or without a key', async () => {
    const { db } = boundDb();
    const ops = [{ type: 'incr', key: 'u1' }, { type: 'flush' }, { type: 'noop', key: 42 }];
    expect(await db.batchOperations(0, ops)).toEqual([null, null, null]);
    expect(db.data).toEqual({});
  });

  it('runs ops on one key in input order', async () => {
    const { db } = boundDb();
    const ops: DbOp[] = [
      { type: 'set', key: 'k', field: 'f', value: '1' },
      { type: 'get', key: 'k', field: 'f' },
      { type: 'delete', key: 'k', field: 'f' },
      { type: 'get', key: 'k', field: 'f' },
      { type: 'delete', key: 'k', field: 'f' },
    ];
    expect(await db.batchOperations(0, ops)).toEqual([null, '1', true, '', false]);
  });

  it('locks the top-level key, not the field, and a keyless op takes the "" lock', async () => {
    const { db, tracer } = boundDb();
    const ops: DbOp[] = [
      { type: 'set', key: 'u1', field: 'a', value: '1' },
      { type: 'get', key: 'u1', field: 'b' },
      { type: 'unknown' },
    ];
    await db.batchOperations(0, ops);
    expect(lockedKeys(tracer)).toEqual([['u1'], ['u1'], ['']]);
  });

  it('ignores TTL: expired cells are visible to batch get and scan', async () => {
    const { db } = boundDb();
    db.setAtWithTtl(10, 'u1', 'cache', 'c1', 20);
    const ops: DbOp[] = [
      { type: 'get', key: 'u1', field: 'cache' },
      { type: 'scan', key: 'u1' },
    ];
    expect(await db.batchOperations(999, ops)).toEqual(['c1', 'cache(c1)']);
  });

  it('returns an empty list for an empty batch', async () => {
    const { db } = boundDb();
    expect(await db.batchOperations(0, [])).toEqual([]);
  });

  it('equals the ops run one by one through L1/L2 in input order, for 200 seeds', async () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = new Random(seed);
      const { db } = boundDb();
      seedRows(db, random);
      const reference = new InMemoryDB();
      reference.data = deepCopy(db.data);
      const ops = randomBatch(random, random.int(1, 40));
      const results = await db.batchOperations(50, ops);
      expect(results, `seed ${seed}`).toEqual(applySequentially(reference, 50, ops));
      expect(db.data, `seed ${seed}`).toEqual(reference.data);
    }
  });
});
