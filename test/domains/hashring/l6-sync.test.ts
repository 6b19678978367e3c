import { describe, expect, it } from 'vitest';
import { RING_KEY, type HashRing } from '../../../src/domains/hashring/index.ts';
import { boundRing, lockedKeys, peakPermits, permitOwners, stateOf } from './helpers.ts';

/** node_a and node_c exist ("zz" does not), with a stored key, so any change would show. */
function twoNodes(): ReturnType<typeof boundRing> {
  const bound = boundRing();
  bound.ring.addNode(0, 'node_a');
  bound.ring.addNodeWithReplicas(0, 'node_c', 3);
  bound.ring.storeKey(1, 'key1');
  return bound;
}

const sync = (ring: HashRing, pairs: [string, string][], maxConcurrent: number): Promise<boolean[]> =>
  ring.syncReplicas(11, pairs.map(([source_node, dest_node]) => ({ source_node, dest_node })), maxConcurrent);

describe('Hashring L6 replica sync (fail-fast)', () => {
  it('syncs node_a → node_c and fails a missing destination or source: [true, false, false]', async () => {
    const { ring, clock } = twoNodes();
    const start = clock.now();
    const results = await sync(ring, [['node_a', 'node_c'], ['node_a', 'zz'], ['zz', 'node_a']], 1);
    expect(results).toEqual([true, false, false]);
    expect(clock.now() - start).toBe(10);
  });

  it('gives a permit only to requests whose nodes both exist', async () => {
    const { ring, tracer } = twoNodes();
    await sync(ring, [['zz', 'node_a'], ['node_a', 'node_c'], ['node_c', 'zz'], ['node_c', 'node_a']], 2);
    expect(permitOwners(tracer)).toEqual(['item 1', 'item 3']);
  });

  it('takes no permit and no time when every request fails', async () => {
    const { ring, clock, tracer } = twoNodes();
    const results = await sync(ring, [['zz', 'node_a'], ['node_a', 'yy']], 1);
    expect(results).toEqual([false, false]);
    expect(permitOwners(tracer)).toEqual([]);
    expect(clock.now()).toBe(0);
  });

  it('runs valid syncs at most maxConcurrent at a time: 5 valid on 2 permits take ceil(5/2)·10 ms', async () => {
    const { ring, clock, tracer } = twoNodes();
    const pairs: [string, string][] = [['node_a', 'node_c'], ['zz', 'node_a'], ['node_c', 'node_a'], ['node_a', 'node_a'], ['node_c', 'node_c'], ['node_a', 'node_c']];
    const results = await sync(ring, pairs, 2);
    expect(results).toEqual([true, false, true, true, true, true]);
    expect(clock.now()).toBe(30);
    expect(peakPermits(tracer)).toBe(2);
  });

  it('runs every valid sync at once when permits are plenty', async () => {
    const { ring, clock } = twoNodes();
    await sync(ring, [['node_a', 'node_c'], ['node_c', 'node_a'], ['node_a', 'node_a']], 10);
    expect(clock.now()).toBe(10);
  });

  it('changes nothing in the state', async () => {
    const { ring } = twoNodes();
    const before = stateOf(ring);
    await sync(ring, [['node_a', 'node_c'], ['zz', 'node_a']], 1);
    expect(stateOf(ring)).toEqual(before);
  });

  it('takes only the ring’s lock (the manual takes none; worker threads need it to see the ring)', async () => {
    const { ring, tracer } = twoNodes();
    await sync(ring, [['node_a', 'node_c']], 1);
    const locked = lockedKeys(tracer);
    // The check, then the valid item's `after`.
    expect(locked).toEqual([[RING_KEY], [RING_KEY]]);
  });

  it('makes a fresh semaphore per call', async () => {
    const { ring, clock } = twoNodes();
    await Promise.all([sync(ring, [['node_a', 'node_c']], 1), sync(ring, [['node_c', 'node_a']], 1)]);
    expect(clock.now()).toBe(10);
  });
});
