import { describe, it } from 'vitest';
import type { FileSystem } from '../../../src/domains/file-system/index.ts';
import { boundFs, stateOf } from './helpers.ts';
import { call, rejecter } from '../harness.ts';

/** Files with a TTL due at 50 and a backup, so a stray purge or change would show. */
function seeded(): FileSystem {
  const { fs } = boundFs();
  fs.addFile(0, '/a', 10);
  fs.addFileWithTtl(0, '/t', 5, 50);
  fs.backup(1);
  return fs;
}

/** Call `run` on a seeded system and check it fails with `expected` and leaves the state alone. */
const rejects = rejecter(seeded, stateOf);

const DUE = 50;

describe('FileSystem bad input', () => {
  it('rejects ops that are not an array', async () => {
    await rejects((fs) => call(fs, 'batchOperations', DUE, { type: 'delete', path: '/a' }), { field: 'ops' });
  });

  it('rejects an op that is not an object, naming its index', async () => {
    await rejects((fs) => call(fs, 'batchOperations', DUE, [{ type: 'delete', path: '/a' }, null]), { field: 'op', index: 1 });
  });

  it('rejects an add op missing size_kb, before the valid delete ahead of it runs', async () => {
    await rejects((fs) => call(fs, 'batchOperations', DUE, [{ type: 'delete', path: '/a' }, { type: 'add', path: '/b' }]), { field: 'size_kb', index: 1 });
  });

  it('rejects a copy op whose dest is not a string', async () => {
    await rejects((fs) => call(fs, 'batchOperations', DUE, [{ type: 'copy', source: '/a', dest: ['/b'] }]), { field: 'dest', index: 0 });
  });

  it('rejects an add op with a fractional size', async () => {
    await rejects((fs) => call(fs, 'batchOperations', DUE, [{ type: 'add', path: '/b', size_kb: 0.5 }]), { field: 'size_kb', index: 0 });
  });

  it('rejects an op without a type', async () => {
    await rejects((fs) => call(fs, 'batchOperations', DUE, [{ path: '/a' }]), { field: 'type', index: 0 });
  });

  it('rejects a batch with a string timestamp', async () => {
    await rejects((fs) => call(fs, 'batchOperations', '50', []), { field: 'timestamp' });
  });

  it('rejects syncFiles with maxConcurrent 0', async () => {
    await rejects((fs) => fs.syncFiles(DUE, [{ source: '/a', size_kb: 1 }], 0), { field: 'maxConcurrent' });
  });

  it('rejects syncFiles with maxConcurrent 1.5', async () => {
    await rejects((fs) => fs.syncFiles(DUE, [{ source: '/a', size_kb: 1 }], 1.5), { field: 'maxConcurrent' });
  });

  it('rejects a transfer with a string size, naming its index', async () => {
    await rejects((fs) => call(fs, 'syncFiles', DUE, [{ source: '/a', size_kb: 1 }, { source: '/a', size_kb: '1' }], 1), { field: 'size_kb', index: 1 });
  });

  it('rejects a transfer that is not an object', async () => {
    await rejects((fs) => call(fs, 'syncFiles', DUE, ['/a'], 1), { field: 'item', index: 0 });
  });

  it('rejects addFile with a non-string path', async () => {
    await rejects((fs) => call(fs, 'addFile', DUE, 42, 1), { field: 'path' });
  });

  it('rejects addFileWithTtl with a missing ttl', async () => {
    await rejects((fs) => call(fs, 'addFileWithTtl', DUE, '/b', 1), { field: 'ttlMs' });
  });

  it('rejects listFiles with a non-string sort key', async () => {
    await rejects((fs) => call(fs, 'listFiles', DUE, 1), { field: 'sortBy' });
  });

  it('rejects rollback with a fractional timestamp', async () => {
    await rejects((fs) => fs.rollback(10.5), { field: 'timestamp' });
  });

  it('rejects copyFile with an undefined destination', async () => {
    await rejects((fs) => call(fs, 'copyFile', DUE, '/a', undefined), { field: 'dest' });
  });
});
