import { describe, expect, it } from 'vitest';
import { ASSIGNMENTS_KEY, TRACK_KEY, type ChatRouter } from '../../../src/domains/chat-route/index.ts';
import { boundRouter, lockedKeys, peakPermits, permitOwners, stateOf } from './helpers.ts';

/** The manual's L6 state on the real hash: srv_a holds r4 (50) + r5 (30) = 80 MB, srv_b holds r1 (20). */
function manualState(): ReturnType<typeof boundRouter> {
  const bound = boundRouter();
  const { router } = bound;
  router.addServer(0, 'srv_a');
  router.addServer(0, 'srv_b');
  router.assignRequest(1, 'r4', 50);
  router.assignRequest(2, 'r5', 30);
  router.assignRequest(3, 'r1', 20);
  return bound;
}

const replicate = (router: ChatRouter, transfers: [string, string, number][], maxConcurrent: number): Promise<boolean[]> =>
  router.replicateSessions(4, transfers.map(([source, destination, bandwidth_mb]) => ({ source, destination, bandwidth_mb })), maxConcurrent);

describe('ChatRoute L6 replication (fail-fast + bandwidth)', () => {
  it('reproduces the manual state: r4 and r5 on srv_a (80 MB), r1 on srv_b (20 MB)', () => {
    const { router } = manualState();
    expect(router.getMemoryUsed(4, 'srv_a')).toBe(80);
    expect(router.getMemoryUsed(4, 'srv_b')).toBe(20);
  });

  it('replicates srv_a at 50 MB and fails 100 MB and missing sources: [true, false, false, false]', async () => {
    const { router, clock } = manualState();
    const results = await replicate(
      router,
      [
        ['srv_a', 'srv_b', 50],
        ['srv_a', 'srv_b', 100],
        ['srv_c', 'srv_b', 1],
        ['srv_x', 'srv_b', 10],
      ],
      2,
    );
    expect(results).toEqual([true, false, false, false]);
    expect(clock.now()).toBe(10);
  });

  it('passes when memory used equals the bandwidth: 80 of 80, and fails 20 of 21', async () => {
    const { router } = manualState();
    expect(await replicate(router, [['srv_a', 'srv_b', 80], ['srv_b', 'srv_a', 21]], 2)).toEqual([true, false]);
  });

  it('fails a missing destination', async () => {
    const { router } = manualState();
    expect(await replicate(router, [['srv_a', 'zz', 1]], 1)).toEqual([false]);
  });

  it('gives a permit only to transfers that pass all three checks', async () => {
    const { router, tracer } = manualState();
    await replicate(router, [['srv_c', 'srv_b', 1], ['srv_a', 'srv_b', 50], ['srv_a', 'zz', 1], ['srv_a', 'srv_b', 100], ['srv_b', 'srv_a', 20]], 2);
    expect(permitOwners(tracer)).toEqual(['item 1', 'item 4']);
  });

  it('takes no permit and no time when every transfer fails', async () => {
    const { router, clock, tracer } = manualState();
    expect(await replicate(router, [['srv_a', 'srv_b', 500], ['zz', 'srv_a', 0]], 1)).toEqual([false, false]);
    expect(permitOwners(tracer)).toEqual([]);
    expect(clock.now()).toBe(0);
  });

  it('runs valid transfers at most maxConcurrent at a time: 3 valid on 1 permit take 30 ms', async () => {
    const { router, clock, tracer } = manualState();
    await replicate(router, [['srv_a', 'srv_b', 1], ['srv_b', 'srv_a', 1], ['zz', 'srv_a', 1], ['srv_a', 'srv_a', 80]], 1);
    expect(clock.now()).toBe(30);
    expect(peakPermits(tracer)).toBe(1);
  });

  it('checks under the source server’s lock, with the track and assignments it reads', async () => {
    const { router, tracer } = manualState();
    await replicate(router, [['srv_a', 'srv_b', 1], ['srv_x', 'srv_b', 1]], 1);
    const locked = lockedKeys(tracer);
    // The two checks come first; the core then runs the valid item's `after` under its lock too.
    const under = (server: string): string[] => [ASSIGNMENTS_KEY, TRACK_KEY, `server:${server}`];
    expect(locked.slice(0, 2)).toEqual([under('srv_a'), under('srv_x')]);
    expect(locked.slice(2)).toEqual([under('srv_a')]);
  });

  it('changes nothing in the state', async () => {
    const { router } = manualState();
    const before = stateOf(router);
    await replicate(router, [['srv_a', 'srv_b', 50], ['srv_c', 'srv_b', 1]], 2);
    expect(stateOf(router)).toEqual(before);
  });
});
