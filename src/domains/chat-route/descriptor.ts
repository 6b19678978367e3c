import type { DomainDescriptor } from '../../core/domain.ts';
import type { Random } from '../../core/random.ts';
import { ChatRouter } from './chat-router.ts';
import type { ChatOp, SessionTransfer } from './types.ts';

const SERVERS = ['srv_a', 'srv_b', 'srv_c', 'srv_d', 'srv_e', 'srv_f', 'srv_g', 'srv_h', 'srv_i', 'srv_j', 'srv_k', 'srv_l', 'srv_m', 'srv_n', 'srv_o', 'srv_p'];
/** Requests the batch draws from; the first few get half of all ops, so their locks are contended. */
const REQUESTS = Array.from({ length: 24 }, (_, i) => `r${i}`);
const HOT = 3;
/** After every seed assignment, so the batch's assignments are the most recent. */
const BATCH_TS = 1_000;

/** Put 8–16 servers on the track (some with replicas), limit a few, and assign some requests. */
function seedRouter(router: ChatRouter, random: Random): string[] {
  const servers = SERVERS.slice(0, random.int(8, SERVERS.length));
  for (const name of servers) {
    if (random.chance(0.3)) router.addServerWithReplicas(1, name, random.int(2, 4));
    else router.addServer(1, name);
  }
  for (const name of servers) if (random.chance(0.4)) router.setMemoryLimit(2, name, random.int(0, 120));
  REQUESTS.forEach((requestId, i) => {
    if (random.chance(0.5)) router.assignRequest(10 + i, requestId, random.int(5, 60));
  });
  return servers;
}

/** A server on the track, sometimes one that is not (the transfer then fails fast). */
function pickServer(random: Random, servers: readonly string[]): string {
  return random.chance(0.15) ? 'srv_ghost' : random.pick(servers);
}

/** One replication: bandwidths around what servers hold, so the load check passes and fails. */
function randomTransfer(random: Random, servers: readonly string[]): SessionTransfer {
  return { source: pickServer(random, servers), destination: pickServer(random, servers), bandwidth_mb: random.int(0, 120) };
}

function pickRequest(random: Random): string {
  if (random.chance(0.05)) return 'ghost';
  return random.chance(0.5) ? random.pick(REQUESTS.slice(0, HOT)) : random.pick(REQUESTS);
}

function randomOp(random: Random): ChatOp {
  const roll = random.next();
  const request_id = pickRequest(random);
  // Mostly modest sizes, sometimes one big enough to evict several requests.
  const size_mb = random.chance(0.15) ? random.int(80, 200) : random.int(1, 50);
  if (roll < 0.45) return { type: 'assign', request_id, size_mb };
  if (roll < 0.7) return { type: 'route', request_id };
  if (roll < 0.93) return { type: 'remove', request_id };
  return { type: 'migrate', request_id };
}

/** Run a small L5 batch and a small L6 call on `router`, as lines for a person. */
async function tour(router: ChatRouter): Promise<string[]> {
  router.addServer(1, 'srv_a');
  router.addServer(1, 'srv_b');
  router.setMemoryLimit(1, 'srv_b', 100);
  const ops: ChatOp[] = [
    { type: 'assign', request_id: 'r1', size_mb: 50 },
    { type: 'assign', request_id: 'r2', size_mb: 30 },
    { type: 'assign', request_id: 'r3', size_mb: 60 },
    { type: 'route', request_id: 'r4' },
    { type: 'remove', request_id: 'r2' },
  ];
  const batch = await router.batchRequests(2, ops);
  const transfers: SessionTransfer[] = [
    { source: 'srv_b', destination: 'srv_a', bandwidth_mb: 50 },
    { source: 'srv_b', destination: 'srv_a', bandwidth_mb: 500 },
    { source: 'srv_x', destination: 'srv_a', bandwidth_mb: 1 },
  ];
  const start = performance.now();
  const sent = await router.replicateSessions(3, transfers, 2);
  const elapsed = performance.now() - start;
  const valid = sent.filter(Boolean).length;
  return [
    'Track: srv_a at 16, srv_b at 57 (limit 100 MB); r1 at 42, r2 at 56, r3 at 34, r4 at 91 (wraps to srv_a)',
    `L5 batch [assign r1 50, assign r2 30, assign r3 60, route r4, remove r2]: ${JSON.stringify(batch)}`,
    `  r3 evicts r1 (the oldest) to fit under 100 MB; srv_b now holds ${router.getMemoryUsed(2, 'srv_b')} MB`,
    `L6 fail-fast [srv_b→srv_a 50 MB, srv_b→srv_a 500 MB, srv_x→srv_a 1 MB]: ${JSON.stringify(sent)}`,
    `  ${transfers.length} items, ${valid} valid, 2 permits: ${elapsed.toFixed(1)} ms (theory ${Math.ceil(valid / 2) * 10} ms)`,
  ];
}

/** ChatRoute for the CLI, the tour and the benchmarks. */
export const chatRouteDescriptor: DomainDescriptor<ChatRouter> = {
  name: 'chat-route',
  title: 'ChatRoute',
  levels: [1, 2, 3, 4, 5, 6],
  engines: ['event-loop', 'workers'],
  create: () => new ChatRouter(),
  async runScenario(router, random, size) {
    seedRouter(router, random);
    const input = Array.from({ length: size }, () => randomOp(random));
    const results = await router.batchRequests(BATCH_TS, input);
    return { input, results };
  },
  async runExternalScenario(router, random, size) {
    const servers = seedRouter(router, random);
    const input = Array.from({ length: size }, () => randomTransfer(random, servers));
    const maxConcurrent = random.int(1, 8);
    const results = await router.replicateSessions(BATCH_TS, input, maxConcurrent);
    return { input: { transfers: input, maxConcurrent }, results };
  },
  tour,
  state: (router) =>
    JSON.parse(
      JSON.stringify({
        servers: router.servers,
        requests: router.requests,
        request_access: router.request_access,
        request_sizes: router.request_sizes,
        memory_limits: router.memory_limits,
      }),
    ) as unknown,
};
