import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../../src/core/dict.ts';
import { traceTtlStore, type TtlStoreCall } from '../../../src/lab/state/hand-trace.ts';
import { RollbackEngine } from '../../../src/lab/state/rollback-engine.ts';
import { SnapshotManager } from '../../../src/lab/state/snapshot-manager.ts';
import { TtlStore } from '../../../src/lab/state/ttl-store.ts';
import { callLoosely, expectInvalid } from './helpers.ts';

function seededStore(): TtlStore<string> {
  const store = new TtlStore<string>();
  store.set(0, 'temp', 'v', 600);
  store.backup(180, 'snap1');
  return store;
}

/** Expect the call to throw `InvalidInputError` on `field` and leave `state()` as it was. */
function rejects(target: object, state: () => unknown, field: string, method: string, ...args: unknown[]): void {
  const before = deepCopy(state());
  expectInvalid(() => callLoosely(target, method, ...args), field);
  expect(state()).toEqual(before);
}

describe('state lab bad input', () => {
  it('TtlStore refuses non-integer times, non-string ids and bad TTLs before any change', () => {
    const store = seededStore();
    const state = () => ({ data: store.data, snap1: store.backupOf('snap1'), ids: store.backupIds });
    rejects(store, state, 'at', 'set', 1.5, 'k', 'v', 10);
    rejects(store, state, 'at', 'set', '0', 'k', 'v', 10);
    rejects(store, state, 'key', 'set', 0, 7, 'v', 10);
    rejects(store, state, 'ttl', 'set', 0, 'k', 'v', 0);
    rejects(store, state, 'ttl', 'set', 0, 'k', 'v', '600');
    rejects(store, state, 'at', 'backup', null, 'b2');
    rejects(store, state, 'backupId', 'backup', 200, 42);
    rejects(store, state, 'at', 'backup', -1, 'b2');
    rejects(store, state, 'at', 'restore', Number.NaN, 'snap1');
    rejects(store, state, 'backupId', 'restore', 480, undefined);
    rejects(store, state, 'key', 'get', 0, ['temp']);
  });

  it('SnapshotManager refuses non-string keys and backup ids before any change', () => {
    const snapshots = new SnapshotManager<number>();
    snapshots.set('a', 1);
    snapshots.backup('b1');
    const state = () => ({ data: snapshots.data, b1: snapshots.backupOf('b1') });
    rejects(snapshots, state, 'key', 'set', 1, 2);
    rejects(snapshots, state, 'key', 'delete', null);
    rejects(snapshots, state, 'backupId', 'backup', {});
    rejects(snapshots, state, 'backupId', 'restore', 1);
  });

  it('RollbackEngine refuses non-integer times, non-string names and bad TTLs before any change', () => {
    const engine = new RollbackEngine<string>();
    engine.upload(0, 'a.txt', 'A', 600);
    const state = () => engine.files;
    rejects(engine, state, 'at', 'upload', 0.5, 'b.txt', 'B', 10);
    rejects(engine, state, 'name', 'upload', 0, Symbol('b'), 'B', 10);
    rejects(engine, state, 'ttl', 'upload', 0, 'b.txt', 'B', -5);
    rejects(engine, state, 'at', 'rollback', '400', 120);
    rejects(engine, state, 'rollbackTime', 'rollback', 400, 1.5);
  });

  it('a hand trace refuses a step that is not a call of a store method', () => {
    expectInvalid(() => traceTtlStore('set' as unknown as TtlStoreCall[]), 'calls');
    expectInvalid(() => traceTtlStore([{ call: 'constructor', args: [] } as unknown as TtlStoreCall]), 'call');
    expectInvalid(() => traceTtlStore([{ call: 'toString', args: [] } as unknown as TtlStoreCall]), 'call');
    expectInvalid(() => traceTtlStore([{ call: 'set', args: 'x' } as unknown as TtlStoreCall]), 'args');
    expectInvalid(() => traceTtlStore([null as unknown as TtlStoreCall]), 'step');
  });
});
