import { describe, expect, it } from 'vitest';
import { ChatRouter } from '../../../src/domains/chat-route/index.ts';
import { d } from './helpers.ts';

/** srv_a (16) and srv_b (57) with r1 30, r2 50, r3 20 on srv_b and r4 10 on srv_a. */
function withRequests(): ChatRouter {
  const router = new ChatRouter();
  router.addServer(0, 'srv_a');
  router.addServer(0, 'srv_b');
  router.assignRequest(2, 'r1', 30);
  router.assignRequest(3, 'r2', 50);
  router.assignRequest(4, 'r3', 20);
  router.assignRequest(5, 'r4', 10);
  return router;
}

describe('ChatRoute L1 server management (real hash)', () => {
  it('adds srv_a and srv_b, and refuses srv_a again', () => {
    const router = new ChatRouter();
    expect(router.addServer(0, 'srv_a')).toBe(true);
    expect(router.addServer(0, 'srv_b')).toBe(true);
    expect(router.addServer(0, 'srv_a')).toBe(false);
    expect(router.servers).toEqual(d({ srv_a: { replicas: 1, positions: [16] }, srv_b: { replicas: 1, positions: [57] } }));
  });

  it('routes r1 (42) to srv_b at 57', () => {
    const router = new ChatRouter();
    router.addServer(0, 'srv_a');
    router.addServer(0, 'srv_b');
    expect(router.routeRequest(1, 'r1')).toBe('srv_b');
  });

  it('routes r4 (91) past the last server, wrapping to srv_a', () => {
    const router = new ChatRouter();
    router.addServer(0, 'srv_a');
    router.addServer(0, 'srv_b');
    expect(router.routeRequest(1, 'r4')).toBe('srv_a');
  });

  it('records nothing when routing', () => {
    const router = new ChatRouter();
    router.addServer(0, 'srv_a');
    router.routeRequest(1, 'r1');
    expect(router.requests).toEqual(d({}));
    expect(router.request_sizes).toEqual(d({}));
  });

  it('counts servers: 2', () => {
    const router = new ChatRouter();
    router.addServer(0, 'srv_a');
    router.addServer(0, 'srv_b');
    expect(router.getServerCount(1)).toBe(2);
  });

  it('moves every request to srv_a when srv_b leaves, and refuses removing it twice', () => {
    const router = withRequests();
    expect(router.removeServer(7, 'srv_b')).toBe(true);
    expect(router.requests).toEqual(d({ r1: 'srv_a', r2: 'srv_a', r3: 'srv_a', r4: 'srv_a' }));
    expect(router.getServerLoad(7, 'srv_a')).toBe(110);
    expect(router.removeServer(7, 'srv_b')).toBe(false);
  });

  it('routes to null and assigns nothing on an empty track', () => {
    const router = new ChatRouter();
    expect(router.routeRequest(0, 'r1')).toBeNull();
    expect(router.assignRequest(0, 'r1', 5)).toBeNull();
    expect(router.requests).toEqual(d({}));
    expect(router.request_sizes).toEqual(d({}));
    expect(router.request_access).toEqual(d({}));
  });

  it('forgets the requests dropped when the last server leaves, sizes and access times included', () => {
    const router = new ChatRouter();
    router.addServer(0, 'srv_a');
    router.assignRequest(1, 'r1', 30);
    router.removeServer(2, 'srv_a');
    expect(router.requests).toEqual(d({}));
    expect(router.request_sizes).toEqual(d({}));
    expect(router.request_access).toEqual(d({}));
    router.addServer(3, 'srv_a');
    router.assignRequest(4, 'r1', 80);
    expect(router.request_sizes).toEqual(d({ r1: 80 }));
  });
});

