import { describe, expect, it } from 'vitest';
import { ChatRouter } from '../../../src/domains/chat-route/index.ts';
import { buildRing, replicaPositions, ringPosition } from '../../../src/domains/hashring/index.ts';

/** Every position the ChatRoute spec computes with `compute_position` (Hashring's md5 formula). */
const POSITIONS: Record<string, number> = {
  srv_a: 16,
  srv_b: 57,
  srv_c: 99,
  srv_x: 13,
  srv_c_0: 67,
  srv_c_1: 83,
  srv_c_2: 66,
  r1: 42,
  r2: 56,
  r3: 34,
  r4: 91,
  r5: 89,
  r8: 9,
};

describe('ChatRoute compute_position', () => {
  for (const [name, position] of Object.entries(POSITIONS)) {
    it(`places "${name}" at ${position}`, () => {
      expect(ringPosition(name)).toBe(position);
    });
  }

  it('places srv_c’s three replicas at 67, 83 and 66', () => {
    expect(replicaPositions('srv_c', 3)).toEqual([67, 83, 66]);
  });

  it('builds the track sorted by position: srv_a at 16, srv_b at 57', () => {
    const router = new ChatRouter();
    router.addServer(0, 'srv_a');
    router.addServer(0, 'srv_b');
    expect(buildRing(router.servers)).toEqual([
      [16, 'srv_a'],
      [57, 'srv_b'],
    ]);
  });

  it('routes r8 (9) to the first server, srv_a at 16, and r5 (89) past the last, wrapping to it', () => {
    const router = new ChatRouter();
    router.addServer(0, 'srv_a');
    router.addServer(0, 'srv_b');
    expect(router.routeRequest(1, 'r8')).toBe('srv_a');
    expect(router.routeRequest(1, 'r5')).toBe('srv_a');
    expect(router.routeRequest(1, 'r2')).toBe('srv_b');
  });

  it('routes a request to a server at 99, the last position, without wrapping', () => {
    const router = new ChatRouter();
    router.addServer(0, 'srv_c');
    router.addServer(0, 'srv_x');
    expect(router.routeRequest(1, 'r4')).toBe('srv_c');
    expect(router.routeRequest(1, 'r8')).toBe('srv_x');
  });
});
