import { describe, expect, it } from 'vitest';
import { PartitionCache } from '../../../../src/engines/workers/state/partition-cache.ts';
import { PartitionStore, SharedStateFullError } from '../../../../src/engines/workers/state/partition-store.ts';

describe('partition store', () => {
  it('rebuilds a partition from its chain, and a second cache catches up from where it was', () => {
    const store = PartitionStore.create(2, 1 << 16);
    store.append(0, [{ op: 'set', path: [], value: { balance: 1, history: [] } }]);
    const first = new PartitionCache(store);
    const second = new PartitionCache(store);
    expect(first.load(0)).toEqual({ balance: 1, history: [] });
    expect(second.load(0)).toEqual({ balance: 1, history: [] });
    const offset = store.append(0, [{ op: 'set', path: ['balance'], value: 2 }, { op: 'push', path: ['history'], items: [[1, 2]] }]);
    const mine = first.load(0) as { balance: number; history: unknown[] };
    mine.balance = 2;
    mine.history.push([1, 2]);
    first.remember(0, offset, mine);
    expect(store.version(0)).toBe(2);
    expect(second.load(0)).toEqual({ balance: 2, history: [[1, 2]] });
    expect(store.version(1)).toBe(0);
    expect(first.load(1)).toBeUndefined();
  });

  it('keeps unicode text intact across the byte arena', () => {
    const store = PartitionStore.create(1, 1 << 12);
    store.append(0, [{ op: 'set', path: [], value: { 單1: 'é€😀' } }]);
    expect(new PartitionCache(store).load(0)).toEqual({ 單1: 'é€😀' });
  });

  it('says so when the arena is full', () => {
    const store = PartitionStore.create(1, 64);
    expect(() => store.append(0, [{ op: 'set', path: [], value: 'x'.repeat(100) }])).toThrow(SharedStateFullError);
  });
});
