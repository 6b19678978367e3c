import { describe, it } from 'vitest';
import type { HashRing } from '../../../src/domains/hashring/index.ts';
import { boundRing, stateOf } from './helpers.ts';
import { call, rejecter } from '../harness.ts';

/** A ring with nodes, a capacity and stored keys, so any change would show. */
function seeded(): HashRing {
  const { ring } = boundRing();
  ring.addNode(0, 'node_a');
  ring.addNodeWithReplicas(0, 'node_c', 3);
  ring.setCapacity(0, 'node_a', 1);
  ring.storeKey(1, 'key1');
  ring.storeKey(2, 'key2');
  return ring;
}

/** Call `run` on a seeded ring and check it fails with `expected` and leaves the state alone. */
const rejects = rejecter(seeded, stateOf);

describe('Hashring bad input', () => {
  it('rejects a batch that is not an array', async () => {
    await rejects((ring) => call(ring, 'batchOperations', 3, { type: 'store', key: 'k1' }), { field: 'operations' });
  });

  it('rejects an op that is not an object, naming its index', async () => {
    await rejects((ring) => call(ring, 'batchOperations', 3, [{ type: 'store', key: 'k1' }, 'store']), { field: 'op', index: 1 });
  });

  it('rejects a store op missing its key, before the valid op ahead of it runs', async () => {
    await rejects((ring) => call(ring, 'batchOperations', 3, [{ type: 'remove_key', key: 'key1' }, { type: 'store' }]), { field: 'key', index: 1 });
  });

  it('rejects an op whose key is not a string', async () => {
    await rejects((ring) => call(ring, 'batchOperations', 3, [{ type: 'route', key: 7 }]), { field: 'key', index: 0 });
  });

  it('rejects an op of unknown type with no key', async () => {
    await rejects((ring) => call(ring, 'batchOperations', 3, [{ type: 'bogus' }]), { field: 'key', index: 0 });
  });

  it('rejects an op whose type is not a string', async () => {
    await rejects((ring) => call(ring, 'batchOperations', 3, [{ type: null, key: 'k1' }]), { field: 'type', index: 0 });
  });

  it('rejects a non-integer batch timestamp', async () => {
    await rejects((ring) => call(ring, 'batchOperations', 1.5, [{ type: 'store', key: 'k1' }]), { field: 'timestamp' });
  });

  it('rejects maxConcurrent 0 and 1.5', async () => {
    const requests = [{ source_node: 'node_a', dest_node: 'node_c' }];
    await rejects((ring) => call(ring, 'syncReplicas', 3, requests, 0), { field: 'maxConcurrent' });
    await rejects((ring) => call(ring, 'syncReplicas', 3, requests, 1.5), { field: 'maxConcurrent' });
  });

  it('rejects a sync request missing its dest_node, naming its index', async () => {
    const requests = [{ source_node: 'node_a', dest_node: 'node_c' }, { source_node: 'node_a' }];
    await rejects((ring) => call(ring, 'syncReplicas', 3, requests, 1), { field: 'dest_node', index: 1 });
  });

  it('rejects sync requests that are not an array', async () => {
    await rejects((ring) => call(ring, 'syncReplicas', 3, 'node_a', 1), { field: 'requests' });
  });

  it('rejects a non-string node id', async () => {
    await rejects((ring) => call(ring, 'addNode', 3, 42), { field: 'nodeId' });
  });

  it('rejects a timestamp given as a string', async () => {
    await rejects((ring) => call(ring, 'storeKey', '3', 'k9'), { field: 'timestamp' });
  });

  it('rejects a replica count of 0 or 2.5', async () => {
    await rejects((ring) => call(ring, 'addNodeWithReplicas', 3, 'node_z', 0), { field: 'numReplicas' });
    await rejects((ring) => call(ring, 'addNodeWithReplicas', 3, 'node_z', 2.5), { field: 'numReplicas' });
  });

  it('rejects a capacity below -1 or not an integer, even for a missing node', async () => {
    await rejects((ring) => call(ring, 'setCapacity', 3, 'node_a', -2), { field: 'capacity' });
    await rejects((ring) => call(ring, 'setCapacity', 3, 'zz', '2'), { field: 'capacity' });
  });

  it('rejects a non-integer n for topLoaded', async () => {
    await rejects((ring) => call(ring, 'topLoaded', 3, null), { field: 'n' });
  });
});
