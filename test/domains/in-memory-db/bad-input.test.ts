import { describe, it } from 'vitest';
import type { InMemoryDB } from '../../../src/domains/in-memory-db/index.ts';
import { boundDb } from './helpers.ts';
import { call, rejecter } from '../harness.ts';

/** A system with TTL cells and a backup, so any change to either would show. */
function seeded(): InMemoryDB {
  const { db } = boundDb();
  db.set(0, 'u1', 'name', 'alice');
  db.setAtWithTtl(0, 'u1', 'session', 's1', 50);
  db.backup(10);
  return db;
}

/** Call `run` on a seeded system and check it fails with `expected` and leaves the state alone. */
const rejects = rejecter(seeded, (db) => ({ data: db.data, backups: db.backups }));

describe('InMemDB bad input', () => {
  it('rejects a batch that is not an array', async () => {
    await rejects((db) => call(db, 'batchOperations', 0, { type: 'set' }), { field: 'operations' });
  });

  it('rejects an op that is not an object, naming its index', async () => {
    await rejects((db) => call(db, 'batchOperations', 0, [{ type: 'scan', key: 'u1' }, 'set']), { field: 'op', index: 1 });
  });

  it('rejects a set op missing its value, before the valid op ahead of it runs', async () => {
    const ops = [
      { type: 'delete', key: 'u1', field: 'name' },
      { type: 'set', key: 'u1', field: 'name' },
    ];
    await rejects((db) => call(db, 'batchOperations', 0, ops), { field: 'value', index: 1 });
  });

  it('rejects a get op whose key is not a string', async () => {
    await rejects((db) => call(db, 'batchOperations', 0, [{ type: 'get', key: 7, field: 'name' }]), { field: 'key', index: 0 });
  });

  it('rejects a delete op whose field is null', async () => {
    await rejects((db) => call(db, 'batchOperations', 0, [{ type: 'delete', key: 'u1', field: null }]), { field: 'field', index: 0 });
  });

  it('rejects an op whose type is not a string', async () => {
    await rejects((db) => call(db, 'batchOperations', 0, [{ type: 3, key: 'u1' }]), { field: 'type', index: 0 });
  });

  it('rejects a batch with a non-integer timestamp', async () => {
    await rejects((db) => call(db, 'batchOperations', 1.5, [{ type: 'delete', key: 'u1', field: 'name' }]), { field: 'timestamp' });
  });

  it('rejects batchScan with maxConcurrent 0', async () => {
    await rejects((db) => db.batchScan(0, ['u1'], 0), { field: 'maxConcurrent' });
  });

  it('rejects batchScanFailFast with maxConcurrent 1.5', async () => {
    await rejects((db) => db.batchScanFailFast(0, ['u1'], 1.5), { field: 'maxConcurrent' });
  });

  it('rejects batchScan keys that are not all strings', async () => {
    await rejects((db) => call(db, 'batchScan', 0, ['u1', 5], 1), { field: 'keys' });
  });

  it('rejects batchScan with a string timestamp', async () => {
    await rejects((db) => call(db, 'batchScan', '0', ['u1'], 1), { field: 'timestamp' });
  });

  it('rejects set with a non-string value', async () => {
    await rejects((db) => call(db, 'set', 0, 'u1', 'name', 42), { field: 'value' });
  });

  it('rejects delete with a missing field argument', async () => {
    await rejects((db) => call(db, 'delete', 0, 'u1'), { field: 'field' });
  });

  it('rejects get with a non-integer timestamp even though it ignores it', async () => {
    await rejects((db) => call(db, 'get', Number.NaN, 'u1', 'name'), { field: 'timestamp' });
  });

  it('rejects setAtWithTtl with a string ttl', async () => {
    await rejects((db) => call(db, 'setAtWithTtl', 0, 'u1', 'name', 'x', '5'), { field: 'ttl' });
  });

  it('rejects scanByPrefixAt with a non-string prefix', async () => {
    await rejects((db) => call(db, 'scanByPrefixAt', 0, 'u1', undefined), { field: 'prefix' });
  });

  it('rejects backup with a fractional timestamp', async () => {
    await rejects((db) => db.backup(10.5), { field: 'timestamp' });
  });

  it('rejects restore with a non-integer backup timestamp', async () => {
    await rejects((db) => db.restore(100, Number.POSITIVE_INFINITY), { field: 'backupTimestamp' });
  });
});
