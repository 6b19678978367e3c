import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../../src/core/dict.ts';
import { Random } from '../../../src/core/random.ts';
import { ASSIGNMENTS_KEY, ChatRouter, TRACK_KEY } from '../../../src/domains/chat-route/index.ts';
import { applySequentially, boundRouter, d, lockedKeys, randomBatch, seedRouter, stateOf } from './helpers.ts';

describe('ChatRoute L5 batch', () => {
  it('assigns, routes and removes on srv_a limited to 100 MB: ["srv_a", "srv_a", "srv_a", true]', async () => {
    const { router } = boundRouter();
    router.addServer(0, 'srv_a');
    router.setMemoryLimit(0, 'srv_a', 100);
    const results = await router.batchRequests(1, [
      { type: 'assign', request_id: 'r1', size_mb: 50 },
      { type: 'assign', request_id: 'r2', size_mb: 30 },
      { type: 'route', request_id: 'r3' },
      { type: 'remove', request_id: 'r1' },
    ]);
    expect(results).toEqual(['srv_a', 'srv_a', 'srv_a', true]);
    expect(router.requests).toEqual(d({ r2: 'srv_a' }));
    expect(router.request_sizes).toEqual(d({ r2: 30 }));
    expect(router.request_access).toEqual(d({ r2: 1 }));
  });

  it('answers false to removing a request that is not assigned', async () => {
    const { router } = boundRouter();
    router.addServer(0, 'srv_a');
    expect(await router.batchRequests(1, [{ type: 'remove', request_id: 'r9' }])).toEqual([false]);
  });

  it('answers null to assign and route with no server', async () => {
    const { router } = boundRouter();
    const results = await router.batchRequests(1, [
      { type: 'assign', request_id: 'r1', size_mb: 5 },
      { type: 'route', request_id: 'r1' },
    ]);
    expect(results).toEqual([null, null]);
    expect(router.requests).toEqual(d({}));
  });

  it('answers null to an unknown op type and changes nothing', async () => {
    const { router } = boundRouter();
    router.addServer(0, 'srv_a');
    expect(await router.batchRequests(1, [{ type: 'migrate', request_id: 'r1' }])).toEqual([null]);
    expect(router.requests).toEqual(d({}));
  });

  it('evicts through the L4 assignment: a 90 MB request pushes out the older ones', async () => {
    const { router } = boundRouter();
    router.addServer(0, 'srv_a');
    router.setMemoryLimit(0, 'srv_a', 100);
    const results = await router.batchRequests(1, [
      { type: 'assign', request_id: 'r1', size_mb: 50 },
      { type: 'assign', request_id: 'r2', size_mb: 30 },
      { type: 'assign', request_id: 'r3', size_mb: 90 },
    ]);
    expect(results).toEqual(['srv_a', 'srv_a', 'srv_a']);
    expect(router.requests).toEqual(d({ r3: 'srv_a' }));
  });

  it('locks each op on its own request id, and the track and assignments it reads or changes', async () => {
    const { router, tracer } = boundRouter();
    router.addServer(0, 'srv_a');
    await router.batchRequests(1, [
      { type: 'assign', request_id: 'a', size_mb: 1 },
      { type: 'route', request_id: 'b' },
      { type: 'remove', request_id: 'a' },
      { type: 'bogus', request_id: 'c' },
    ]);
    const locked = lockedKeys(tracer);
    // Sorted: the NUL-led reserved keys come first.
    expect(locked).toEqual([
      [ASSIGNMENTS_KEY, TRACK_KEY, 'request:a'],
      [TRACK_KEY, 'request:b'],
      [ASSIGNMENTS_KEY, 'request:a'],
      ['request:c'],
    ]);
  });

  it('equals running the ops one by one in input order, on 200 seeded batches', async () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = new Random(seed);
      const { router } = boundRouter();
      seedRouter(router, random);
      const reference = new ChatRouter();
      reference.servers = deepCopy(router.servers);
      reference.memory_limits = deepCopy(router.memory_limits);
      // Replay the seed assignments so the reference has the same insertion order, not just the same dicts.
      for (const [id, ts] of Object.entries(router.request_access).sort(([, a], [, b]) => a - b)) {
        reference.assignRequest(ts, id, router.request_sizes[id]!);
      }
      expect(stateOf(reference)).toEqual(stateOf(router));
      const ops = randomBatch(random, random.int(1, 40));
      const results = await router.batchRequests(100, ops);
      expect(results, `seed ${seed}`).toEqual(applySequentially(reference, 100, ops));
      expect(stateOf(router), `seed ${seed}`).toEqual(stateOf(reference));
    }
  });
});
