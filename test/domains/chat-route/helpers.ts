import type { Random } from '../../../src/core/random.ts';
import type { RecordingTracer } from '../../../src/core/tracer.ts';
import { ChatRouter, chatRouteDescriptor } from '../../../src/domains/chat-route/index.ts';
import type { AssignOp, ChatOp, ChatOpResult } from '../../../src/domains/chat-route/index.ts';
import type { VirtualClock } from '../../../src/engines/event-loop/index.ts';
import { bound } from '../harness.ts';

export { d, lockedKeys, peakPermits, permitOwners } from '../harness.ts';

/** A fresh ChatRouter bound to an event-loop engine on a virtual clock, with a recording tracer. */
export function boundRouter(): { router: ChatRouter; clock: VirtualClock; tracer: RecordingTracer } {
  const { system: router, clock, tracer } = bound(new ChatRouter());
  return { router, clock, tracer };
}

/** The router's public state as plain data. */
export function stateOf(router: ChatRouter): unknown {
  return chatRouteDescriptor.state(router);
}

const SERVERS = ['srv_a', 'srv_b', 'srv_c', 'srv_x', 's1'];
const REQUESTS = ['h0', 'h1', 'r1', 'r2', 'r3', 'r4', 'r5', '7', '12', 'ghost'];

/** Seed a few servers (some with replicas or a small limit) and requests assigned at distinct times. */
export function seedRouter(router: ChatRouter, random: Random): void {
  for (const name of SERVERS) {
    if (random.chance(0.3)) continue;
    if (random.chance(0.3)) router.addServerWithReplicas(0, name, random.int(1, 3));
    else router.addServer(0, name);
    if (random.chance(0.5)) router.setMemoryLimit(0, name, random.int(0, 100));
  }
  REQUESTS.forEach((requestId, i) => {
    if (random.chance(0.5)) router.assignRequest(i + 1, requestId, random.int(1, 60));
  });
}

/** A random batch over hot requests, integer-like ids, missing ids, big sizes and unknown types. */
export function randomBatch(random: Random, size: number): ChatOp[] {
  return Array.from({ length: size }, (): ChatOp => {
    const request_id = random.chance(0.5) ? random.pick(['h0', 'h1']) : random.pick(REQUESTS);
    const roll = random.next();
    if (roll < 0.45) return { type: 'assign', request_id, size_mb: random.chance(0.2) ? random.int(60, 150) : random.int(0, 40) };
    if (roll < 0.7) return { type: 'route', request_id };
    if (roll < 0.93) return { type: 'remove', request_id };
    return { type: 'bogus', request_id };
  });
}

/** The sequential reference: each op through the sync L1–L4 methods, one after another. */
export function applySequentially(router: ChatRouter, timestamp: number, ops: readonly ChatOp[]): ChatOpResult[] {
  return ops.map((op) => {
    if (op.type === 'assign') return router.assignRequest(timestamp, op.request_id, (op as AssignOp).size_mb);
    if (op.type === 'route') return router.routeRequest(timestamp, op.request_id);
    if (op.type !== 'remove') return null;
    // The manual writes remove inline, with no L1–L4 method of its own.
    if (!(op.request_id in router.requests)) return false;
    delete router.requests[op.request_id];
    delete router.request_sizes[op.request_id];
    delete router.request_access[op.request_id];
    return true;
  });
}
