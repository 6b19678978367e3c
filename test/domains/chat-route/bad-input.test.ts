import { describe, it } from 'vitest';
import type { ChatRouter } from '../../../src/domains/chat-route/index.ts';
import { boundRouter, stateOf } from './helpers.ts';
import { call, rejecter } from '../harness.ts';

/** A router with servers, a limit and requests, so any change would show. */
function seeded(): ChatRouter {
  const { router } = boundRouter();
  router.addServer(0, 'srv_a');
  router.addServerWithReplicas(0, 'srv_c', 3);
  router.setMemoryLimit(0, 'srv_a', 60);
  router.assignRequest(1, 'r1', 30);
  router.assignRequest(2, 'r4', 20);
  return router;
}

/** Call `run` on a seeded router and check it fails with `expected` and leaves the state alone. */
const rejects = rejecter(seeded, stateOf);

describe('ChatRoute bad input', () => {
  it('rejects a batch that is not an array', async () => {
    await rejects((router) => call(router, 'batchRequests', 3, null), { field: 'operations' });
  });

  it('rejects an op that is not an object, naming its index', async () => {
    await rejects((router) => call(router, 'batchRequests', 3, [{ type: 'route', request_id: 'r1' }, 7]), { field: 'op', index: 1 });
  });

  it('rejects an assign op missing its size, before the valid op ahead of it runs', async () => {
    const ops = [{ type: 'remove', request_id: 'r1' }, { type: 'assign', request_id: 'r9' }];
    await rejects((router) => call(router, 'batchRequests', 3, ops), { field: 'size_mb', index: 1 });
  });

  it('rejects an assign op with a fractional or negative size', async () => {
    await rejects((router) => call(router, 'batchRequests', 3, [{ type: 'assign', request_id: 'r9', size_mb: 2.5 }]), { field: 'size_mb', index: 0 });
    const ops = [{ type: 'remove', request_id: 'r1' }, { type: 'assign', request_id: 'r9', size_mb: -5 }];
    await rejects((router) => call(router, 'batchRequests', 3, ops), { field: 'size_mb', index: 1 });
  });

  it('rejects an op whose request_id is not a string', async () => {
    await rejects((router) => call(router, 'batchRequests', 3, [{ type: 'route', request_id: ['r1'] }]), { field: 'request_id', index: 0 });
  });

  it('rejects an op of unknown type with no request_id', async () => {
    await rejects((router) => call(router, 'batchRequests', 3, [{ type: 'migrate' }]), { field: 'request_id', index: 0 });
  });

  it('rejects a non-integer batch timestamp', async () => {
    await rejects((router) => call(router, 'batchRequests', Number.NaN, []), { field: 'timestamp' });
  });

  it('rejects maxConcurrent 0 and 1.5', async () => {
    const transfers = [{ source: 'srv_a', destination: 'srv_c', bandwidth_mb: 1 }];
    await rejects((router) => call(router, 'replicateSessions', 3, transfers, 0), { field: 'maxConcurrent' });
    await rejects((router) => call(router, 'replicateSessions', 3, transfers, 1.5), { field: 'maxConcurrent' });
  });

  it('rejects a transfer whose bandwidth is a string, naming its index', async () => {
    const transfers = [{ source: 'srv_a', destination: 'srv_c', bandwidth_mb: 1 }, { source: 'srv_a', destination: 'srv_c', bandwidth_mb: '10' }];
    await rejects((router) => call(router, 'replicateSessions', 3, transfers, 1), { field: 'bandwidth_mb', index: 1 });
  });

  it('rejects a transfer missing its destination', async () => {
    await rejects((router) => call(router, 'replicateSessions', 3, [{ source: 'srv_a', bandwidth_mb: 1 }], 1), { field: 'destination', index: 0 });
  });

  it('rejects a negative size on a direct assignment', async () => {
    await rejects((router) => call(router, 'assignRequest', 3, 'r9', -1), { field: 'sizeMb' });
  });

  it('rejects a non-string server name', async () => {
    await rejects((router) => call(router, 'removeServer', 3, undefined), { field: 'serverName' });
  });

  it('rejects a memory limit below -1, even for a missing server', async () => {
    await rejects((router) => call(router, 'setMemoryLimit', 3, 'zz', -7), { field: 'maxMb' });
  });

  it('rejects a replica count of -1', async () => {
    await rejects((router) => call(router, 'addServerWithReplicas', 3, 'srv_z', -1), { field: 'numReplicas' });
  });

  it('rejects a timestamp given as a string', async () => {
    await rejects((router) => call(router, 'assignRequest', '3', 'r9', 5), { field: 'timestamp' });
  });
});
