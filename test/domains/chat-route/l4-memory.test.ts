import { describe, expect, it } from 'vitest';
import { ChatRouter } from '../../../src/domains/chat-route/index.ts';
import { d } from './helpers.ts';

/** One server, srv_a, so every request lands there whatever its hash. */
function single(): ChatRouter {
  const router = new ChatRouter();
  router.addServer(0, 'srv_a');
  return router;
}

/** srv_a limited to 50 MB, holding r1 (30 MB, @1) and r2 (20 MB, @2): an exact fit. */
function exactFit(): ChatRouter {
  const router = single();
  router.setMemoryLimit(0, 'srv_a', 50);
  router.assignRequest(1, 'r1', 30);
  router.assignRequest(2, 'r2', 20);
  return router;
}

describe('ChatRoute L4 memory limits and while-loop eviction', () => {
  it('evicts r1 then r2 to fit a 100 MB request under 120 MB (the worked example)', () => {
    const router = single();
    expect(router.assignRequest(1, 'r1', 30)).toBe('srv_a');
    expect(router.assignRequest(2, 'r2', 50)).toBe('srv_a');
    expect(router.setMemoryLimit(2, 'srv_a', 120)).toBe(true);
    expect(router.getMemoryUsed(2, 'srv_a')).toBe(80);
    expect(router.assignRequest(3, 'r3', 100)).toBe('srv_a');
    expect(router.requests).toEqual(d({ r3: 'srv_a' }));
    expect(router.request_sizes).toEqual(d({ r3: 100 }));
    expect(router.request_access).toEqual(d({ r3: 3 }));
    expect(router.getMemoryUsed(3, 'srv_a')).toBe(100);
  });

  it('evicts r1 when r2 (50 MB) would not fit beside it under 50 MB (the manual state)', () => {
    const router = single();
    router.setMemoryLimit(0, 'srv_a', 50);
    expect(router.assignRequest(1, 'r1', 30)).toBe('srv_a');
    expect(router.assignRequest(2, 'r2', 50)).toBe('srv_a');
    expect(router.requests).toEqual(d({ r2: 'srv_a' }));
    expect(router.request_sizes).toEqual(d({ r2: 50 }));
  });

  it('evicts all five 20 MB requests to fit a 100 MB one under 100 MB', () => {
    const router = single();
    for (let i = 1; i <= 5; i++) router.assignRequest(i, `s${i}`, 20);
    router.setMemoryLimit(6, 'srv_a', 100);
    expect(router.assignRequest(7, 'big', 100)).toBe('srv_a');
    expect(router.requests).toEqual(d({ big: 'srv_a' }));
    expect(router.request_sizes).toEqual(d({ big: 100 }));
  });

  it('stops evicting as soon as the request fits', () => {
    const router = single();
    for (let i = 1; i <= 5; i++) router.assignRequest(i, `s${i}`, 20);
    router.setMemoryLimit(6, 'srv_a', 100);
    router.assignRequest(7, 'mid', 50);
    expect(Object.keys(router.requests).sort()).toEqual(['mid', 's4', 's5']);
    expect(router.getMemoryUsed(7, 'srv_a')).toBe(90);
  });

  it('reads a limit: 50 when set, 0 for a missing server, -1 when never set', () => {
    const router = exactFit();
    expect(router.getMemoryLimit(3, 'srv_a')).toBe(50);
    expect(router.getMemoryLimit(3, 'zz')).toBe(0);
    expect(router.setMemoryLimit(3, 'zz', 5)).toBe(false);
    router.addServer(3, 'srv_b');
    expect(router.getMemoryLimit(3, 'srv_b')).toBe(-1);
  });

  it('allows an exact fit: 30 + 20 = 50 evicts nothing', () => {
    const router = exactFit();
    expect(router.requests).toEqual(d({ r1: 'srv_a', r2: 'srv_a' }));
    expect(router.getMemoryUsed(2, 'srv_a')).toBe(50);
  });

  it('evicts as soon as one MB more would not fit', () => {
    const router = exactFit();
    router.assignRequest(3, 'r3', 1);
    expect(router.requests).toEqual(d({ r2: 'srv_a', r3: 'srv_a' }));
  });

  it('does not evict for a request already on the server, keeps its size and refreshes its access', () => {
    const router = exactFit();
    expect(router.assignRequest(3, 'r1', 999)).toBe('srv_a');
    expect(router.requests).toEqual(d({ r1: 'srv_a', r2: 'srv_a' }));
    expect(router.request_sizes).toEqual(d({ r1: 30, r2: 20 }));
    expect(router.request_access).toEqual(d({ r1: 3, r2: 2 }));
  });

  it('stores an oversize request after evicting everything: used 80 over a 50 MB limit', () => {
    const router = single();
    router.setMemoryLimit(0, 'srv_a', 50);
    router.assignRequest(1, 'r1', 30);
    expect(router.assignRequest(2, 'r2', 80)).toBe('srv_a');
    expect(router.requests).toEqual(d({ r2: 'srv_a' }));
    expect(router.getMemoryUsed(2, 'srv_a')).toBe(80);
  });

  it('evicts the oldest session by hand, from all three maps', () => {
    const router = exactFit();
    expect(router.evictOldestSession(3, 'srv_a')).toBe('r1');
    expect(router.requests).toEqual(d({ r2: 'srv_a' }));
    expect(router.request_sizes).toEqual(d({ r2: 20 }));
    expect(router.request_access).toEqual(d({ r2: 2 }));
  });

  it('evicts nothing from a missing server or an empty one', () => {
    const router = single();
    expect(router.evictOldestSession(1, 'zz')).toBeNull();
    expect(router.evictOldestSession(1, 'srv_a')).toBeNull();
  });

  it('reports memory used in MB, and 0 for a missing server', () => {
    const router = exactFit();
    expect(router.getMemoryUsed(3, 'srv_a')).toBe(50);
    expect(router.getMemoryUsed(3, 'zz')).toBe(0);
  });

  it('forgets the limit of a removed server, so srv_a re-added is unlimited', () => {
    const router = exactFit();
    expect(router.removeServer(3, 'srv_a')).toBe(true);
    expect(router.memory_limits).toEqual(d({}));
    router.addServer(4, 'srv_a');
    expect(router.getMemoryLimit(4, 'srv_a')).toBe(-1);
  });

  it('breaks an access-time tie by insertion order, even for integer-like ids', () => {
    const router = single();
    router.assignRequest(1, '10', 5);
    router.assignRequest(1, '9', 5);
    // A plain object lists "9" before "10"; the Python dict lists "10" first, as inserted.
    expect(router.evictOldestSession(2, 'srv_a')).toBe('10');
  });
});