describe('ChatRoute L2 request sizes and load (real hash)', () => {
  it('assigns r1–r3 to srv_b and r4 to srv_a', () => {
    const router = new ChatRouter();
    router.addServer(0, 'srv_a');
    router.addServer(0, 'srv_b');
    expect(router.assignRequest(2, 'r1', 30)).toBe('srv_b');
    expect(router.assignRequest(3, 'r2', 50)).toBe('srv_b');
    expect(router.assignRequest(4, 'r3', 20)).toBe('srv_b');
    expect(router.assignRequest(5, 'r4', 10)).toBe('srv_a');
    expect(router.request_sizes).toEqual(d({ r1: 30, r2: 50, r3: 20, r4: 10 }));
    expect(router.request_access).toEqual(d({ r1: 2, r2: 3, r3: 4, r4: 5 }));
  });

  it('sums MB, not counts: srv_a 10, srv_b 100, a missing server 0', () => {
    const router = withRequests();
    expect(router.getServerLoad(6, 'srv_a')).toBe(10);
    expect(router.getServerLoad(6, 'srv_b')).toBe(100);
    expect(router.getServerLoad(6, 'zz')).toBe(0);
  });

  it('ranks servers by MB: topServers(5) is srv_b(100), srv_a(10)', () => {
    expect(withRequests().topServers(6, 5)).toEqual(['srv_b(100)', 'srv_a(10)']);
  });

  it('keeps only the first n: topServers(1) is srv_b(100)', () => {
    expect(withRequests().topServers(6, 1)).toEqual(['srv_b(100)']);
  });

  it('ranks servers holding nothing too, ties by name', () => {
    const router = new ChatRouter();
    router.addServer(0, 'srv_b');
    router.addServer(0, 'srv_a');
    expect(router.topServers(1, 5)).toEqual(['srv_a(0)', 'srv_b(0)']);
  });

  it('lists servers sorted by name', () => {
    expect(withRequests().listServers(6)).toEqual(['srv_a', 'srv_b']);
  });

  it('keeps the first size of a request assigned again, refreshing only its access time', () => {
    const router = new ChatRouter();
    router.addServer(0, 'srv_a');
    router.assignRequest(1, 'r1', 30);
    expect(router.assignRequest(5, 'r1', 999)).toBe('srv_a');
    expect(router.request_sizes).toEqual(d({ r1: 30 }));
    expect(router.request_access).toEqual(d({ r1: 5 }));
  });
});

describe('ChatRoute L3 replicas (real hash)', () => {
  function withReplicas(): ChatRouter {
    const router = new ChatRouter();
    router.addServer(0, 'srv_a');
    router.addServerWithReplicas(1, 'srv_c', 3);
    return router;
  }

  it('places srv_c at 67, 83 and 66', () => {
    const router = new ChatRouter();
    router.addServer(0, 'srv_a');
    expect(router.addServerWithReplicas(1, 'srv_c', 3)).toBe(true);
    expect(router.servers['srv_c']).toEqual({ replicas: 3, positions: [67, 83, 66] });
  });

  it('reports replica counts: srv_c 3, srv_a 1, a missing server 0', () => {
    const router = withReplicas();
    expect(router.getReplicaCount(1, 'srv_c')).toBe(3);
    expect(router.getReplicaCount(1, 'srv_a')).toBe(1);
    expect(router.getReplicaCount(1, 'zz')).toBe(0);
  });

  it('refuses a replica server whose name is taken', () => {
    const router = withReplicas();
    expect(router.addServerWithReplicas(1, 'srv_a', 2)).toBe(false);
    expect(router.servers['srv_a']).toEqual({ replicas: 1, positions: [16] });
  });

  it('routes r1 (42) to srv_c at 66', () => {
    expect(withReplicas().routeRequest(2, 'r1')).toBe('srv_c');
  });

  it('routes assigned requests again when replicas join', () => {
    const router = new ChatRouter();
    router.addServer(0, 'srv_a');
    router.assignRequest(1, 'r1', 30);
    expect(router.requests).toEqual(d({ r1: 'srv_a' }));
    router.addServerWithReplicas(2, 'srv_c', 3);
    expect(router.requests).toEqual(d({ r1: 'srv_c' }));
    expect(router.getServerLoad(2, 'srv_c')).toBe(30);
  });
});
